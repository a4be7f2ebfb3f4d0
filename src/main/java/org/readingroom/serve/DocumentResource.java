package org.readingroom.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.CopyDifference;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.duplicates.LineDiff;
import org.readingroom.record.ReleaseRecordJson;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;

/**
 * Documents: a document's page (its messages in their threads, its redactions, its other copies),
 * two copies compared, and the API of a document, its original PDF or scan and page images, its
 * messages' places in the archive and its near-duplicates.
 */
final class DocumentResource {

  /** Lines of a comparison shown; two copies that differ in more are not worth reading line by line. */
  static final int COMPARED_LINES = 400;

  private final ServedArchive archive;
  private final Renderer renderer;

  DocumentResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/documents/{id}", this::page);
    app.get("/documents/{id}/compare/{other}", this::compare);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/documents/{id}/original", this::original);
    app.get("/api/documents/{id}/pages/{page}", this::pageImage);
    app.get("/api/documents/{id}/messages", this::messages);
    app.get("/api/documents/{id}/duplicates", this::duplicates);
  }

  private void page(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoredRelease> stored = archive.engine().release(id);
    if (stored.isEmpty()) {
      renderer.error(ctx, 404, "No such document", "The archive holds no document numbered " + id + ".");
      return;
    }
    DocumentPage.Published published = archive.original(stored.get().key()).map(DocumentPage.Published::of)
        .orElse(null);
    DocumentPage page = DocumentPage.of(stored.get(), published, archive.today())
        .marked(SearchParameters.param(ctx, "q"))
        .citedFrom(ctx.scheme() + "://" + ctx.host());
    ArchiveAnalysis a = archive.analysis();
    renderer.render(ctx, "document.jte", Map.of("doc", annotate(page, a), "withheld",
        WithheldViews.document(a, page.key(), page.cards().size(), archive.today())));
  }

  /** {@code page} with each message's thread and other printings, and the document's other copies. */
  static DocumentPage annotate(DocumentPage page, ArchiveAnalysis a) {
    Correspondence c = a.correspondence();
    List<DocumentPage.Threading> threadings = new ArrayList<>();
    for (int i = 0; i < page.cards().size(); i++) {
      ThreadMessage m = c.messageAt(page.key(), i).orElse(null);
      if (m == null) {
        threadings.add(null);
        continue;
      }
      MessageThread t = c.thread(m.threadId()).orElse(null);
      List<MessageCard.Printing> also = new ArrayList<>();
      for (Appearance ap : m.appearances()) {
        if (!(ap.document().equals(page.key()) && ap.position() == i)) {
          also.add(printing(ap));
        }
      }
      threadings.add(new DocumentPage.Threading(Links.thread(m.threadId(), m.id()),
          t == null ? 1 : t.messageIds().size(), t == null ? 1 : t.documents().size(), also));
    }
    List<DocumentPage.Copy> copies = new ArrayList<>();
    DuplicateCluster cluster = a.duplicates().of(page.key()).orElse(null);
    if (cluster != null) {
      for (DuplicateCluster.Copy copy : cluster.copies()) {
        if (!copy.document().equals(page.key())) {
          copies.add(new DocumentPage.Copy(copy.document(), Links.document(copy.document()),
              Links.compare(page.key(), copy.document())));
        }
      }
    }
    return page.annotated(threadings, copies);
  }

  /** A link to a printing of a message: its card on its document's page. */
  static MessageCard.Printing printing(Appearance ap) {
    return new MessageCard.Printing(ap.document(), ap.position(), Links.message(ap.document(), ap.position()));
  }

  /** Two copies of a release: the fields, messages and lines that differ. */
  private void compare(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    Optional<StoredRelease> here = archive.engine().release(ctx.pathParam("id"));
    Optional<StoredRelease> there = archive.engine().release(ctx.pathParam("other"));
    if (here.isEmpty() || there.isEmpty()) {
      renderer.error(ctx, 404, "No such document", "The archive holds no document numbered "
          + (here.isEmpty() ? ctx.pathParam("id") : ctx.pathParam("other")) + ".");
      return;
    }
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    if (!a.analysed()) {
      renderer.error(ctx, 404, "Not analysed", "This archive has no analysis of its messages yet: run readingroom ingest.");
      return;
    }
    renderer.render(ctx, "compare.jte", comparePage(a, here.get(), there.get()));
  }

  /** What {@code here} has that {@code there} lacks, and the reverse. */
  static ComparePage comparePage(ArchiveAnalysis a, StoredRelease here, StoredRelease there) {
    CopyDifference d = CopyDifference.between(here, there, a.correspondence());
    List<LineDiff.Change> lines = d.lines();
    int shown = Math.min(COMPARED_LINES, lines.size());
    return new ComparePage(docId(here), docId(there), lines.isEmpty(), d.fields(),
        messageLinks(a, d.messagesOnlyInFirst()), messageLinks(a, d.messagesOnlyInSecond()), lines.subList(0, shown),
        lines.size() - shown);
  }

  private static String docId(StoredRelease r) {
    return r.record().docId() != null ? r.record().docId() : r.key();
  }

  private static List<ComparePage.MessageLink> messageLinks(ArchiveAnalysis a, List<String> ids) {
    List<ComparePage.MessageLink> out = new ArrayList<>();
    for (String id : ids) {
      a.correspondence().message(id).ifPresent(m -> {
        String from = m.from().isEmpty() ? "(sender withheld)" : m.from().get(0);
        String label = from + (m.sent() == null ? "" : ", " + Pages.sent(m.sent()))
            + (m.subject() == null ? "" : ": " + m.subject());
        out.add(new ComparePage.MessageLink(label, Links.thread(m.threadId(), m.id())));
      });
    }
    return out;
  }

  private void document(Context ctx) throws IOException {
    StoredRelease stored = archive.document(ctx.pathParam("id"));
    ObjectNode out = Api.JSON.createObjectNode();
    out.put("key", stored.key());
    // the record's JSON as written, not read back into a tree: a document's text may be longer than
    // a JSON reader takes in one string (Jackson's limit is 20 million characters)
    out.putRawValue("record", new RawValue(new String(ReleaseRecordJson.line(stored.record()), StandardCharsets.UTF_8)
        .stripTrailing()));
    Optional<Originals.Original> original = archive.original(stored.key());
    if (original.isPresent()) {
      ObjectNode o = out.putObject("original");
      o.put("contentType", original.get().contentType());
      o.put("pages", original.get().pages());
      o.put("url", "/api/documents/" + stored.key() + "/original");
      o.put("pageImageUrl", "/api/documents/" + stored.key() + "/pages/{page}");
    } else {
      out.putNull("original");
    }
    ctx.json(out);
  }

  private Originals.Original requireOriginal(StoredRelease stored) throws IOException {
    return archive.original(stored.key()).orElseThrow(() -> new NotFoundResponse(
        "document '" + stored.key() + "' has no original: it was ingested as text, not from a PDF or a scan"));
  }

  /** The PDF or scan a document was read from, as it was published. */
  private void original(Context ctx) throws IOException {
    Originals.Original original = requireOriginal(archive.document(ctx.pathParam("id")));
    ctx.header("Content-Disposition", "inline; filename=\"" + original.file().getFileName() + "\"");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(original.contentType()).result(Files.newInputStream(original.file()));
  }

  /** One page of the original as a PNG image. */
  private void pageImage(Context ctx) throws IOException, InterruptedException {
    String raw = ctx.pathParam("page");
    int page;
    try {
      page = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("page must be a page number from 1, not '" + raw + "'");
    }
    if (page < 1) {
      throw new BadRequestResponse("page must be a page number from 1, not " + page);
    }
    StoredRelease stored = archive.document(ctx.pathParam("id"));
    Originals.Original original = requireOriginal(stored);
    if (page > original.pages()) {
      throw new NotFoundResponse("document '" + stored.key() + "' has " + original.pages() + " pages, no page " + page);
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("image/png").result(archive.pageImage(original, page));
  }

  /** Where each message of a document stands in the archive: its message id and thread, by position. */
  private void messages(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    StoredRelease stored = archive.document(ctx.pathParam("id"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < stored.record().messages().size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", i);
      ThreadMessage m = a.correspondence().messageAt(stored.key(), i).orElse(null);
      row.put("message", m == null ? null : m.id());
      row.put("thread", m == null ? null : m.threadId());
      row.put("appearances", m == null ? 0 : m.appearances().size());
      out.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", stored.key());
    body.put("messages", out);
    ctx.json(body);
  }

  /** The document's near-duplicates, each with how it differs from this document. */
  private void duplicates(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    StoredRelease stored = archive.document(ctx.pathParam("id"));
    DuplicateCluster cluster = a.duplicates().of(stored.key()).orElse(null);
    List<Map<String, Object>> copies = new ArrayList<>();
    if (cluster != null) {
      for (DuplicateCluster.Copy copy : cluster.copies()) {
        if (copy.document().equals(stored.key())) {
          continue;
        }
        StoredRelease other = archive.engine().release(copy.document()).orElse(null);
        if (other == null) {
          continue; // left the archive since the analysis
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", copy.document());
        row.put("similarityToFirst", copy.similarity());
        row.put("difference", CopyDifference.between(stored, other, a.correspondence()));
        copies.add(row);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", stored.key());
    body.put("cluster", cluster == null ? null : cluster.id());
    body.put("copies", copies);
    ctx.json(body);
  }
}
