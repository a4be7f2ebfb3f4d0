/**
 * The command line (picocli): parse, ingest, search, people, serve, demo. Thin: each command calls
 * the core and returns an exit code (0 ok, 1 failure, 2 usage).
 */
package org.readingroom.cli;
