package org.readingroom.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in place: values written by its writer read back, also across the edges of its mapped pieces. */
class MappedFileTest {

  @TempDir Path tmp;

  @Test
  void readsBackWhatWasWrittenWhereverThePiecesOfTheMappingEnd() throws Exception {
    Path f = tmp.resolve("values");
    long[] at = new long[5];
    try (OutputStream out = Files.newOutputStream(f)) {
      MappedFile.Writer w = new MappedFile.Writer(out);
      w.writeInt(7);
      at[0] = w.position();
      w.writeLong(0x0102030405060708L);
      at[1] = w.position();
      w.writeString("Blumenthal, Sidney — Ça va");
      at[2] = w.position();
      w.writeString(null);
      at[3] = w.position();
      w.writeInt(-42);
      at[4] = w.position();
      w.writeString("");
      w.flush();
    }
    for (int bits : new int[] {3, 4, 5, 30}) { // pieces of 8, 16, 32 bytes split every value somewhere
      MappedFile m = MappedFile.open(f, bits);
      assertEquals(Files.size(f), m.size());
      MappedFile.Cursor c = m.at(0);
      assertEquals(7, c.readInt());
      assertEquals(0x0102030405060708L, c.readLong(), "pieces of " + (1 << bits));
      assertEquals("Blumenthal, Sidney — Ça va", c.readString());
      assertNull(c.readString());
      assertEquals(-42, c.readInt());
      assertEquals("", c.readString());
      assertEquals(m.size(), c.position());
      MappedFile.Cursor again = m.at(at[1]);
      assertTrue(again.stringEquals("Blumenthal, Sidney — Ça va".getBytes(StandardCharsets.UTF_8)));
      assertEquals(at[2], again.position());
      assertFalse(again.stringEquals(new byte[0]), "null is no string");
      MappedFile.Cursor skip = m.at(at[1]);
      skip.skipString();
      skip.skipString();
      assertEquals(at[3], skip.position());
      assertEquals(0x0102030405060708L, m.getLong(at[0]));
    }
  }

  @Test
  void aStringComparesInPlaceAsStringsCompare() throws Exception {
    java.util.List<String> values = java.util.List.of("", "C05787433", "C05787433/1", "C0578743", "C15787433",
        "m-0a1b2c3d4e5f", "Ça va", "\uFFFD", "\uD83D\uDCE7 mail", "zz", "Z");
    Path f = tmp.resolve("strings");
    long[] at = new long[values.size() + 1];
    try (OutputStream out = Files.newOutputStream(f)) {
      MappedFile.Writer w = new MappedFile.Writer(out);
      for (int i = 0; i < values.size(); i++) {
        at[i] = w.position();
        w.writeString(values.get(i));
      }
      at[values.size()] = w.position();
      w.writeString(null);
      w.flush();
    }
    for (int bits : new int[] {3, 30}) {
      MappedFile m = MappedFile.open(f, bits);
      for (int i = 0; i < values.size(); i++) {
        for (String key : values) {
          MappedFile.Cursor c = m.at(at[i]);
          assertEquals(Integer.signum(values.get(i).compareTo(key)), Integer.signum(c.compareString(key)),
              values.get(i) + " against " + key);
          assertEquals(at[i + 1], c.position(), "moves past it");
        }
      }
      assertTrue(m.at(at[values.size()]).compareString("") < 0, "null is before every key");
    }
  }

  @Test
  void aReadPastTheEndSaysTheFileIsDamaged() throws Exception {
    Path f = tmp.resolve("short");
    Files.write(f, new byte[] {0, 0, 0, 9, 'a', 'b'}); // a string of 9 bytes, 2 of them there
    MappedFile m = MappedFile.open(f);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.at(0).readString());
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> m.getLong(0));
  }
}
