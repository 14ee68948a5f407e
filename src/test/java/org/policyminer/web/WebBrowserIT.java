package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.PolicyDoc;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real headless Chromium against a real server and index: search in traditional script, facets,
 * marked entities, the targets table and its export, and a hostile page that must render as text.
 * Screenshots of the main pages land in target/screenshots/ for review.
 */
class WebBrowserIT {
    @TempDir static Path dir;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.installed()) {
            // Said once in the build log; each test is then reported as skipped with the same message.
            System.err.println("WebBrowserIT: " + Browser.MISSING);
            return;
        }
        server = TestServer.start(dir.resolve("index"));
        browser = Browser.start();
    }

    @BeforeEach
    void needsBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    /** No page may trip the Content-Security-Policy or throw: that would mean inline code or a broken script. */
    @AfterEach
    void consoleIsClean() {
        if (browser == null) return;
        List<String> bad = new ArrayList<>();
        for (String m : browser.console()) {
            if (m.contains("favicon")) continue;
            if (m.contains("Content Security Policy") || m.contains("Uncaught") || m.contains("TypeError")) bad.add(m);
        }
        assertEquals(List.of(), bad);
    }

    static String url(String path) {
        return server.uri(path).toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    @Test
    void searchInTraditionalScriptShowsHighlightedSimplifiedSnippets() throws Exception {
        browser.open(url("/"));
        WebElement q = one("#q");
        q.sendKeys("集成電路");
        one("#search-form button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q="));
        browser.waitRendered();
        assertEquals("ready", browser.state());
        assertTrue(one("#summary").getText().startsWith("16 "), one("#summary").getText());
        assertEquals(10, all("#hits > li.hit").size());
        List<WebElement> marks = all("#hits .snippet em");
        assertFalse(marks.isEmpty());
        for (WebElement em : marks) assertEquals("集成电路", em.getText());
        assertEquals("集成電路", one("#q").getAttribute("value"), "the query box keeps what was typed");
        assertTrue(all("#pager a[rel=next]").size() == 1);
        browser.screenshot("search");
    }

    @Test
    void clickingAFacetFiltersTheResults() throws Exception {
        browser.open(url("/?q=" + enc("集成电路")));
        WebElement shanghai = one("#facets a.facet-link[data-dim=city][data-value='上海市']");
        shanghai.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("city="));
        browser.waitRendered();
        List<WebElement> hits = all("#hits > li.hit");
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).getText().contains("先进制造业集群"), hits.get(0).getText());
        assertTrue(one("#facets a.facet-link.active[data-dim=city]").getText().contains("上海市"));
        assertEquals(1, all("#active-filters a.chip").size(), "the active filter shows as a removable chip");
        one("#active-filters a.chip").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("city="));
        browser.waitRendered();
        assertEquals(10, all("#hits > li.hit").size());
    }

    @Test
    void articlePageMarksEntitiesInEitherScript() throws Exception {
        browser.open(url("/articles/" + TestCorpus.seedId()));
        assertEquals("ready", browser.state());
        assertEquals("“十四五”先进制造业集群发展蓝图酝酿待出", one("#title").getText());
        assertEquals(2, all("#body .ent-cluster").size());
        assertEquals(List.of("4000亿元", "2800亿元"), all("#body .ent-amount").stream().map(WebElement::getText).toList());
        // 上海 and 南京市 sit inside cluster names; 无锡 stands alone.
        assertEquals(List.of("上海", "南京市", "无锡"), all("#body .ent-city").stream().map(WebElement::getText).toList());
        assertEquals(2, all("#body .ent-cluster .ent-city").size(), "cities nest inside their cluster marks");
        assertEquals("/clusters/" + enc(TestCorpus.IC).replace("+", "%20"),
                one("#body a.ent-cluster").getAttribute("href").replaceFirst("^http://[^/]+", ""));
        assertTrue(one("#removed-list").getText().contains("主站蜘蛛池模板"));
        browser.screenshot("article");

        one("#script-toggle").click();
        assertEquals("original", one("body").getAttribute("data-script"));
        assertTrue(one("#body").getText().contains("上海集成電路集群"), one("#body").getText());
        assertEquals(List.of("4000億元", "2800億元"), all("#body .ent-amount").stream().map(WebElement::getText).toList());
        assertEquals("“十四五”先進製造業集群發展藍圖醞釀待出", one("#title").getText());
    }

    @Test
    void targetsTableSortsByAmountAndYear() throws Exception {
        browser.open(url("/targets"));
        assertEquals(5, all("#targets tbody tr").size());
        one("#targets th[data-key=value] button").click();
        assertEquals("ascending", one("#targets th[data-key=value]").getAttribute("aria-sort"));
        assertEquals(List.of(5.0e9, 2.0e11, 2.8e11, 3.0e11, 4.0e11), values());
        one("#targets th[data-key=value] button").click();
        assertEquals("descending", one("#targets th[data-key=value]").getAttribute("aria-sort"));
        assertEquals(List.of(4.0e11, 3.0e11, 2.8e11, 2.0e11, 5.0e9), values());
        one("#targets th[data-key=year] button").click();
        List<String> years = all("#targets tbody tr").stream().map(r -> r.getAttribute("data-year")).toList();
        assertEquals(List.of("2019", "2022", "2025", "2027", ""), years, "figures without a year sort last");
        assertEquals(4, all("#chart svg .bar").size(), "one bar per year");
        one("#chart-by-city").click();
        assertEquals(List.of("深圳市", "广州市", "南京市", "上海市"), all("#chart svg .bar .bar-label").stream().map(WebElement::getText).toList(),
                "one bar per city, most figures first, ties in pinyin order");
        one("#chart-by-year").click();
        browser.screenshot("targets");
        one("#quick-filter").sendKeys("南京");
        assertEquals(1, all("#targets tbody tr").size());
    }

    private List<Double> values() {
        return all("#targets tbody tr").stream().map(r -> Double.parseDouble(r.getAttribute("data-value"))).toList();
    }

    @Test
    void targetsExportDownloadsCsv() throws Exception {
        browser.open(url("/targets?kind=target"));
        assertEquals(2, all("#targets tbody tr").size());
        String href = one("#export-csv").getAttribute("href");
        assertTrue(href.contains("format=csv") && href.contains("kind=target"), href);
        one("#export-csv").click();
        Path file = browser.downloads.resolve("targets.csv");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> Files.exists(file) && !Files.exists(browser.downloads.resolve("targets.csv.crdownload")));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("docId,published,title,subject,cities"), lines.get(0));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("4000亿元")), lines.toString());
    }

    @Test
    void hostilePageRendersAsText() throws Exception {
        browser.open(url("/articles/" + TestCorpus.xssId()));
        assertEquals("ready", browser.state());
        assertEquals(TestCorpus.XSS_TITLE, one("#title").getText());
        assertTrue(one("#body").getText().contains("<img src=x onerror=alert(1)>"), one("#body").getText());
        assertEquals(0, all("#article img, #article script, #article b, #meta i").size());
        assertTrue(one("#removed-list").getText().contains("<script>alert(2)</script>"));
        assertTrue(one("#meta").getText().contains("<i>evil</i>"));
        assertNoAlert();

        browser.open(url("/?q=" + enc("集成电路")));
        WebElement hit = one("#hits li.hit[data-id='" + TestCorpus.xssId() + "']");
        assertEquals(TestCorpus.XSS_TITLE, hit.findElement(By.cssSelector("h3")).getText());
        assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains("<img src=x onerror=alert(1)> 集成电路产业 \"quoted\" & <b>bold</b>"),
                hit.getText());
        assertEquals(List.of("集成电路"), hit.findElements(By.cssSelector(".snippet em")).stream().map(WebElement::getText).toList());
        assertEquals(0, all("#hits img, #hits script, #hits b, #facets i").size());
        assertNoAlert();
        Object pwned = ((JavascriptExecutor) browser.driver).executeScript("return document.querySelectorAll('[onerror]').length");
        assertEquals(0L, pwned);
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
    }

    @Test
    void clusterPageShowsCitiesFiguresOverTimeAndArticles() throws Exception {
        browser.open(url("/clusters/" + enc(TestCorpus.MEDICAL).replace("+", "%20")));
        assertEquals("ready", browser.state());
        assertEquals(TestCorpus.MEDICAL, one("#name").getText());
        assertEquals(List.of("深圳市", "广州市"), all("#cities a").stream().map(WebElement::getText).toList());
        assertEquals(2, all("#chart svg .bar").size());
        assertEquals(2, all("#figures tbody tr").size());
        assertEquals(1, all("#articles li").size());
        browser.screenshot("cluster");
    }

    @Test
    void aRepealedDocumentLinksToTheDocumentThatRepealsIt() throws Exception {
        browser.open(url("/articles/" + PolicyDoc.idFor(TestCorpus.OLD_RULE_URL)));
        assertEquals("ready", browser.state());
        assertTrue(one("#document-fields").getText().contains("国办发〔2016〕82号"), one("#document-fields").getText());
        WebElement repealer = one("#repealed-by-list a.doc-link");
        assertTrue(repealer.getText().contains("国办发〔2022〕9号"), repealer.getText());
        repealer.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(PolicyDoc.idFor(TestCorpus.NEW_RULE_URL)));
        browser.waitRendered();
        WebElement cited = one("#cites-list li");
        assertTrue(cited.getText().contains("repeals") && cited.getText().contains("国办发〔2016〕82号"), cited.getText());
        assertEquals(1, all("#cites-list a.doc-link").size(), "the repealed document is indexed: its citation is a link");
    }

    @Test
    void unknownClusterAndArticleSayNotFound() {
        browser.open(url("/clusters/" + enc("没有这个集群")));
        assertEquals("error", browser.state());
        assertTrue(one("#facts").getText().contains("no article mentions the cluster"));
        browser.open(url("/articles/0123456789abcdef"));
        assertEquals("error", browser.state());
        assertTrue(one("#title").getText().contains("Not found"));
    }

    @Test
    void latestPageListsNewestFirst() throws Exception {
        browser.open(url("/latest"));
        List<WebElement> items = all("#latest li.hit");
        assertTrue(items.size() >= TestCorpus.docs().size());
        assertEquals("深圳推进高端医疗器械集群建设", items.get(0).findElement(By.cssSelector("h3")).getText());
        browser.screenshot("latest");
    }

    @Test
    void aHitFoundThroughAnAttachmentNamesItAndTheArticlePageMarksIt() throws Exception {
        browser.open(url("/?q=" + enc(TestCorpus.ONLY_IN_ATTACHMENT)));
        assertEquals("ready", browser.state());
        WebElement found = one("#hits > li.hit .matched-attachment");
        assertTrue(found.getText().contains("示范企业名单.xlsx") && found.getText().contains(TestCorpus.ONLY_IN_ATTACHMENT + "有限公司"), found.getText());
        one("#hits > li.hit .matched-attachment a.attachment-link").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("#attachment="));
        browser.waitRendered();
        assertTrue(browser.driver.getCurrentUrl().contains(PolicyDoc.idFor(TestCorpus.LIST_URL)), browser.driver.getCurrentUrl());
        assertEquals(2, all("#attachment-list li.attachment").size());
        WebElement marked = one("#attachment-list li.matched");
        assertTrue(marked.getText().contains("示范企业名单.xlsx") && marked.getText().contains("3 行"), marked.getText());
        assertEquals(TestCorpus.LIST_XLSX, one("#attachment-list li.matched a.attachment-link").getAttribute("href"));
        assertTrue(one("#attachment-list .attachment-error").getText().contains("encrypted PDF"), "a broken attachment shows its error");
        browser.screenshot("attachments");
    }
}
