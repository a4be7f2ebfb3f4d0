/**
 * Text utilities shared by the analyses of people, threads and duplicates: folding OCR confusions,
 * reading folded words, edit distance, union-find. Knows no record and no archive.
 */
package org.readingroom.text;
