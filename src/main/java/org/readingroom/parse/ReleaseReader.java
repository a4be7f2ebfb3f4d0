package org.readingroom.parse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.DocumentBudget;
import org.readingroom.source.SourceBytes;
import org.readingroom.source.SourceDocument;

/**
 * Reads one {@link SourceDocument} into a {@link ParseResult}: loads its bytes (bounded by a size
 * limit, {@link SourceBytes}), decodes them and parses the text, if it holds no more characters
 * than the budget allows (a 62 MB line of text would cost fifteen times that in memory). Every
 * failure becomes a {@link ParseFailure}; this class throws only for programming errors.
 */
public final class ReleaseReader {

  private final ReleaseParser parser = new ReleaseParser();
  private final SourceBytes loader;
  private final DocumentBudget budget;

  public ReleaseReader(long maxBytes, DocumentBudget budget) {
    this.loader = new SourceBytes(maxBytes);
    this.budget = budget;
  }

  public ReleaseReader(long maxBytes) {
    this(maxBytes, DocumentBudget.defaults());
  }

  public ReleaseReader() {
    this(SourceBytes.DEFAULT_MAX_BYTES);
  }

  public ParseResult read(SourceDocument doc) {
    SourceBytes.Loaded loaded = loader.load(doc);
    return loaded.failure() != null ? loaded.failure() : parse(doc.source(), loaded.bytes());
  }

  /** Reads a document; a parser bug becomes a failure record, not an escaping exception. */
  public ParseResult readSafely(SourceDocument doc) {
    try {
      return read(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return bug(doc.source(), e);
    }
  }

  /** The failure record of a parser bug, with its trace for the report. */
  public static ParseFailure bug(String source, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return new ParseFailure(source, "internal-error",
        "the parser failed on this document (a bug; please report it): " + e + "\n" + trace);
  }

  /** A parse, and the text it was read from (null when the bytes were not text). */
  public record Parsed(ParseResult result, String text) {}

  /** Parses bytes already in memory and keeps the decoded text, as released. */
  public Parsed parseKeepingText(String source, byte[] bytes) {
    ParseFailure refused = refused(source, bytes);
    if (refused != null) {
      return new Parsed(refused, null);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.chars() == null) {
      return new Parsed(new ParseFailure(source, decoded.failureKind(), decoded.failure()), null);
    }
    if (budget.tooManyChars(decoded.length()) != null) {
      return new Parsed(new ParseFailure(source, "over-budget", budget.tooManyChars(decoded.length())), null);
    }
    return new Parsed(parse(source, decoded), new String(decoded.chars(), 0, decoded.length()));
  }

  /** Parses bytes already in memory (an archive entry, a test's document). */
  public ParseResult parse(String source, byte[] bytes) {
    ParseFailure refused = refused(source, bytes);
    if (refused != null) {
      return refused;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.chars() == null) {
      return new ParseFailure(source, decoded.failureKind(), decoded.failure());
    }
    if (budget.tooManyChars(decoded.length()) != null) {
      return new ParseFailure(source, "over-budget", budget.tooManyChars(decoded.length()));
    }
    return parse(source, decoded);
  }

  /**
   * The refusal of bytes over the size limit, or of more characters than the budget however they
   * decode (four bytes make one character at least), before they are decoded; or null.
   */
  private ParseFailure refused(String source, byte[] bytes) {
    if (bytes.length > loader.maxBytes()) {
      return loader.tooLarge(source, bytes.length);
    }
    String tooMany = budget.tooManyChars(bytes.length / 4);
    return tooMany == null ? null : new ParseFailure(source, "over-budget", tooMany);
  }

  private ParseResult parse(String source, TextDecoder.Decoded decoded) {
    ReleaseRecord record = parser.parse(source, decoded.chars(), decoded.length());
    if (decoded.warnings().isEmpty()) {
      return record;
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(record.warnings());
    return new ReleaseRecord(record.source(), record.docId(), record.caseNumber(), record.releaseDate(),
        record.release(), record.exemptions(), record.statutes(), record.classification(), record.pages(),
        record.messages(), record.redactions(), record.text(), warnings);
  }
}
