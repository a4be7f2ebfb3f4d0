package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.parse.SharedMaterial;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;

/**
 * The real release documents of ../shared/dev (skipped, saying so, when absent), each printed as a
 * PDF with a text layer and read back: the record of the PDF equals the record of the text on the
 * contract's fields. Documents without form feeds are left out: their pages are not a PDF's pages.
 */
class DevDocsAsPdfsTest {

  @Test
  void devDocumentsReadBackFromPdfsParseAsTheirText() throws Exception {
    Path docs = SharedMaterial.require("dev/docs");
    List<String> differ = new ArrayList<>();
    int compared = 0;
    ReleaseReader text = new ReleaseReader();
    try (DocumentReader reader = new DocumentReader(ExtractOptions.defaults().withOcr(OcrMode.NEVER));
        Stream<Path> files = Files.list(docs)) {
      for (Path doc : files.sorted().toList()) {
        String source = Files.readString(doc, StandardCharsets.UTF_8);
        if (source.indexOf('\f') < 0) {
          continue;
        }
        compared++;
        ReleaseRecord expected = (ReleaseRecord) text.parse(doc.toString(), Files.readAllBytes(doc));
        ParseResult actual = reader.read(doc + ".pdf", ReleasePrinter.textLayerPdf(source), PageProgress.NONE).result();
        if (!(actual instanceof ReleaseRecord r) || !ReleaseFiles.contract(expected).equals(ReleaseFiles.contract(r))) {
          differ.add(doc.getFileName().toString());
        }
      }
    }
    double agree = 1 - (double) differ.size() / compared;
    System.out.printf(Locale.ROOT, "dev documents printed as PDFs and read back: %d of %d (%.1f%%) parse as their"
        + " text on every contract field; differ: %s%n", compared - differ.size(), compared, 100 * agree, differ);
    assertTrue(agree >= 0.95, "differ: " + differ);
  }
}
