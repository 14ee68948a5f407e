package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Fetched;

class CrawlStateTest {
    @TempDir Path tmp;

    private Path dir() {
        return tmp.resolve("idx.crawl");
    }

    @Test
    void keepsTheStateBesideTheIndex() {
        assertEquals(tmp.resolve("index.crawl").toAbsolutePath(), CrawlState.dirFor(tmp.resolve("index")));
    }

    @Test
    void reopeningResumesPendingUrlsAndRemembersDoneOnes() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/"));
            s.enqueue(new CrawlEntry("http://a.example/b", false, 1, "http://a.example/"));
            s.enqueue(new CrawlEntry("http://a.example/c", false, 1, "http://a.example/"));
            assertEquals("http://a.example/", s.next().orElseThrow().url());
            s.done("http://a.example/", "list");
        }
        try (CrawlState s = CrawlState.open(dir())) {
            assertTrue(s.resumed());
            assertTrue(s.seen("http://a.example/"));
            assertFalse(s.enqueue(CrawlEntry.seed("http://a.example/")), "done URLs are not queued again");
            CrawlEntry b = s.next().orElseThrow();
            assertEquals(new CrawlEntry("http://a.example/b", false, 1, "http://a.example/"), b);
            assertEquals("http://a.example/c", s.next().orElseThrow().url());
            assertEquals(1, s.pagesFetched());
        }
    }

    @Test
    void handsBackASpooledPageAfterACrash() throws IOException {
        Fetched page = new Fetched("http://a.example/final", "正文".getBytes(StandardCharsets.UTF_8),
                Map.of("content-type", List.of("text/html; charset=utf-8")));
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/x"));
            s.fetched("http://a.example/x", page);
        }
        try (CrawlState s = CrawlState.open(dir())) {
            Fetched back = s.spooled("http://a.example/x").orElseThrow();
            assertEquals(page.url(), back.url());
            assertArrayEquals(page.body(), back.body());
            assertEquals("text/html; charset=utf-8", back.header("Content-Type").orElseThrow());
            s.done("http://a.example/x", "article");
            assertTrue(s.spooled("http://a.example/x").isEmpty());
        }
        try (var files = Files.list(dir().resolve("spool"))) {
            assertEquals(0, files.count(), "the spool is emptied once a page is done");
        }
    }

    @Test
    void offersSpooledPagesFirstOnResume() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/1"));
            s.enqueue(CrawlEntry.seed("http://a.example/2"));
            s.fetched("http://a.example/2", new Fetched("http://a.example/2", new byte[] {1}, Map.of()));
        }
        try (CrawlState s = CrawlState.open(dir())) {
            assertEquals("http://a.example/2", s.next().orElseThrow().url());
            assertEquals("http://a.example/1", s.next().orElseThrow().url());
        }
    }

    @Test
    void ignoresATornLastLine() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/"));
            s.sync();
        }
        Files.writeString(dir().resolve(CrawlState.JOURNAL), "D\thttp://a.exa", StandardOpenOption.APPEND);
        try (CrawlState s = CrawlState.open(dir())) {
            assertEquals("http://a.example/", s.next().orElseThrow().url());
        }
    }

    @Test
    void compactsTheJournalOnOpen() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            for (int i = 0; i < 50; i++) s.enqueue(CrawlEntry.seed("http://a.example/" + i));
            for (int i = 0; i < 50; i++) s.done("http://a.example/" + i, "list");
        }
        long before = Files.readAllLines(dir().resolve(CrawlState.JOURNAL)).size();
        try (CrawlState s = CrawlState.open(dir())) {
            assertEquals(50, s.pagesFetched());
        }
        long after = Files.readAllLines(dir().resolve(CrawlState.JOURNAL)).size();
        assertEquals(100, before);
        assertEquals(50, after);
    }

    @Test
    void aFinishedCrawlIsForgottenOnOpen() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/"));
            s.done("http://a.example/", "list");
            s.finish();
        }
        try (CrawlState s = CrawlState.open(dir())) {
            assertFalse(s.resumed());
            assertFalse(s.seen("http://a.example/"));
            assertEquals(0, s.pagesFetched());
        }
    }

    @Test
    void restartDiscardsAnUnfinishedCrawl() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            s.enqueue(CrawlEntry.seed("http://a.example/"));
        }
        try (CrawlState s = CrawlState.open(dir(), true)) {
            assertTrue(s.next().isEmpty());
        }
    }

    @Test
    void twoCrawlsCannotShareOneState() throws IOException {
        try (CrawlState s = CrawlState.open(dir())) {
            IOException e = assertThrows(IOException.class, () -> CrawlState.open(dir()));
            assertTrue(e.getMessage().contains("another crawl"));
        }
    }
}
