package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.archive.StoredRelease;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;

/**
 * Threads and messages: a thread's page (its messages in time order, each with the fullest body
 * its printings give), and the API of a thread and of a message.
 */
final class ThreadResource {

  private final ServedArchive archive;
  private final Renderer renderer;

  ThreadResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/threads/{id}", this::page);
    app.get("/api/threads/{id}", this::thread);
    app.get("/api/messages/{id}", this::message);
    app.get("/messages/{id}", this::messagePage);
  }

  private void page(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    String id = ctx.pathParam("id");
    Optional<MessageThread> t = a.correspondence().thread(id);
    if (t.isEmpty()) {
      renderer.error(ctx, 404, "No such thread", "The archive holds no thread with id " + id + ".");
      return;
    }
    renderer.render(ctx, "thread.jte", page(a, t.get()));
  }

  /**
   * A thread's page: each message with the fullest body any of its printings gives (OCR and page
   * breaks cut some short), where it is printed, and the messages it follows.
   */
  private ThreadPage page(ArchiveAnalysis a, MessageThread t) throws IOException {
    Map<String, List<MessageCard>> cardsByDocument = new HashMap<>();
    for (String key : t.documents()) {
      StoredRelease stored = archive.engine().release(key).orElse(null);
      if (stored != null) {
        cardsByDocument.put(key, MessageCard.of(stored.record()));
      }
    }
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < t.messageIds().size(); i++) {
      numbers.put(t.messageIds().get(i), i + 1);
    }
    List<ThreadPage.Entry> entries = new ArrayList<>();
    for (String id : t.messageIds()) {
      ThreadMessage m = a.correspondence().message(id).orElse(null);
      if (m == null) {
        continue;
      }
      MessageCard fullest = null;
      List<MessageCard.Printing> printedIn = new ArrayList<>();
      for (Appearance ap : m.appearances()) {
        printedIn.add(DocumentResource.printing(ap));
        List<MessageCard> cards = cardsByDocument.get(ap.document());
        if (cards != null && ap.position() < cards.size()) {
          MessageCard card = cards.get(ap.position());
          if (fullest == null || bodyLength(card) > bodyLength(fullest)) {
            fullest = card;
          }
        }
      }
      List<Integer> follows = new ArrayList<>();
      for (String parent : m.parents()) {
        Integer n = numbers.get(parent);
        if (n != null) {
          follows.add(n);
        }
      }
      entries.add(new ThreadPage.Entry(numbers.get(id), Links.threadAnchor(id), m.sent(), m.subject(),
          parties(m.from(), a), parties(m.to(), a), parties(m.cc(), a), fullest, printedIn, follows));
    }
    return new ThreadPage(t.id(), t.subject(), t.documents(), entries);
  }

  private static int bodyLength(MessageCard card) {
    return card.message().bodyEnd() - card.message().bodyStart();
  }

  private static List<ThreadPage.PartyLink> parties(List<String> printed, ArchiveAnalysis a) {
    List<ThreadPage.PartyLink> out = new ArrayList<>();
    for (MessageView.PartyView p : MessageView.parties(printed, a)) {
      out.add(new ThreadPage.PartyLink(p.name(), p.person() == null ? Links.person(p.printed().get(0))
          : Links.personPage(p.person()), String.join("; ", p.printed())));
    }
    return out;
  }

  /** A message's page: its place on its thread's page, which lists every document that prints it. */
  private void messagePage(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<ThreadMessage> m = archive.analysis().correspondence().message(id);
    if (m.isEmpty()) {
      renderer.error(ctx, 404, "No such message", "The archive holds no message with id " + id + ".");
      return;
    }
    ctx.redirect(Links.thread(m.get().threadId(), m.get().id()));
  }

  private void message(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    String id = ctx.pathParam("id");
    ThreadMessage m = a.correspondence().message(id)
        .orElseThrow(() -> new NotFoundResponse("no message with id '" + id + "'"));
    ctx.json(MessageView.of(m, a));
  }

  private void thread(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    String id = ctx.pathParam("id");
    MessageThread t = a.correspondence().thread(id)
        .orElseThrow(() -> new NotFoundResponse("no thread with id '" + id + "'"));
    List<MessageView> messages = new ArrayList<>();
    for (String m : t.messageIds()) {
      a.correspondence().message(m).ifPresent(x -> messages.add(MessageView.of(x, a)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("subject", t.subject());
    out.put("documents", t.documents());
    out.put("messages", messages);
    ctx.json(out);
  }
}
