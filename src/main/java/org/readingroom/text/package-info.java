/**
 * Text utilities shared by the analyses of people, threads and duplicates: folding OCR confusions,
 * reading folded words, edit distance, the shortest edit script, union-find; and CSV cells that no
 * spreadsheet runs as a formula. Knows no record and no archive.
 */
package org.readingroom.text;
