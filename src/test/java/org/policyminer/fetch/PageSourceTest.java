package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Fetched;

class PageSourceTest {
    @TempDir Path tmp;

    @Test
    void loadsAFileAsItsFileUriOrAMappedSiteUrl() throws Exception {
        Path f = Files.writeString(tmp.resolve("a.html"), "<p>正文</p>", StandardCharsets.UTF_8);
        PageSource src = new PageSource(url -> { throw new AssertionError("no network for files"); });
        Fetched page = src.load(f.toString(), null);
        assertTrue(page.url().startsWith("file:"));
        assertArrayEquals(Files.readAllBytes(f), page.body());
        assertEquals("https://www.miit.gov.cn/x/a.html", src.load(f.toString(), PageSource.mappedUrl(tmp, f, "https://www.miit.gov.cn/x")).url());
    }

    @Test
    void expandsDirectoriesToTheirHtmlFilesInOrder() throws Exception {
        Files.createDirectories(tmp.resolve("d/sub"));
        Files.writeString(tmp.resolve("d/b.htm"), "b");
        Files.writeString(tmp.resolve("d/sub/a.shtml"), "a");
        Files.writeString(tmp.resolve("d/notes.txt"), "x");
        List<String> in = PageSource.expand(List.of(tmp.resolve("d").toString(), "http://a.example/"));
        assertEquals(List.of(tmp.resolve("d/b.htm").toString(), tmp.resolve("d/sub/a.shtml").toString(), "http://a.example/"), in);
    }

    @Test
    void fetchesUrlsThroughTheFetcherWithTheirHostTrusted() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.html("/p.html", "page");
            FakeTime time = new FakeTime();
            PageSource src = new PageSource(new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env()));
            assertEquals(server.url("/p.html"), src.load(server.url("/p.html"), null).url());
        }
    }

    @Test
    void aMissingFileIsAFetchExceptionNamingIt() {
        PageSource src = new PageSource(url -> { throw new AssertionError(); });
        FetchException e = assertThrows(FetchException.class, () -> src.load(tmp.resolve("nope.html").toString(), null));
        assertTrue(e.getMessage().contains("nope.html"));
    }
}
