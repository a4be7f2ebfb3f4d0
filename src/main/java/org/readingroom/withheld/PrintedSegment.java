package org.readingroom.withheld;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.SpillFile;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/**
 * One printing of a message as its document prints it: the header, the body and what is printed
 * after the body before the next header (margin codes beside the body's last lines belong to it),
 * each with the redaction markers that stand in it, their offsets made relative to it.
 *
 * @param document the document's key in the archive
 * @param position the message's place in the document's chain (0 the top message)
 * @param parties the sender, then the To and Cc recipients, as the parser read them (who was printed
 *     with an address)
 * @param header the header block as printed
 * @param body the body and what follows it up to the next header
 */
record PrintedSegment(String document, int position, List<Party> parties, String header,
    List<Redaction> headerMarkers, String body, List<Redaction> bodyMarkers) {

  PrintedSegment {
    parties = List.copyOf(parties);
    headerMarkers = List.copyOf(headerMarkers);
    bodyMarkers = List.copyOf(bodyMarkers);
  }

  /** Writes it as a record of a {@link SpillFile}, as {@link #read} reads it back. */
  void write(MappedFile.Writer out) throws IOException {
    out.writeString(document);
    out.writeInt(position);
    out.writeInt(parties.size());
    for (Party p : parties) {
      out.writeString(p.name());
      out.writeString(p.address());
    }
    out.writeString(header);
    writeMarkers(out, headerMarkers);
    out.writeString(body);
    writeMarkers(out, bodyMarkers);
  }

  static PrintedSegment read(MappedFile.Cursor c) {
    String document = c.readString();
    int position = c.readInt();
    int n = c.readInt();
    List<Party> parties = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parties.add(new Party(c.readString(), c.readString()));
    }
    String header = c.readString();
    List<Redaction> headerMarkers = readMarkers(c);
    String body = c.readString();
    return new PrintedSegment(document, position, parties, header, headerMarkers, body, readMarkers(c));
  }

  private static void writeMarkers(MappedFile.Writer out, List<Redaction> markers) throws IOException {
    out.writeInt(markers.size());
    for (Redaction r : markers) {
      out.writeStrings(r.codes());
      out.writeInt(r.page());
      out.writeInt(r.offset());
    }
  }

  private static List<Redaction> readMarkers(MappedFile.Cursor c) {
    int n = c.readInt();
    List<Redaction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Redaction(c.readStrings(), c.readInt(), c.readInt()));
    }
    return out;
  }

  /** The printing of message {@code position} of {@code r}. */
  static PrintedSegment of(String document, ReleaseRecord r, int position) {
    Message m = r.messages().get(position);
    int start = m.headerStart();
    int body = m.bodyStart();
    int end = end(r, position);
    List<Redaction> inHeader = new ArrayList<>();
    List<Redaction> inBody = new ArrayList<>();
    for (Redaction red : r.redactions()) {
      if (red.offset() >= start && red.offset() < body) {
        inHeader.add(new Redaction(red.codes(), red.page(), red.offset() - start));
      } else if (red.offset() >= body && red.offset() < end) {
        inBody.add(new Redaction(red.codes(), red.page(), red.offset() - body));
      }
    }
    List<Party> parties = new ArrayList<>();
    if (m.from() != null) {
      parties.add(m.from());
    }
    parties.addAll(m.to());
    parties.addAll(m.cc());
    return new PrintedSegment(document, position, parties, r.text().substring(start, body), inHeader,
        r.text().substring(body, end), inBody);
  }

  /** Whether a redaction marker stands in message {@code position}'s header or body. */
  static boolean hasMarker(ReleaseRecord r, int position) {
    int start = r.messages().get(position).headerStart();
    int end = end(r, position);
    for (Redaction red : r.redactions()) {
      if (red.offset() >= start && red.offset() < end) {
        return true;
      }
    }
    return false;
  }

  private static int end(ReleaseRecord r, int position) {
    return position + 1 < r.messages().size() ? r.messages().get(position + 1).headerStart() : r.text().length();
  }

  /** The exemption codes of every marker of this printing, header and body. */
  List<String> codes() {
    List<String> out = new ArrayList<>();
    for (List<Redaction> markers : List.of(headerMarkers, bodyMarkers)) {
      for (Redaction m : markers) {
        for (String c : m.codes()) {
          if (!out.contains(c)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }
}
