package org.readingroom.serve;

/** A page that says why the reading room cannot show what was asked. */
public record ErrorPage(int status, String title, String message) {}
