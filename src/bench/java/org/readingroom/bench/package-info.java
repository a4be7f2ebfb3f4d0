/**
 * Benchmarks, apart from the production jar ({@code target/readingroom-bench.jar}, run by {@code
 * scripts/bench}): query latency in-process and over HTTP, page times, reading PDFs and scans.
 */
package org.readingroom.bench;
