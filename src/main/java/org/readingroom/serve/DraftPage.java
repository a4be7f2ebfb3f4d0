package org.readingroom.serve;

/**
 * A drafted request, to edit and copy: a FOIA appeal or a Mandatory Declassification Review
 * request, as plain text, with its downloads.
 *
 * @param hasGrounds whether the archive found anything to ask for among the documents
 */
public record DraftPage(String kind, String subject, String text, boolean hasGrounds, String textHref,
    String markdownHref) {}
