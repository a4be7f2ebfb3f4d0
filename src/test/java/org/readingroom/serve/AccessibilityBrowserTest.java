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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;

/**
 * Every page type of the reading room, in a real headless Chromium over the demo's sample release,
 * checked as a reader on a phone or with assistive technology meets it: axe-core's WCAG 2 A and AA
 * rules report nothing at desktop (1400 px) and phone (390 px) widths, with every fold opened as
 * well as closed; no page is wider than a 320 or 390 px screen; on a phone the hits come before the
 * facets, which fold behind one control; the skip link and the redaction bars speak. A full-page
 * screenshot of each page at 390 px goes to target/screenshots/phone-*.png.
 */
class AccessibilityBrowserTest {

  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static ChromeDriver browser;
  static String axe;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(Path.of(ReadingRoomBrowserTest.CHROMIUM))
        || !Files.isExecutable(Path.of(ReadingRoomBrowserTest.CHROMEDRIVER))) {
      fail("browser tests need Debian's chromium and chromium-driver: run scripts/setup (scripts/test does)");
    }
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(AXE)) {
      assertTrue(in != null, "axe-core's WebJar is on the test class path: " + AXE);
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/org/readingroom/sample/sample-release.zip")) {
      Files.copy(in, docs.resolve("sample-release.zip"));
    }
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(writer, archive);
    }
    engine = LuceneEngine.openForReading(archive.index());
    Clock today = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    app = Server.create(engine, archive, today).start("127.0.0.1", 0);

    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ReadingRoomBrowserTest.CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(ReadingRoomBrowserTest.CHROMEDRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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

  /** One page of each type, by name, with what the page must show to be the page meant. */
  static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("search", "/search?q=pickering");
    pages.put("document", "/documents/C05787433");
    pages.put("person", href("/documents/C05787433", "#message-2 .message-head a"));
    pages.put("people", "/people");
    pages.put("thread", href("/documents/C05793178", "#message-3 a.thread-link"));
    pages.put("compare", "/documents/C05787433/compare/C05793224");
    return pages;
  }

  @Test
  void everyPageTypeHasNoWcagViolationsAtDesktopAndPhoneWidths() throws Exception {
    Map<String, String> pages = pages();
    List<String> failures = new ArrayList<>();
    for (int width : List.of(1400, 390)) {
      viewport(width, 900);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        open(page.getValue());
        failures.addAll(violations(page.getKey() + " at " + width + " px"));
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        failures.addAll(violations(page.getKey() + " at " + width + " px, every fold open"));
      }
    }
    assertEquals(List.of(), failures, "axe-core, WCAG 2 A/AA");
  }

  @Test
  void noPageIsWiderThanAPhone() throws Exception {
    Map<String, String> pages = pages();
    List<String> failures = new ArrayList<>();
    for (int width : List.of(320, 390)) {
      viewport(width, 844);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        open(page.getValue());
        failures.addAll(tooWide(page.getKey() + " at " + width + " px"));
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        failures.addAll(tooWide(page.getKey() + " at " + width + " px, every fold open"));
        if (width == 390) {
          browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = false)");
          fullPageScreenshot("phone-" + page.getKey(), width);
          viewport(width, 844);
        }
      }
    }
    assertEquals(List.of(), failures, "pages wider than the screen");
  }

  @Test
  void onAPhoneTheHitsComeFirstAndTheFacetsFoldBehindOneControl() throws Exception {
    viewport(390, 844);
    open("/search?q=pickering");
    WebElement fold = browser.findElement(By.cssSelector("details.facet-fold"));
    WebElement firstHit = browser.findElement(By.cssSelector(".hits .hit"));
    assertFalse(browser.findElement(By.cssSelector(".facet")).isDisplayed(), "the facets are folded away");
    assertTrue(firstHit.getRect().getY() < 844, "the first hit is on the first screen: y=" + firstHit.getRect().getY());
    fold.findElement(By.tagName("summary")).click();
    WebElement sender = browser.findElement(By.xpath("//section[@class='facet'][h3='Sender']"));
    assertTrue(sender.isDisplayed(), "one control opens them");

    viewport(1400, 900);
    open("/search?q=pickering");
    assertTrue(browser.findElement(By.cssSelector(".facet")).isDisplayed(), "on a wide screen the facets stand open");
    assertFalse(browser.findElement(By.cssSelector("details.facet-fold > summary")).isDisplayed(),
        "and no control is needed to open them");
  }

  @Test
  void theKeyboardFindsTheSkipLinkFirstAndItLeadsToTheContent() throws Exception {
    viewport(1400, 900);
    open("/documents/C05787433");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("Skip to the content", focused.getText());
    assertTrue(focused.isDisplayed(), "the skip link shows when focused");
    String outline = focused.getCssValue("outline-style");
    assertFalse("none".equals(outline), "focus is visible: outline " + outline);
    focused.sendKeys(Keys.ENTER);
    assertEquals("content", browser.switchTo().activeElement().getAttribute("id"), "the main content takes the focus");
  }

  @Test
  void aRedactionBarIsAnnouncedWithItsCodesAndTheirMeaning() throws Exception {
    viewport(1400, 900);
    open("/documents/C05787433");
    List<WebElement> bars = browser.findElements(By.cssSelector(".text .bar"));
    String spoken = bars.stream()
        .map(b -> (String) browser.executeScript("return arguments[0].textContent", b))
        .filter(t -> t.contains("1.4(D)"))
        .findFirst().orElseThrow(() -> new AssertionError("no bar with 1.4(D)"));
    assertTrue(spoken.contains("withheld") && spoken.contains("foreign relations"), spoken);
  }

  @Test
  void aBodyReadsAsParagraphsAndTheTextAsReleasedIsOneToggleAway() throws Exception {
    viewport(390, 844);
    open("/documents/C05787433");
    String body = (String) browser.executeScript("return document.querySelector('#message-2 .text').textContent");
    assertTrue(body.contains("I would be grateful as always for your assistance"), body);
    assertTrue(body.contains("\n\nSincerely and all good wishes"), "paragraphs stay apart: " + body);
    WebElement original = browser.findElement(By.cssSelector("details.original"));
    original.findElement(By.tagName("summary")).click();
    assertTrue(original.findElement(By.tagName("pre")).getText().contains("I would\nbe grateful"),
        "the text as released keeps its line ends");
  }

  private static void viewport(int width, int height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
  }

  private static void open(String path) {
    browser.get("http://127.0.0.1:" + app.port() + path);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
        ((ChromeDriver) d).executeScript("return document.readyState")));
  }

  private static String href(String page, String selector) {
    open(page);
    String href = browser.findElement(By.cssSelector(selector)).getAttribute("href");
    return href.substring(href.indexOf('/', "http://".length()));
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations(String where) {
    browser.executeScript(axe);
    Object result = browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | ')"
            + " + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))))"
            + ".catch(e => done(['axe failed: ' + e]));",
        WCAG_A_AA);
    List<String> out = new ArrayList<>();
    for (String v : (List<String>) result) {
      out.add(where + ": " + v);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> tooWide(String where) {
    List<String> wide = (List<String>) browser.executeScript(
        "const w = document.documentElement.clientWidth;"
            + "if (document.documentElement.scrollWidth <= w) return [];"
            + "const out = [];"
            + "for (const e of document.querySelectorAll('body *')) {"
            + "  const r = e.getBoundingClientRect();"
            + "  if (r.right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
            + "    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right=' + Math.round(r.right));"
            + "}"
            + "return ['page ' + document.documentElement.scrollWidth + ' px wide in ' + w + ' px: ' + out.slice(0, 5).join(', ')];");
    List<String> out = new ArrayList<>();
    for (String w : wide) {
      out.add(where + ": " + w);
    }
    return out;
  }

  private static void fullPageScreenshot(String name, int width) throws Exception {
    long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
    viewport(width, (int) Math.min(height, 6000));
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }
}
