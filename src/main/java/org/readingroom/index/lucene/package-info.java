/**
 * The embedded engine: an Apache Lucene index in the archive folder, nothing to start. {@link
 * org.readingroom.index.lucene.LuceneEngine} is thin; each job (opening, documents, searching,
 * facets, snippets, texts, the whole-archive scan, stats) is a class of its own.
 */
package org.readingroom.index.lucene;
