/**
 * The engine seam: {@link org.readingroom.index.SearchEngine} and the records it speaks in (a
 * request, hits, facets, stats), the query syntax read into Lucene queries, the index's field names
 * and analysis. Engines live in sub-packages ({@code index.lucene}); callers know only this package.
 */
package org.readingroom.index;
