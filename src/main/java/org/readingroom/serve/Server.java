package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Locale;
import org.readingroom.analysis.PeopleCuration;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of an archive: each resource (home, search, documents, people, threads) registers
 * its pages under {@code /} and its JSON API under {@code /api}; static files and WebJars (Chart.js)
 * come from the jar. Every response carries a strict Content-Security-Policy (scripts and styles
 * only from this server: no inline script can run, whatever a document's text holds) and a
 * Server-Timing header with the time spent serving it. Errors are JSON with a status under {@code
 * /api}, a page elsewhere, Jetty's own included (a URI or headers too large): 400 for a malformed
 * query or parameter, 401 for a change without the curator's token, 404 for an unknown id or route,
 * 421 for a request that names another host, 503 for a search past its time budget or an analysis
 * that cannot be read, 500 (logged, without internals) for anything else.
 *
 * <p>Bounded: at most {@link #THREADS} requests are served at once and {@link #QUEUE} wait (more
 * are refused by Jetty), each search gathers at most one window of hits and stops at its budget.
 */
public final class Server {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Requests served at once: enough to keep two cores busy while some wait on the disk. */
  static final int THREADS = 16;
  /** Requests that may wait for a thread; Jetty refuses more rather than queue without end. */
  static final int QUEUE = 1024;

  private Server() {}

  /** A server for {@code engine} alone (no originals, people or threads), not yet started. */
  public static Javalin create(SearchEngine engine) {
    return create(engine, null, Clock.systemDefaultZone());
  }

  /**
   * A server for {@code engine} and its archive: the originals (PDFs, scans), the analysis (people,
   * messages, threads, duplicates) and curators' changes to people; not yet started.
   */
  public static Javalin create(SearchEngine engine, ArchiveLayout archive) {
    return create(engine, archive, Clock.systemDefaultZone());
  }

  /**
   * A server whose idea of today (for declassification dates) comes from {@code clock};
   * {@code archive} may be null.
   */
  public static Javalin create(SearchEngine engine, ArchiveLayout archive, Clock clock) {
    return create(engine, archive, clock, ServerSettings.readOnly(), null);
  }

  /**
   * A server as {@code readingroom serve} starts it: its curators' token and the host names it
   * answers to in {@code settings}; {@code host} the address it listens on (null: this machine's).
   */
  public static Javalin create(SearchEngine engine, ArchiveLayout archive, Clock clock, ServerSettings settings,
      String host) {
    ServedArchive served = new ServedArchive(engine, archive, clock);
    Guard guard = new Guard(settings, host);
    if (archive != null) {
      warmUp(served);
    }
    Renderer renderer = new Renderer();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Api.JSON, false));
      config.http.maxRequestSize = 64 * 1024;
      config.jetty.threadPool = threadPool();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/readingroom/serve/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(ctx -> {
      ctx.attribute("started", System.nanoTime());
      guard.checkHost(ctx);
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.after(ctx -> {
      Long started = ctx.attribute("started");
      if (started != null) {
        ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
      }
    });
    new HomeResource(served, renderer).routes(app);
    new SearchResource(served, renderer).routes(app);
    new DocumentResource(served, renderer).routes(app);
    new PeopleResource(served, renderer, archive == null ? null : new PeopleCuration(archive, engine.sharedFiles(), clock), guard).routes(app);
    new ThreadResource(served, renderer).routes(app);
    new WithheldResource(served, renderer).routes(app);
    new DraftResource(served, renderer).routes(app);
    new DeclassificationResource(served, renderer).routes(app);
    app.exception(QuerySyntaxException.class, (e, ctx) -> fail(renderer, ctx, 400, "That query cannot be read",
        e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> fail(renderer, ctx, 400, "Bad request", e.getMessage()));
    app.exception(SearchTimeoutException.class, (e, ctx) -> fail(renderer, ctx, 503, "Search stopped", e.getMessage()));
    app.exception(DamagedFileException.class, (e, ctx) -> {
      LOG.warn("request {}: {}", ctx.path(), e.getMessage());
      fail(renderer, ctx, 503, "The archive is damaged", e.getMessage());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      fail(renderer, ctx, e.getStatus(), e.getStatus() == 421 ? "Not this server" : "Cannot serve this", e.getMessage());
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.path(), e);
      fail(renderer, ctx, 500, "Something went wrong", "the server failed on this request");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        fail(renderer, ctx, 404, "Not found", "no such page: " + ctx.path());
      }
    });
    return app;
  }

  /**
   * Reads the archive's analysis (about a second for the whole corpus) and counts what was withheld
   * in the background, so that the first reader does not wait for it; a request that comes first waits for the same read.
   */
  private static void warmUp(ServedArchive served) {
    Thread t = new Thread(() -> {
      try {
        served.analysis();
        served.withheld().warmUp();
      } catch (Exception e) {
        LOG.warn("cannot read the archive's analysis: {}", e.toString());
      }
    }, "analysis-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Worker threads and a bounded queue of waiting requests (Javalin's default queues without end). */
  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(THREADS, 4, 60_000, new BlockingArrayQueue<>(QUEUE, 0, QUEUE));
    pool.setName("serve");
    return pool;
  }

  /** An error as JSON for the API, as a page for the reading room. */
  private static void fail(Renderer renderer, Context ctx, int status, String title, String message) {
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, status, message);
    } else {
      renderer.error(ctx, status, title, message);
    }
  }
}
