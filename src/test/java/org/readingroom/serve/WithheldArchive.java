package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;

/**
 * An archive for the tests of what was withheld: copies of one message constructed with different
 * redactions (a passage and an address withheld in one copy and printed in another; one copy
 * classified, its declassify-on date passed; one copy whose released passage is hostile markup),
 * and the real Pickering copies from the demo's sample (B6 applied in C05787433 and not in
 * C05793224), ingested and analysed.
 */
final class WithheldArchive {
  private WithheldArchive() {}

  /** The real documents of the Pickering chain, as the demo's sample holds them. */
  static final List<String> PICKERING = List.of("C05787433", "C05793178", "C05793224");

  static final String SHOWN = "The guests tonight are confirmed.\n"
      + "We have invited Mike and Sally Oren to sit with the Ambassador at the head table.\n"
      + "Please let the protocol office know by noon.\n";
  static final String BLANKED = "The guests tonight are confirmed.\n"
      + "We have invited" + " ".repeat(90) + "B6\n"
      + "Please let the protocol office know by noon.\n";
  static final String HOSTILE_SHOWN = "The menu for the visit is settled.\n"
      + "Ask the chef for <script>alert('owned')</script> and the soup before the speeches begin.\n"
      + "Seating is by the protocol office.\n";
  static final String HOSTILE_BLANKED = "The menu for the visit is settled.\n"
      + "Ask the chef for" + " ".repeat(90) + "B5\n"
      + "Seating is by the protocol office.\n";
  static final String PASSED_BLOCK = "Classified by DAS, A/GIS, DoS on 01/29/2016 ~ Class: CONFIDENTIAL ~ "
      + "Reason: 1.4(D), B1 ~ Declassify on: 01/01/2020";

  /**
   * A release printing one message from Mills to {@code to}, sent on the first of January 2012 at
   * {@code time}; {@code body} as printed, margin codes and all.
   */
  static String release(String docId, String stamp, String time, String to, String subject, String body,
      String classification) {
    String banner = String.format(Locale.ROOT,
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016\n\n", docId);
    return banner + " ".repeat(60) + stamp + "\n\n"
        + (classification == null ? "" : classification + "\n\n")
        + "From:                    Mills, Cheryl D <MillsCD@state.gov>\n"
        + "Sent:                    Sunday, January 1, 2012 " + time + "\n"
        + "To:                      " + to + "\n"
        + "Subject:                 " + subject + "\n\n"
        + body + "\n\n" + banner;
  }

  private static String inPart(String code) {
    return "RELEASE IN PART\n" + " ".repeat(60) + code;
  }

  /** Writes the documents, ingests and analyses them into {@code dir}/archive. */
  static ArchiveLayout build(Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    write(docs, "C09000001", release("C09000001", inPart("B6"), "7:27 AM", "H", "Dinner list", BLANKED, PASSED_BLOCK));
    write(docs, "C09000002", release("C09000002", "RELEASE IN FULL", "7:27 AM", "H", "Dinner list", SHOWN, null));
    write(docs, "C09000004", release("C09000004", inPart("B6"), "9:02 AM", "H; Huma Abedin <" + " ".repeat(60) + "B6",
        "Seating", SHOWN.replace("guests", "hosts"), null));
    write(docs, "C09000005", release("C09000005", "RELEASE IN FULL", "9:02 AM", "H; Huma Abedin <Huma@clintonemail.com>",
        "Seating", SHOWN.replace("guests", "hosts"), null));
    write(docs, "C09000006", release("C09000006", inPart("B5"), "1:15 PM", "H", "Menu", HOSTILE_BLANKED, null));
    write(docs, "C09000007", release("C09000007", "RELEASE IN FULL", "1:15 PM", "H", "Menu", HOSTILE_SHOWN, null));
    int found = 0;
    try (InputStream in = WithheldArchive.class.getResourceAsStream("/org/readingroom/sample/sample-release.zip");
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = Path.of(e.getName()).getFileName().toString();
        if (PICKERING.contains(name.replace(".txt", ""))) {
          Files.write(docs.resolve(name), zip.readAllBytes());
          found++;
        }
      }
    }
    assertEquals(3, found, "the Pickering documents are in the demo's sample");
    ArchiveLayout archive = new ArchiveLayout(dir.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(writer, archive);
    }
    return archive;
  }

  private static void write(Path docs, String docId, String text) throws Exception {
    Files.writeString(docs.resolve(docId + ".txt"), text, StandardCharsets.UTF_8);
  }
}
