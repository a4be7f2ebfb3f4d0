package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.extract.ReleaseFiles;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestReleases;

/** The originals and page images of documents read from PDFs and scans, over HTTP on port 0. */
class OriginalsApiTest {

  @TempDir static Path tmp;
  static ArchiveLayout archive;
  static LuceneEngine engine;
  static Javalin app;
  static byte[] chainPdf;
  static byte[] memoTiff;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ReleaseFiles.requireTesseract();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    chainPdf = ReleaseFiles.textPdf(ReleaseFiles.CHAIN);
    memoTiff = ReleasePrinter.tiff(ReleaseFiles.scans(ReleaseFiles.MEMO));
    Files.write(docs.resolve("chain.pdf"), chainPdf);
    Files.write(docs.resolve("memo.tif"), memoTiff);
    Files.copy(TestReleases.GOLDEN.resolve("seed-banner-letter.txt"), docs.resolve("letter.txt"));
    archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults())
          .ingest(List.of(docs.toString()), IngestProgress.SILENT);
    }
    engine = LuceneEngine.openForReading(archive.index());
    app = Server.create(engine, archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String type(HttpResponse<?> r) {
    return r.headers().firstValue("content-type").orElse("");
  }

  static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    assertTrue(type(r).startsWith("application/json"), type(r));
    return JSON.readTree(r.body());
  }

  @Test
  void aDocumentSaysWhetherItHasAnOriginalAndHowManyPages() throws Exception {
    JsonNode chain = json(get("/api/documents/C09000010"));
    assertEquals("application/pdf", chain.get("original").get("contentType").asText());
    assertEquals(2, chain.get("original").get("pages").asInt());
    assertEquals("/api/documents/C09000010/original", chain.get("original").get("url").asText());
    assertEquals("/api/documents/C09000010/pages/{page}", chain.get("original").get("pageImageUrl").asText());
    assertEquals("image/tiff", json(get("/api/documents/C09000003")).get("original").get("contentType").asText());
    assertTrue(json(get("/api/documents/C05788506")).get("original").isNull(), "read from text");
  }

  @Test
  void theOriginalAsItWasPublished() throws Exception {
    HttpResponse<byte[]> pdf = get("/api/documents/C09000010/original");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", type(pdf));
    assertArrayEquals(chainPdf, pdf.body());
    HttpResponse<byte[]> tiff = get("/api/documents/C09000003/original");
    assertEquals("image/tiff", type(tiff));
    assertArrayEquals(memoTiff, tiff.body());
    HttpResponse<byte[]> none = get("/api/documents/C05788506/original");
    assertEquals(404, none.statusCode());
    assertTrue(json(none).get("error").asText().contains("has no original"),
        new String(none.body(), StandardCharsets.UTF_8));
    assertEquals(404, get("/api/documents/C00000000/original").statusCode());
  }

  @Test
  void pageImagesOfPdfsAndScansRenderedOnceAndKept() throws Exception {
    for (int page : List.of(1, 2)) {
      HttpResponse<byte[]> png = get("/api/documents/C09000010/pages/" + page);
      assertEquals(200, png.statusCode());
      assertEquals("image/png", type(png));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
      assertEquals(1275, image.getWidth(), 1, "a letter page at 150 dpi");
      assertEquals(1650, image.getHeight(), 1);
    }
    try (var cached = Files.walk(archive.pageImages())) {
      assertEquals(2, cached.filter(p -> p.toString().endsWith(".png")).count());
    }
    HttpResponse<byte[]> again = get("/api/documents/C09000010/pages/1");
    assertEquals(200, again.statusCode());
    BufferedImage scan = ImageIO.read(new ByteArrayInputStream(get("/api/documents/C09000003/pages/1").body()));
    assertEquals(2550, scan.getWidth(), 1, "the scan's own 300 dpi page");
  }

  @Test
  void badPageNumbersAre400AndPagesThatAreNotThere404() throws Exception {
    assertEquals(400, get("/api/documents/C09000010/pages/0").statusCode());
    assertEquals(400, get("/api/documents/C09000010/pages/-1").statusCode());
    HttpResponse<byte[]> word = get("/api/documents/C09000010/pages/first");
    assertEquals(400, word.statusCode());
    assertTrue(json(word).get("error").asText().contains("page number"),
        new String(word.body(), StandardCharsets.UTF_8));
    assertEquals(400, get("/api/documents/C09000010/pages/99999999999").statusCode());
    HttpResponse<byte[]> past = get("/api/documents/C09000010/pages/3");
    assertEquals(404, past.statusCode());
    assertTrue(json(past).get("error").asText().contains("has 2 pages"),
        new String(past.body(), StandardCharsets.UTF_8));
    assertEquals(404, get("/api/documents/C05788506/pages/1").statusCode());
    assertEquals(404, get("/api/documents/C00000000/pages/1").statusCode());
  }

  @Test
  void theOpenApiDescriptionHasTheNewEndpoints() throws Exception {
    JsonNode api = json(get("/api/openapi.json"));
    assertTrue(api.get("paths").has("/api/documents/{id}/original"));
    assertTrue(api.get("paths").has("/api/documents/{id}/pages/{page}"));
  }
}
