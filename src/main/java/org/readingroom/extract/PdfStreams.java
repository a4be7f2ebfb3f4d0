package org.readingroom.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.readingroom.source.DocumentBudget;

/**
 * Measures what a PDF's compressed streams inflate to before PDFBox reads them: PDFBox decodes a
 * stream whole into memory, so a 3 MB PDF whose text stream inflates to a gigabyte would take a
 * gigabyte. Each stream (images aside: reading the text layer never decodes them) is decoded here
 * into a counter, a buffer at a time, and the document is refused once the total passes its
 * budget; the cost is bounded by the budget too.
 */
final class PdfStreams {

  /** Filters that only re-encode bytes; a stream with any other (an image codec) is not text. */
  private static final Set<COSName> BYTE_FILTERS = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
      COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
      COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
      COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION);

  private PdfStreams() {}

  /** Throws {@link DocumentBudget.Exceeded} when the document's streams inflate past the budget. */
  static void checkInflation(COSDocument document, DocumentBudget.Deadline deadline) throws IOException {
    Counter counter = new Counter(deadline);
    int seen = 0;
    for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
      if ((++seen & 0x3ff) == 0) {
        deadline.check();
      }
      COSBase object = document.getObjectFromPool(key).getObject();
      if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        List<COSName> filters = filters(stream);
        if (!filters.isEmpty() && BYTE_FILTERS.containsAll(filters)) {
          decode(stream, filters, counter);
        }
      }
    }
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase f = stream.getFilters();
    List<COSName> out = new ArrayList<>();
    if (f instanceof COSName name) {
      out.add(name);
    } else if (f instanceof COSArray array) {
      for (COSBase b : array) {
        if (!(b instanceof COSName name)) {
          return List.of(COSName.IMAGE); // not a filter list: leave it to PDFBox
        }
        out.add(name);
      }
    }
    return out;
  }

  /** Decodes a stream through its filters; only the last one's output is counted, not kept. */
  private static void decode(COSStream stream, List<COSName> filters, Counter counter) throws IOException {
    try (InputStream raw = stream.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < filters.size(); i++) {
        boolean last = i == filters.size() - 1;
        // a middle stage is kept to feed the next, bounded by the budget as it is counted too
        OutputStream out = last ? counter : new KeptAndCounted(counter);
        try {
          FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
        } catch (DocumentBudget.Exceeded e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          return; // a stream PDFBox will not read either: its own error is told when it tries
        }
        if (!last) {
          in = new ByteArrayInputStream(((KeptAndCounted) out).toByteArray());
        }
      }
    }
  }

  /** Counts inflated bytes against the budget, keeping none. */
  private static final class Counter extends OutputStream {
    private final DocumentBudget.Deadline deadline;
    private final long limit;
    private long count;

    Counter(DocumentBudget.Deadline deadline) {
      this.deadline = deadline;
      this.limit = deadline.budget().maxInflated();
    }

    @Override
    public void write(int b) {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      add(len);
    }

    void add(long n) {
      count += n;
      if (count > limit) {
        throw new DocumentBudget.Exceeded(String.format(Locale.ROOT,
            "the PDF's streams inflate to more than %.1f MB, over its budget (--max-inflated)", limit / 1e6));
      }
      deadline.check();
    }
  }

  /** A middle stage of a chain of filters: kept for the next, and counted. */
  private static final class KeptAndCounted extends ByteArrayOutputStream {
    private final Counter counter;

    KeptAndCounted(Counter counter) {
      this.counter = counter;
    }

    @Override
    public void write(int b) {
      counter.add(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      counter.add(len);
      super.write(b, off, len);
    }
  }
}
