package org.readingroom.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;

class ReleaseSourcesTest {

  @TempDir Path dir;

  private static List<SourceDocument> list(String... paths) {
    List<SourceDocument> out = new ArrayList<>();
    new ReleaseSources(List.of(paths), SourceBytes.DEFAULT_MAX_BYTES).forEachRemaining(out::add);
    return out;
  }

  private static List<String> names(List<SourceDocument> docs) {
    return docs.stream().map(SourceDocument::source).toList();
  }

  @Test
  void foldersAreWalkedInNameOrderAndPathsInTheOrderGiven() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.writeString(dir.resolve("b/z.txt"), "z");
    Files.writeString(dir.resolve("b/a.txt"), "a");
    Files.writeString(dir.resolve("b/sub/m.txt"), "m");
    Files.writeString(dir.resolve("b/.hidden"), "h");
    Files.writeString(dir.resolve("first.txt"), "f");
    String b = dir.resolve("b").toString();
    assertEquals(List.of(dir.resolve("first.txt").toString(), b + "/a.txt", b + "/sub/m.txt", b + "/z.txt"),
        names(list(dir.resolve("first.txt").toString(), b)));
  }

  @Test
  void zipEntriesAreNamedInsideTheArchiveAndNeverExtracted() throws IOException {
    Path zip = dir.resolve("release.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "docs/one.txt", "From: H");
      entry(out, "../../escape.txt", "Subject: outside");
      entry(out, "/tmp/absolute.txt", "Subject: anywhere");
      out.putNextEntry(new ZipEntry("docs/"));
      out.closeEntry();
    }
    List<SourceDocument> docs = list(zip.toString());
    assertEquals(List.of(zip + "!docs/one.txt", zip + "!../../escape.txt", zip + "!/tmp/absolute.txt"), names(docs));
    assertInstanceOf(SourceDocument.InMemory.class, docs.get(0));
    SourceDocument.Unreadable escape = assertInstanceOf(SourceDocument.Unreadable.class, docs.get(1));
    assertEquals("unsafe-path", escape.kind());
    assertTrue(escape.error().contains("leaves the archive"), escape.error());
    assertFalse(Files.exists(dir.getParent().resolve("escape.txt")));
    assertFalse(Files.exists(dir.getParent().getParent().resolve("escape.txt")));
    assertEquals("unsafe-path", assertInstanceOf(SourceDocument.Unreadable.class, docs.get(2)).kind());
  }

  @Test
  void archivesInsideArchivesAreReadAsTheyStreamBy() throws IOException {
    byte[] inner = zipOf("a.txt", "From: inner a", "sub/b.txt", "From: inner b");
    byte[] tgz = tgzOf("t.txt", "From: in a tgz");
    Path zip = dir.resolve("release.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "first.txt", "From: first");
      entry(out, "monthly/inner.zip", inner);
      entry(out, "r.tgz", tgz);
      entry(out, "last.txt", "From: last");
    }
    List<SourceDocument> docs = list(zip.toString());
    assertEquals(List.of(zip + "!first.txt", zip + "!monthly/inner.zip!a.txt", zip + "!monthly/inner.zip!sub/b.txt",
        zip + "!r.tgz!t.txt", zip + "!last.txt"), names(docs));
    assertEquals("From: inner b",
        new String(assertInstanceOf(SourceDocument.InMemory.class, docs.get(2)).bytes(), StandardCharsets.UTF_8));
    assertEquals("From: last",
        new String(assertInstanceOf(SourceDocument.InMemory.class, docs.get(4)).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void archivesNestedTooDeepAreRefusedAndTheRestIsRead() throws IOException {
    byte[] archive = zipOf("deepest.txt", "From: deep");
    for (int level = 0; level <= ArchiveEntries.MAX_NESTING; level++) { // one level too many
      archive = zipOf("level.zip", archive, "beside.txt", "From: level " + level);
    }
    Path zip = dir.resolve("bomb.zip");
    Files.write(zip, archive);
    List<SourceDocument> docs = list(zip.toString());
    SourceDocument refused = docs.stream().filter(d -> d instanceof SourceDocument.Unreadable).findFirst().orElseThrow();
    assertEquals("nested-archive", ((SourceDocument.Unreadable) refused).kind());
    assertEquals(zip + "!level.zip!level.zip!level.zip!level.zip", refused.source());
    assertEquals(2 + ArchiveEntries.MAX_NESTING, docs.size(), "each level's other entry is read: " + names(docs));
    assertTrue(names(docs).contains(zip + "!beside.txt"), names(docs).toString());
  }

  @Test
  void anArchiveThatYieldsNothingSaysWhy() throws IOException {
    Files.write(dir.resolve("a-empty.zip"), new byte[0]);
    Files.writeString(dir.resolve("b-not.zip"), "From: H\nthis is text, named as a zip");
    Files.write(dir.resolve("c-none.zip"), zipOf());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("d-folders.zip")))) {
      out.putNextEntry(new ZipEntry("docs/"));
      out.closeEntry();
      entry(out, "__MACOSX/._x.txt", "junk");
    }
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("e-none.tgz"))))) {
      tar.finish();
    }
    Files.write(dir.resolve("f-holds-none.zip"), zipOf("inner.zip", zipOf(), "doc.txt", "From: H"));
    List<SourceDocument> docs = list(dir.toString());
    List<String> kinds = new ArrayList<>();
    for (SourceDocument d : docs) {
      kinds.add(d.source().substring(dir.toString().length() + 1) + " "
          + (d instanceof SourceDocument.Unreadable u ? u.kind() : "document"));
    }
    assertEquals(List.of("a-empty.zip empty", "b-not.zip corrupt-archive", "c-none.zip empty-archive",
        "d-folders.zip empty-archive", "e-none.tgz empty-archive", "f-holds-none.zip!inner.zip empty-archive",
        "f-holds-none.zip!doc.txt document"), kinds);
  }

  @Test
  void tgzEntriesInStoredOrder() throws IOException {
    Path tgz = dir.resolve("release.tgz");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
      for (String name : List.of("r/b.txt", "r/a.txt")) {
        byte[] bytes = ("text of " + name).getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    }
    assertEquals(List.of(tgz + "!r/b.txt", tgz + "!r/a.txt"), names(list(tgz.toString())));
  }

  @Test
  void aTruncatedArchiveYieldsWhatItHoldsThenAFailure() throws IOException {
    Path tgz = dir.resolve("cut.tgz");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
      byte[] bytes = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
      for (String name : List.of("a.txt", "b.txt")) {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    }
    byte[] whole = Files.readAllBytes(tgz);
    Files.write(tgz, java.util.Arrays.copyOf(whole, whole.length / 2));
    List<SourceDocument> docs = list(tgz.toString());
    SourceDocument last = docs.get(docs.size() - 1);
    assertEquals("corrupt-archive", assertInstanceOf(SourceDocument.Unreadable.class, last).kind());
  }

  @Test
  void missingPathsAndDanglingLinksAreReported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("f"));
    Files.writeString(folder.resolve("good.txt"), "From: H");
    Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    List<SourceDocument> docs = list(dir.resolve("absent").toString(), folder.toString());
    assertEquals("missing", assertInstanceOf(SourceDocument.Unreadable.class, docs.get(0)).kind());
    assertEquals(3, docs.size());
    ParseResult gone = new ReleaseReader().read(docs.get(1));
    assertTrue(gone instanceof ParseFailure, "a dangling link cannot be read: " + gone);
    assertInstanceOf(ReleaseRecord.class, new ReleaseReader().read(docs.get(2)));
  }

  private static void entry(ZipOutputStream out, String name, String text) throws IOException {
    entry(out, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    OutputStream o = out;
    o.write(bytes);
    out.closeEntry();
  }

  /** A zip of name, content pairs (a content is a String or bytes). */
  private static byte[] zipOf(Object... namesAndContents) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        Object content = namesAndContents[i + 1];
        entry(out, (String) namesAndContents[i],
            content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] tgzOf(String name, String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(content.length);
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }
}
