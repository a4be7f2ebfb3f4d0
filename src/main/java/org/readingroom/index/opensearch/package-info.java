/**
 * The engine on an OpenSearch cluster: the same entries, analysis and query syntax as the embedded
 * engine ({@code index.lucene}), in one index per archive behind an alias. {@link
 * org.readingroom.index.opensearch.OpenSearchEngine} is thin; the cluster's calls ({@link
 * org.readingroom.index.opensearch.Cluster}), the index's design, the entries, the bulk writer, the
 * translation of queries and the searcher are each a class of their own.
 */
package org.readingroom.index.opensearch;
