package org.readingroom.threads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.SpillFile;
import org.readingroom.record.Party;
import org.readingroom.record.SentTime;

/**
 * The printings a {@link ThreadFinder} has read, by the order it read them in: held on the heap, or
 * written to a file as they are read and read back from it, one at a time, when the finder asks for
 * them (then the finder holds 8 bytes a printing, and the printings of one partition at a time).
 * Not safe from several threads: the finder adds under its lock.
 */
abstract sealed class Printings implements AutoCloseable {

  /** Keeps the printings of one document, in their order. */
  abstract void add(List<PrintedMessage> document);

  abstract int size();

  /**
   * Printing {@code i}, of the document stored under {@code documentKey}: the object added, or one
   * equal to it read back.
   */
  abstract PrintedMessage get(int i, String documentKey);

  /** Whether printings alike are to be shared while they are read ({@link Shared}): only when they are held. */
  abstract boolean holds();

  @Override
  public abstract void close();

  static Printings held() {
    return new Held();
  }

  /** Printings written to a new file in {@code folder}, deleted when closed. */
  static Printings spilled(Path folder) throws IOException {
    return new Spilled(folder);
  }

  private static final class Held extends Printings {
    private final List<PrintedMessage> printed = new ArrayList<>();

    @Override
    void add(List<PrintedMessage> document) {
      printed.addAll(document);
    }

    @Override
    int size() {
      return printed.size();
    }

    @Override
    PrintedMessage get(int i, String documentKey) {
      return printed.get(i);
    }

    @Override
    boolean holds() {
      return true;
    }

    @Override
    public void close() {
      printed.clear();
    }
  }

  /**
   * Each printing as a record of a {@link SpillFile}: its position and page, parties, time, subject
   * and body sketch. The document's key is the finder's to give back.
   */
  private static final class Spilled extends Printings {
    private final SpillFile file;

    Spilled(Path folder) throws IOException {
      this.file = new SpillFile(folder, "printings-");
    }

    @Override
    void add(List<PrintedMessage> document) {
      for (PrintedMessage p : document) {
        file.add(out -> write(out, p));
      }
    }

    @Override
    int size() {
      return file.size();
    }

    @Override
    PrintedMessage get(int i, String documentKey) {
      return read(file.at(i), documentKey);
    }

    @Override
    boolean holds() {
      return false;
    }

    @Override
    public void close() {
      file.close();
    }

    private static void write(MappedFile.Writer out, PrintedMessage p) throws IOException {
      out.writeInt(p.appearance().position());
      out.writeInt(p.appearance().page());
      writeParty(out, p.from());
      writeParties(out, p.to());
      writeParties(out, p.cc());
      SpillFile.writeSent(out, p.sent());
      out.writeString(p.subject());
      out.writeString(p.subjectKey());
      out.writeString(p.body().opening());
      int[] shingles = p.body().hashes();
      out.writeInt(shingles.length);
      for (int h : shingles) {
        out.writeInt(h);
      }
    }

    private static void writeParty(MappedFile.Writer out, Party p) throws IOException {
      out.writeString(p == null ? null : p.name());
      out.writeString(p == null ? null : p.address());
    }

    private static void writeParties(MappedFile.Writer out, List<Party> parties) throws IOException {
      out.writeInt(parties.size());
      for (Party p : parties) {
        writeParty(out, p);
      }
    }

    private static PrintedMessage read(MappedFile.Cursor c, String documentKey) {
      int position = c.readInt();
      int page = c.readInt();
      Party from = readParty(c);
      List<Party> to = readParties(c);
      List<Party> cc = readParties(c);
      SentTime sent = SpillFile.readSent(c);
      String subject = c.readString();
      String subjectKey = c.readString();
      String opening = c.readString();
      int[] shingles = new int[c.readInt()];
      for (int k = 0; k < shingles.length; k++) {
        shingles[k] = c.readInt();
      }
      return new PrintedMessage(new Appearance(documentKey, position, page), from, to, cc, sent,
          sent == null ? null : sent.epochMinutes(), subject, subjectKey, BodySketch.of(shingles, opening));
    }

    private static Party readParty(MappedFile.Cursor c) {
      String name = c.readString();
      String address = c.readString();
      return name == null && address == null ? null : new Party(name, address);
    }

    private static List<Party> readParties(MappedFile.Cursor c) {
      int n = c.readInt();
      List<Party> out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        out.add(readParty(c));
      }
      return out;
    }
  }
}
