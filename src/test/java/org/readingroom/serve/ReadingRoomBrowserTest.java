package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.extract.ReleaseFiles;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;

/**
 * The reading room in a real headless Chromium (Debian's chromium and chromium-driver, which
 * scripts/setup installs), driven with Selenium over the demo's sample release: search, narrow by a
 * facet, open a document, see its redaction bars, follow a person, download the results. A
 * screenshot of each page goes to target/screenshots.
 */
class ReadingRoomBrowserTest {

  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static WebDriver browser;
  static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      fail("browser tests need Debian's chromium and chromium-driver: run scripts/setup (scripts/test does)");
    }
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    try (InputStream in = ReadingRoomBrowserTest.class.getResourceAsStream("/org/readingroom/sample/sample-release.zip")) {
      Files.copy(in, docs.resolve("sample-release.zip"));
    }
    Files.writeString(docs.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    Files.write(docs.resolve("chain.pdf"), ReleaseFiles.textPdf(ReleaseFiles.CHAIN));
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(writer, archive);
    }
    engine = LuceneEngine.openForReading(archive.index());
    Clock today = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    app = Server.create(engine, archive, today).start("127.0.0.1", 0);

    Files.createDirectories(SCREENSHOTS);
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1700", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + tmp.resolve("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (engine != null) {
      engine.close();
    }
  }

  static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  static void screenshot(String name) throws Exception {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    Thread.sleep(300); // let Chart.js draw
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchNarrowOpenADocumentFollowAPersonDownload() throws Exception {
    browser.get(url("/"));
    assertEquals("The archive", browser.findElement(By.tagName("h1")).getText());
    assertFalse(browser.findElements(By.cssSelector(".panel canvas")).isEmpty(), "the home page has its charts");
    screenshot("home");

    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("\"letter to the secretary\"");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));
    long before = total();
    assertTrue(before >= 5, "hits for the Pickering letter: " + before);
    assertFalse(browser.findElements(By.cssSelector(".snippet mark")).isEmpty(), "snippets mark the matched words");
    assertEquals("message", browser.findElement(By.cssSelector(".hit-message .badge")).getDomProperty("textContent"),
        "a hit says what it is, as a reader reads it");
    screenshot("search");

    WebElement facet = browser.findElement(By.xpath(
        "//section[@class='facet'][h3='Sender']//a[starts-with(normalize-space(.), 'Pickering')]"));
    facet.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sender="));
    long narrowed = total();
    assertTrue(narrowed > 0 && narrowed < before, "the facet narrows: " + before + " -> " + narrowed);
    assertTrue(browser.findElement(By.cssSelector(".active-filters")).getText().contains("sender: Pickering"));
    screenshot("search-narrowed");

    browser.get(url("/documents/C05787433"));
    assertEquals("Document C05787433", browser.findElement(By.tagName("h1")).getText());
    List<WebElement> bars = browser.findElements(By.cssSelector(".text .bar"));
    assertTrue(bars.stream().anyMatch(b -> b.findElement(By.cssSelector("[aria-hidden]")).getText().equals("1.4(D) B1")),
        "a bar labelled with its codes (as seen; a screen reader hears their meaning too)");
    assertTrue(browser.findElement(By.cssSelector(".legend-box")).getText().contains("foreign relations"),
        "the legend explains 1.4(D)");
    assertTrue(browser.findElement(By.cssSelector(".classification")).getText().contains("in 39 days"));
    assertEquals(2, browser.findElements(By.cssSelector("section.message")).size());
    screenshot("document");

    browser.findElement(By.cssSelector("#message-2 .message-head a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/people/p-"));
    assertEquals("Pickering, Thomas R", browser.findElement(By.tagName("h1")).getText());
    assertFalse(browser.findElements(By.cssSelector("canvas")).isEmpty());
    screenshot("person");

    browser.get(url("/search?q=pickering"));
    long hits = total();
    browser.findElement(By.partialLinkText("CSV")).click();
    Path csv = awaitDownload("readingroom-results.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("kind,id,document,message,thread,date,from,from_person,to,"), lines.get(0));
    assertFalse(lines.get(0).contains("snippet"), "no snippets: they cost twenty times the rest");
    assertEquals(hits, lines.stream().skip(1).filter(l -> l.startsWith("message,") || l.startsWith("document,")).count());
  }

  @Test
  void aHostileDocumentIsShownAsText() throws Exception {
    browser.get(url("/documents/C06666666"));
    WebElement doc = browser.findElement(By.cssSelector("article.document"));
    assertTrue(doc.getText().contains("<script>alert('owned')</script>"), doc.getText());
    assertTrue(doc.getText().contains("\"><img src=x onerror=alert(2)>"), doc.getText());
    assertTrue(doc.findElements(By.tagName("img")).isEmpty(), "no element made from the document's text");
    assertTrue(doc.findElements(By.tagName("script")).isEmpty());
    try {
      browser.switchTo().alert();
      fail("a script of the document ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    browser.get(url("/search?q=owned"));
    assertTrue(browser.findElement(By.cssSelector(".hits")).getText().contains("<script>"));
    assertTrue(browser.findElements(By.cssSelector(".hits img")).isEmpty());
    screenshot("hostile-document");
  }

  @Test
  void fromAMessageToItsThreadToAPersonToThePeople() throws Exception {
    browser.get(url("/documents/C05793178"));
    WebElement letter = browser.findElement(By.id("message-3"));
    assertTrue(letter.getText().contains("also printed in C05787433"), letter.getText());
    letter.findElement(By.cssSelector("a.thread-link")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/threads/t-"));
    assertEquals("THREAD", browser.findElement(By.cssSelector(".kicker")).getText(), "as CSS shows it");
    WebElement target = browser.findElement(By.cssSelector("section.message:target"));
    String printedIn = target.findElement(By.cssSelector(".message-foot")).getText();
    for (String doc : List.of("C05787433", "C05793178", "C05793224")) {
      assertTrue(printedIn.contains(doc), "the letter is one message printed in " + doc + ": " + printedIn);
    }
    assertTrue(target.findElement(By.cssSelector(".message-head")).getText().contains("Pickering, Thomas R"),
        target.getText());
    List<WebElement> entries = browser.findElements(By.cssSelector("article.thread section.message"));
    assertTrue(entries.size() >= 3, "the forwards and the letter: " + entries.size());
    assertFalse(browser.findElements(By.cssSelector(".follows a")).isEmpty(), "a forward links to what it forwards");
    screenshot("thread");

    browser.findElement(By.xpath("//section[contains(@class,'message')]//dt[.='From']/following-sibling::dd/a[.='H']"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/people/p-"));
    browser.findElement(By.cssSelector(".aliases summary")).click(); // many aliases: folded until asked for
    String aliases = browser.findElement(By.cssSelector(".alias-list")).getText();
    assertTrue(aliases.contains("HDR22@clintonemail.com") && aliases.contains("hrod17@clintonemail.com"), aliases);
    assertTrue(browser.findElement(By.cssSelector(".lede")).getText().contains("threads"));
    screenshot("person-aliases");

    browser.findElement(By.linkText("People")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/people"));
    List<WebElement> rows = browser.findElements(By.cssSelector(".people-table tbody tr"));
    assertEquals(PeopleResource.PEOPLE_PAGE, rows.size());
    screenshot("people");
    WebElement find = browser.findElement(By.id("people-q"));
    find.sendKeys("millscd");
    find.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=millscd"));
    String first = browser.findElement(By.cssSelector(".people-table tbody tr")).getText();
    assertTrue(first.startsWith("Mills, Cheryl D"), first);
  }

  @Test
  void twoCopiesOfOneReleaseCompared() throws Exception {
    browser.get(url("/documents/C05787433"));
    WebElement copies = browser.findElement(By.cssSelector("section.copies"));
    assertTrue(copies.getText().contains("C05793224"), copies.getText());
    copies.findElement(By.xpath(".//li[a='C05793224']/a[.='compare']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/compare/"));
    assertEquals("C05787433 and C05793224", browser.findElement(By.tagName("h1")).getText());
    List<WebElement> lines = browser.findElements(By.cssSelector(".diff li"));
    assertFalse(lines.isEmpty(), "the copies differ in some lines");
    assertTrue(lines.stream().anyMatch(l -> l.getAttribute("class").equals("only-first")));
    assertTrue(lines.stream().anyMatch(l -> l.getAttribute("class").equals("only-second")));
    screenshot("compare");
  }

  @Test
  void unknownThreadsPeopleAndCopiesAreNotFoundPages() throws Exception {
    for (String path : List.of("/threads/t-000000000000", "/people/p-000000000000",
        "/documents/C05787433/compare/C00000000")) {
      browser.get(url(path));
      assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("No such"), path);
    }
  }

  @Test
  void aDocumentReadFromAPdfShowsItsPages() throws Exception {
    browser.get(url("/documents/C09000010"));
    WebElement published = browser.findElement(By.cssSelector("section.published"));
    assertTrue(published.getText().contains("Read from a PDF of 2 pages"), published.getText());
    List<WebElement> pages = published.findElements(By.tagName("img"));
    assertEquals(2, pages.size());
    for (WebElement page : pages) {
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", page);
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Boolean.TRUE.equals(
          ((org.openqa.selenium.JavascriptExecutor) b).executeScript(
              "return arguments[0].complete && arguments[0].naturalWidth > 1000", page)));
    }
    String original = published.findElement(By.linkText("Open the original")).getAttribute("href");
    assertTrue(original.endsWith("/api/documents/C09000010/original"), original);
    screenshot("pdf-document");
  }

  @Test
  void theSearchFormFindsWhatItsFieldsAsk() throws Exception {
    browser.get(url("/search"));
    browser.findElement(By.cssSelector("details.search-form summary")).click();
    browser.findElement(By.id("f-q")).sendKeys("letter");
    browser.findElement(By.id("f-from")).sendKeys("Cheryl Mills");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-kind"))).selectByValue("message");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-copies"))).selectByValue("all");
    browser.findElement(By.id("f-since")).sendKeys("2011");
    browser.findElement(By.cssSelector("form.fields button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("from="));
    String at = browser.getCurrentUrl();
    assertTrue(at.contains("from=Cheryl+Mills") && at.contains("kind=message") && at.contains("copies=all")
        && at.contains("since=2011"), at);
    long found = total();
    assertTrue(found > 0, "Mills's messages about the letter");
    for (WebElement badge : browser.findElements(By.cssSelector(".hit .badge"))) {
      assertEquals("message", badge.getDomProperty("textContent"));
    }
    assertTrue(browser.findElement(By.cssSelector("datalist#persons")).findElements(By.tagName("option")).size() > 3,
        "persons are suggested");
    screenshot("search-form");
  }

  @Test
  void aFacetValuesCountIsWhatItsClickGives() throws Exception {
    for (String facet : List.of("Sender", "Recipient", "Year")) {
      browser.get(url("/search?q=letter"));
      List<WebElement> values = browser.findElements(By.xpath("//section[@class='facet'][h3='" + facet + "']//li"));
      assertFalse(values.isEmpty(), facet);
      int n = Math.min(3, values.size());
      for (int i = 0; i < n; i++) {
        browser.get(url("/search?q=letter"));
        WebElement li = browser.findElements(By.xpath("//section[@class='facet'][h3='" + facet + "']//li")).get(i);
        long count = Long.parseLong(li.findElement(By.cssSelector(".count")).getText().replace(",", ""));
        String label = li.findElement(By.tagName("a")).getText();
        li.findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("q=letter"));
        assertEquals(count, total(), facet + " " + label);
      }
    }
  }

  @Test
  void aDocumentNumberInTheSearchBoxOpensTheDocument() throws Exception {
    browser.get(url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("c05787433");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documents/"));
    assertEquals("Document C05787433", browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void aHitOpensItsPassageWithTheWordsMarkedToStepThrough() throws Exception {
    browser.get(url("/search?q=" + java.net.URLEncoder.encode("crisis group", StandardCharsets.UTF_8) + "&kind=message"));
    browser.findElement(By.cssSelector(".hit-title")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documents/"));
    assertTrue(browser.getCurrentUrl().contains("q=crisis"), "the hit carries the query: " + browser.getCurrentUrl());
    List<WebElement> marks = browser.findElements(By.cssSelector("mark.q"));
    assertTrue(marks.size() >= 2, "crisis and group marked: " + marks.size());
    WebElement next = browser.findElement(By.cssSelector("button[data-mark-step='1']"));
    assertTrue(next.isDisplayed(), "the steps show once the script runs");
    next.click();
    assertEquals("mark-1", browser.switchTo().activeElement().getAttribute("id"));
    assertEquals("1 of " + marks.size(), browser.findElement(By.cssSelector(".mark-at")).getText());
    next.click();
    assertEquals("mark-2", browser.switchTo().activeElement().getAttribute("id"));
    browser.findElement(By.cssSelector("button[data-mark-step='-1']")).click();
    assertEquals("mark-1", browser.switchTo().activeElement().getAttribute("id"));
    assertTrue(browser.findElement(By.cssSelector(".citation")).getText().contains("Doc No."), "a citation to copy");
    screenshot("document-marks");
  }

  private static long total() {
    String text = browser.findElement(By.cssSelector(".total strong")).getText();
    return Long.parseLong(text.replace(",", ""));
  }

  private static Path awaitDownload(String name) throws Exception {
    Path file = downloads.resolve(name);
    for (int i = 0; i < 100; i++) {
      try (Stream<Path> partial = Files.list(downloads)) {
        if (Files.exists(file) && partial.noneMatch(p -> p.toString().endsWith(".crdownload"))) {
          return file;
        }
      }
      Thread.sleep(100);
    }
    fail("the download did not arrive: " + name);
    return file;
  }

  static final String HOSTILE = String.join("\n",
      "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C06666666 Date: 01/29/2016",
      "                                                                  RELEASE IN FULL",
      "From:                 \"><img src=x onerror=alert(1)> <attacker@example.com>",
      "Sent:                 Monday, March 7, 2011 9:00 AM",
      "To:                   H",
      "Subject:              <script>alert('owned')</script>",
      "",
      "Please read \"><img src=x onerror=alert(2)> and <script>alert('owned')</script> as text.",
      "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C06666666 Date: 01/29/2016");
}
