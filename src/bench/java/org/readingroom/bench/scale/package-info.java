/**
 * {@code scripts/scale-corpus}: the corpus multiplied into distinct, realistic releases, so that
 * growth (ingest time, index size, query latency) can be measured at 1x, 3x, 10x without new data.
 * A survey reads the corpus once ({@link org.readingroom.bench.scale.CorpusSurvey}), then each
 * document is written as every copy ({@link org.readingroom.bench.scale.DocumentCopy}).
 */
package org.readingroom.bench.scale;
