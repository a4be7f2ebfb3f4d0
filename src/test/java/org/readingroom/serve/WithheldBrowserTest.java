package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;

/**
 * What was withheld, in a real headless Chromium driven by Selenium over {@link WithheldArchive}:
 * the Withheld page (both printings side by side, its charts drawn with their tables), a document's
 * "released in" bar and its link, a drafted appeal edited and downloaded, the declassification
 * calendar filtered. Screenshots go to target/screenshots.
 */
class WithheldBrowserTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static WebDriver browser;
  static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(Path.of(ReadingRoomBrowserTest.CHROMIUM))
        || !Files.isExecutable(Path.of(ReadingRoomBrowserTest.CHROMEDRIVER))) {
      fail("browser tests need Debian's chromium and chromium-driver: run scripts/setup (scripts/test does)");
    }
    ArchiveLayout archive = WithheldArchive.build(tmp);
    engine = LuceneEngine.openForReading(archive.index());
    Clock today = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    app = Server.create(engine, archive, today).start("127.0.0.1", 0);
    Files.createDirectories(ReadingRoomBrowserTest.SCREENSHOTS);
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ReadingRoomBrowserTest.CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1700", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + tmp.resolve("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(ReadingRoomBrowserTest.CHROMEDRIVER)).usingAnyFreePort().build();
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

  static void await(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
  }

  static void screenshot(String name) throws Exception {
    await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, ReadingRoomBrowserTest.SCREENSHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theWithheldPageShowsBothPrintingsAndItsCharts() throws Exception {
    browser.get(url("/"));
    browser.findElement(By.cssSelector("header.top nav a[href='/withheld']")).click();
    await(d -> d.getCurrentUrl().endsWith("/withheld"));
    assertEquals("What was withheld, and where it was released anyway", browser.findElement(By.tagName("h1")).getText());
    List<WebElement> passages = browser.findElements(By.cssSelector(".passage"));
    assertEquals(3, passages.size());
    WebElement dinner = passages.stream().filter(p -> p.getText().contains("Dinner list")).findFirst().orElseThrow();
    assertEquals("B6", dinner.findElement(By.cssSelector(".copy-withheld .bar")).getText());
    assertTrue(dinner.findElement(By.cssSelector(".copy-released mark")).getText()
        .startsWith("Mike and Sally Oren to sit with the Ambassador"));
    assertTrue(dinner.findElement(By.cssSelector(".copy-released h3")).getDomProperty("textContent")
        .contains("Released in C09000002"), "as written, before CSS sets it in capitals");
    WebElement menu = passages.stream().filter(p -> p.getText().contains("Menu")).findFirst().orElseThrow();
    assertTrue(menu.findElement(By.cssSelector(".copy-released mark")).getText().contains("alert('owned')</script>"),
        "hostile text shown as text");
    assertTrue(browser.findElements(By.cssSelector("main script")).isEmpty());

    await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => c.chart !== undefined);"));
    assertEquals(4, browser.findElements(By.cssSelector(".withheld-page canvas")).size(), "code, sender, month, release");
    WebElement figures = browser.findElement(By.cssSelector(".withheld-page .figures"));
    assertTrue(figures.findElement(By.tagName("table")).getDomProperty("textContent").contains("B6"),
        "the chart's figures as a table");
    screenshot("withheld");

    WebElement box = browser.findElement(By.cssSelector(".search-requests input[name='q']"));
    box.sendKeys("subject:\"dinner list\"");
    box.submit();
    await(d -> d.getCurrentUrl().contains("/withheld/draft?q="));
    String draft = browser.findElement(By.id("draft-text")).getDomProperty("value");
    assertTrue(draft.contains("C09000001") && draft.contains("C09000002"), "a draft for the documents a search finds: "
        + draft);
    assertTrue(draft.contains("The same passage is released in document C09000002"), draft);

    browser.get(url("/withheld"));
    browser.findElement(By.cssSelector(".codes-filter a[href^='/withheld?code=B5']")).click();
    await(d -> d.getCurrentUrl().contains("code=B5"));
    assertEquals(1, browser.findElements(By.cssSelector(".passage")).size(), "narrowed to B5");
  }

  @Test
  void aDocumentsReleasedInBarLeadsToTheReadableText() throws Exception {
    browser.get(url("/documents/C09000001"));
    WebElement bar = browser.findElement(By.cssSelector("#message-1 .released-elsewhere"));
    assertTrue(bar.getText().contains("B6 withheld here, page 1: released in C09000002"), bar.getText());
    WebElement quote = bar.findElement(By.tagName("blockquote"));
    assertFalse(quote.isDisplayed(), "the text is one click away");
    bar.findElement(By.tagName("summary")).click();
    await(d -> quote.isDisplayed());
    assertTrue(quote.getText().contains("Mike and Sally Oren"), quote.getText());
    screenshot("document-released-in");

    bar.findElement(By.cssSelector("a.released-in")).click();
    await(d -> d.getCurrentUrl().endsWith("/documents/C09000002#message-1"));
    assertTrue(browser.findElement(By.id("message-1")).getText().contains("We have invited Mike and Sally Oren"));

    browser.get(url("/documents/C05787433"));
    WebElement note = browser.findElement(By.cssSelector(".uneven-note"));
    assertTrue(note.getText().startsWith("B6 is applied to this message here, and not in"), note.getText());
    assertTrue(note.getText().contains("C05793224"), "Pickering's letter, printed whole in C05793224");
    assertTrue(note.getText().contains("read it to see whether the words are shown or withheld unmarked"),
        note.getText());
  }

  @Test
  void aDraftedAppealIsEditedAndDownloadedAsText() throws Exception {
    browser.get(url("/documents/C09000001"));
    browser.findElement(By.linkText("Draft a FOIA appeal")).click();
    await(d -> d.getCurrentUrl().contains("/withheld/draft?kind=appeal"));
    assertTrue(browser.findElement(By.cssSelector(".warning")).getText().startsWith("Not legal advice."));
    WebElement text = browser.findElement(By.id("draft-text"));
    String draft = text.getDomProperty("value");
    assertTrue(draft.startsWith("FOIA appeal: case F-2014-20439"), draft);
    assertTrue(draft.contains("The same passage is released in document C09000002"), draft);
    text.sendKeys(" [checked]");
    assertTrue(text.getDomProperty("value").endsWith(" [checked]"), "the reader edits the draft");
    screenshot("draft");

    browser.findElement(By.linkText("Download as plain text")).click();
    Path file = awaitDownload("readingroom-appeal.txt");
    String downloaded = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(downloaded.contains("released in document C09000002"), downloaded);
    assertTrue(downloaded.contains("not legal advice"));
  }

  @Test
  void theDeclassificationCalendarFiltersToWhatMayBeAskedFor() throws Exception {
    browser.get(url("/declassification"));
    assertEquals(3, browser.findElements(By.cssSelector(".declass-table tbody tr")).size());
    new Select(browser.findElement(By.name("status"))).selectByValue("passed");
    browser.findElement(By.cssSelector(".declass-filter button")).click();
    await(d -> d.getCurrentUrl().contains("status=passed"));
    List<WebElement> rows = browser.findElements(By.cssSelector(".declass-table tbody tr"));
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).getText().contains("C09000001") && rows.get(0).getText().contains("eligible for MDR"),
        rows.get(0).getText());
    screenshot("declassification");
    rows.get(0).findElement(By.linkText("draft MDR request")).click();
    await(d -> d.getCurrentUrl().contains("kind=mdr"));
    assertTrue(browser.findElement(By.id("draft-text")).getDomProperty("value")
        .contains("to be declassified on 2020-01-01, a date that has passed"));
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
}
