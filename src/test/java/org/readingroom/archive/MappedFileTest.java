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
  void aReadPastTheEndSaysTheFileIsDamaged() throws Exception {
    Path f = tmp.resolve("short");
    Files.write(f, new byte[] {0, 0, 0, 9, 'a', 'b'}); // a string of 9 bytes, 2 of them there
    MappedFile m = MappedFile.open(f);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.at(0).readString());
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> m.getLong(0));
  }
}
