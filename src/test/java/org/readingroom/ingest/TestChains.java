package org.readingroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.readingroom.parse.ReleaseParser;
import org.readingroom.record.ReleaseRecord;

/**
 * Release documents written for tests: a banner, a release stamp, then an email chain, the top
 * message first and each message it replies to or forwards under it, as the State Department's
 * releases print them.
 */
public final class TestChains {
  private TestChains() {}

  private static final String BANNER =
      "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016";

  /**
   * One message of a chain.
   *
   * @param sent as printed: {@code Sunday, January 1, 2012 7:27 AM}
   * @param cc null for none
   */
  public record Mail(String from, String sent, String to, String cc, String subject, String body) {}

  public static Mail mail(String from, String sent, String to, String subject, String body) {
    return new Mail(from, sent, to, null, subject, body);
  }

  /** The text of a release document {@code docId} printing {@code chain}, top message first. */
  public static String document(String docId, Mail... chain) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, BANNER, docId)).append("\n\n");
    b.append(" ".repeat(60)).append("RELEASE IN FULL\n\n");
    for (int i = 0; i < chain.length; i++) {
      Mail m = chain[i];
      String pad = i == 0 ? " ".repeat(20) : " ";
      b.append("From:").append(pad).append(m.from()).append('\n');
      b.append("Sent:").append(pad).append(m.sent()).append('\n');
      b.append("To:").append(i == 0 ? pad + "  " : pad).append(m.to()).append('\n');
      if (m.cc() != null) {
        b.append("Cc:").append(i == 0 ? pad + "  " : pad).append(m.cc()).append('\n');
      }
      b.append("Subject:").append(i == 0 ? pad.substring(3) : pad).append(m.subject()).append("\n\n");
      b.append(m.body()).append("\n\n");
    }
    b.append(String.format(Locale.ROOT, BANNER, docId)).append('\n');
    return b.toString();
  }

  /** The document, parsed. */
  public static ReleaseRecord record(String docId, Mail... chain) {
    return new ReleaseParser().parse(docId + ".txt", document(docId, chain));
  }

  static final String LETTER = String.join("\n",
      "Cheryl:",
      "",
      "This letter follows up two conversations with the Secretary and has been sometime in the making.",
      "I would be grateful as always for your assistance in getting it to her.",
      "",
      "Dear Madam Secretary:",
      "",
      "Following up our brief talk on Monday the 19th and our previous exchange at the Crisis Group dinner",
      "on Iran, I send you these few ideas on how the Administration might take advantage of recent",
      "developments to further US interests. With all good wishes for the New Year, Thomas R. Pickering.");

  /** Pickering's letter of 31 December 2011, as the first release prints it. */
  public static final Mail PICKERING = mail("Pickering, Thomas R", "Saturday, December 31, 2011 06:06 PM",
      "Mills, Cheryl D", "Letter to the Secretary", LETTER);
  /** The letter as another release printed it: OCR confusions, and cut short at the page's end. */
  public static final Mail PICKERING_DAMAGED = mail("Pickering, Thomas R [mailto:", "Saturday, December 31, 2011 06:06 PM",
      "Mills, Cheryl D", "Letter to the Secretary",
      LETTER.replace("letter", "1etter").replace("Secretary", "Secretarv").substring(0, LETTER.length() - 120));
  /** Mills forwards it to H. */
  public static final Mail MILLS = mail("Mills, Cheryl D <MillsCD@state.gov>", "Sunday, January 1, 2012 7:27 AM", "H",
      "Fw: Letter to the Secretary", "");
  /** The forward as a later chain quotes it. */
  public static final Mail MILLS_QUOTED = mail("Mills, Cheryl D [mailto:MiIIsCD@state.gov]",
      "Sunday, January 01, 2012 07:27 AM", "H", "Fw: Letter to the Secretary", "");
  /** H forwards it to her staff... */
  public static final Mail H_TO_STAFF = mail("H <hrod17@clintonemail.com>", "Sunday, January 1, 2012 11:47 AM",
      "'ShermanWR@state.gov'; 'sullivanjj@state.gov'", "Fw: Letter to the Secretary",
      "Fyi. Let's discuss the following from Tom Pickering next week. Thanks.");
  /** ...and in the same minute to Russo, to print. */
  public static final Mail H_TO_RUSSO = mail("H <hrod17@clintonemail.com>", "Sunday, January 1, 2012 11:47 AM",
      "'Russorv@state.gov'", "Fw: Letter to the Secretary", "Pls print and leave for me.");

  /**
   * A small archive's worth of documents in {@code dir}: the letter forwarded along three paths
   * (C05787433, C05793178, C05793224, as in the real release), a reply chain printed in two
   * documents, H and Mills under their other names, and a release printed twice under two numbers
   * (C00000040, C00000041); returns the folder.
   */
  public static Path sample(Path dir) {
    write(dir, "C05787433", MILLS, PICKERING);
    write(dir, "C05793178", H_TO_STAFF, MILLS_QUOTED, PICKERING);
    write(dir, "C05793224", H_TO_RUSSO, MILLS_QUOTED, PICKERING_DAMAGED);
    Mail a = mail("Abedin, Huma <AbedinH@state.gov>", "Monday, March 7, 2011 9:00 AM", "H", "Libya",
        "The call is at ten.");
    Mail b = mail("H <hrod17@clintonemail.com>", "Monday, March 7, 2011 9:05 AM", "Abedin, Huma", "Re: Libya",
        "Ok. Who else?");
    Mail c = mail("Huma Abedin", "Monday, March 7, 2011 9:10 AM", "H", "FW: Re: Libya", "Just us.");
    write(dir, "C00000010", b, a);
    write(dir, "C00000011", c, b);
    write(dir, "C00000012", mail("Cheryl Mills <millscd?state.gov>", "Tuesday, March 8, 2011 8:00 AM",
        "hrod17@clintonemail.corn", "Schedule", "Noted; see you at eight."));
    String memo = String.join(" ", java.util.Collections.nCopies(3,
        "The delegation will arrive on Tuesday and meet the foreign minister before the press conference at noon."));
    write(dir, "C00000040", mail("Sullivan, Jacob J <SullivanJJ@state.gov>", "Wednesday, March 9, 2011 7:00 AM", "H",
        "Trip memo", memo));
    write(dir, "C00000041", mail("Sullivan, Jacob J <SullivanJJ@state.gov>", "Wednesday, March 9, 2011 7:00 AM", "H",
        "Trip memo", memo + "\nB6"));
    return dir;
  }

  /** The document, written as {@code dir/DOCID.txt}; returns the folder. */
  public static Path write(Path dir, String docId, Mail... chain) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(docId + ".txt"), document(docId, chain), StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
