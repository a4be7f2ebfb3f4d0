package org.readingroom.extract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * OCR by Debian's {@code tesseract} command (tess4j breaks on Debian's Leptonica). A page image
 * goes in on standard input as a grey-scale PGM and the words come back on standard output as TSV,
 * each with its box: no file name, ours or the input's, ever reaches the command line, whose
 * arguments are fixed. Each run has a time limit and bounded output; tesseract's own threads are
 * limited to one, since pages run side by side.
 */
final class Tesseract implements AutoCloseable {

  /** How to install it, for the messages that need to say so. */
  static final String INSTALL = "run scripts/setup (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)";
  private static final int MAX_OUTPUT = 16 << 20;
  private static final int MAX_STDERR = 64 << 10;

  private final String command;
  private final String language;
  private final Duration timeout;
  private final ExecutorService io = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tesseract-io");
    t.setDaemon(true);
    return t;
  });
  private volatile String unavailable;
  private volatile boolean checked;

  Tesseract(String command, String language, Duration timeout) {
    this.command = command;
    this.language = language;
    this.timeout = timeout;
  }

  /** Null when the command runs here with its language; else why not, and how to fix it. */
  String unavailable() {
    if (!checked) {
      synchronized (this) {
        if (!checked) {
          unavailable = check();
          checked = true;
        }
      }
    }
    return unavailable;
  }

  private String check() {
    try {
      Run run = run(List.of(command, "--list-langs"), new byte[0], Duration.ofSeconds(20));
      String langs = new String(run.out(), StandardCharsets.UTF_8) + new String(run.err(), StandardCharsets.UTF_8);
      if (run.exit() != 0) {
        return command + " --list-langs failed (exit " + run.exit() + "): " + INSTALL;
      }
      if (langs.lines().noneMatch(l -> l.strip().equals(language))) {
        return "tesseract has no '" + language + "' language data: " + INSTALL;
      }
      return null;
    } catch (IOException e) {
      return "tesseract is not installed or cannot run (" + e.getMessage() + "): " + INSTALL;
    }
  }

  /** The words tesseract reads on {@code page}, in pixels. */
  List<PlacedWord> words(BufferedImage page, int dpi) throws IOException {
    List<String> args = List.of(command, "stdin", "stdout", "--dpi", Integer.toString(dpi), "-l", language,
        "--psm", "3", "tsv");
    Run run = run(args, pgm(page), timeout);
    if (run.exit() != 0) {
      String why = new String(run.err(), StandardCharsets.UTF_8).strip();
      throw new IOException("tesseract failed (exit " + run.exit() + ")" + (why.isEmpty() ? "" : ": " + lastLine(why)));
    }
    return tsv(new String(run.out(), StandardCharsets.UTF_8));
  }

  /**
   * The words of tesseract's TSV (level 5 rows), each with its x extent and the height of its line
   * (the level 4 row before it): a line's box spans its ascenders and descenders, so its height is
   * about the size of its type, as a text layer's is, and its words share one centre.
   */
  static List<PlacedWord> tsv(String tsv) {
    List<PlacedWord> words = new ArrayList<>();
    int lineTop = -1;
    int lineHeight = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !(f[0].equals("4") || f[0].equals("5"))) {
        continue;
      }
      try {
        int left = Integer.parseInt(f[6]);
        int top = Integer.parseInt(f[7]);
        int width = Integer.parseInt(f[8]);
        int height = Integer.parseInt(f[9]);
        if (f[0].equals("4")) {
          lineTop = top;
          lineHeight = height;
          continue;
        }
        String text = straightQuotes(f[11].strip());
        if (text.isEmpty() || width <= 0 || height <= 0) {
          continue;
        }
        boolean inLine = lineHeight > 0 && top >= lineTop && top + height <= lineTop + lineHeight;
        words.add(inLine
            ? new PlacedWord(text, left, left + width, lineTop, lineTop + lineHeight, false)
            : new PlacedWord(text, left, left + width, top, top + height, false));
      } catch (NumberFormatException e) {
        // a row tesseract did not write whole: skip it
      }
    }
    return words;
  }

  /**
   * Tesseract reads the straight quotes of typed and e-mailed text as typographic ones; the
   * releases' own text layers hold straight ones (the corpus: 148,704 against 138), and so does
   * what the parser strips from names and addresses.
   */
  static String straightQuotes(String word) {
    StringBuilder sb = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char straight = switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u2032' -> '\'';
        case '\u201c', '\u201d', '\u201e', '\u2033' -> '"';
        default -> c;
      };
      if (straight != c && sb == null) {
        sb = new StringBuilder(word);
      }
      if (sb != null) {
        sb.setCharAt(i, straight);
      }
    }
    return sb == null ? word : sb.toString();
  }

  private record Run(int exit, byte[] out, byte[] err) {}

  private Run run(List<String> args, byte[] stdin, Duration limit) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    Future<?> writer = io.submit(() -> {
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      }
      return null;
    });
    Future<byte[]> out = io.submit(() -> readBounded(p.getInputStream(), MAX_OUTPUT));
    Future<byte[]> err = io.submit(() -> readBounded(p.getErrorStream(), MAX_STDERR));
    try {
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException(
            String.format(Locale.ROOT, "tesseract took longer than %d s: stopped", limit.toSeconds()));
      }
      writer.get(10, TimeUnit.SECONDS);
      return new Run(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while tesseract ran", e);
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IOException("cannot talk to tesseract: " + cause.getMessage(), cause);
    }
  }

  /** Reads a stream to its end, keeping at most {@code max} bytes (the rest is drained, not kept). */
  private static byte[] readBounded(InputStream in, int max) throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) >= 0) {
      int room = max - kept.size();
      if (room > 0) {
        kept.write(buf, 0, Math.min(n, room));
      }
    }
    return kept.toByteArray();
  }

  /** The image as a binary PGM (P5): grey bytes, which tesseract's Leptonica reads from memory. */
  static byte[] pgm(BufferedImage image) {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = grey.createGraphics();
      try {
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] header = String.format(Locale.ROOT, "P5\n%d %d\n255\n", w, h).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[header.length + w * h];
    System.arraycopy(header, 0, out, 0, header.length);
    WritableRaster raster = grey.getRaster();
    byte[] row = new byte[w];
    for (int y = 0; y < h; y++) {
      raster.getDataElements(0, y, w, 1, row);
      System.arraycopy(row, 0, out, header.length + y * w, w);
    }
    return out;
  }

  private static String lastLine(String s) {
    String[] lines = s.split("\n");
    return lines[lines.length - 1].strip();
  }

  @Override
  public void close() {
    io.shutdownNow();
  }
}
