package org.readingroom.serve;

/**
 * What the home page says of what was withheld: the passages released elsewhere, the exemptions
 * applied unevenly, the documents open to Mandatory Declassification Review, and the redactions by
 * code (a chart with its table).
 */
public record HomeWithheld(WithheldPage.Summary summary, long mdrEligible, Chart byCode) {}
