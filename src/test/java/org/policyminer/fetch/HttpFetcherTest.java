package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Fetched;

class HttpFetcherTest extends LoopbackFetchTest {

    private HttpFetcher fetcher(FetchOptions.Builder b) {
        return new HttpFetcher(b.politenessDelay(java.time.Duration.ZERO).build(), time.env());
    }

    private HttpFetcher fetcher() {
        return fetcher(FetchOptions.builder());
    }

    @Test
    void returnsRawBytesAndHeadersWithoutDecodingTheCharset() throws Exception {
        byte[] gbk = "<html><meta charset=gbk><p>工业和信息化部</p></html>".getBytes("GBK");
        server.route("/a.html", ex -> TestServer.send(ex, 200, "text/html; charset=GBK", gbk));
        Fetched f = fetcher().fetch(server.url("/a.html"));
        assertArrayEquals(gbk, f.body());
        assertEquals("text/html; charset=GBK", f.header("Content-Type").orElseThrow());
        assertEquals(server.url("/a.html"), f.url());
    }

    @Test
    void decodesGzipBodyAndDropsTheEncodingHeader() throws Exception {
        byte[] plain = "<p>集群</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(plain);
        }
        server.route("/gz", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bos.toByteArray());
        });
        Fetched f = fetcher().fetch(server.url("/gz"));
        assertArrayEquals(plain, f.body());
        assertFalse(f.header("Content-Encoding").isPresent());
        assertTrue(server.lastHeaders("/gz").getFirst("Accept-Encoding").contains("gzip"));
    }

    @Test
    void decodesZlibAndRawDeflateBodies() throws Exception {
        byte[] plain = "deflated page body ".repeat(50).getBytes(StandardCharsets.UTF_8);
        server.route("/zlib", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", deflate(plain, false));
        });
        server.route("/raw", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", deflate(plain, true));
        });
        assertArrayEquals(plain, fetcher().fetch(server.url("/zlib")).body());
        assertArrayEquals(plain, fetcher().fetch(server.url("/raw")).body());
    }

    private static byte[] deflate(byte[] plain, boolean raw) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(bos, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(plain);
        }
        return bos.toByteArray();
    }

    @Test
    void refusesBodyOverTheCapWhileStreamingWithoutContentLength() throws Exception {
        server.route("/big", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: the size is unknown until the end
            byte[] chunk = new byte[4096];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 64; i++) out.write(chunk);
            }
        });
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> fetcher(FetchOptions.builder().maxBytes(10_000)).fetch(server.url("/big")));
        assertEquals(10_000, e.limit());
        assertTrue(e.getMessage().contains(server.url("/big")));
    }

    @Test
    void capCountsDecompressedBytesSoASmallGzipBombIsRefused() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(new byte[2_000_000]);
        }
        assertTrue(bos.size() < 10_000);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bos.toByteArray());
        });
        assertThrows(TooLargeException.class,
                () -> fetcher(FetchOptions.builder().maxBytes(100_000)).fetch(server.url("/bomb")));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        server.redirect("/old", 301, "/mid");
        server.redirect("/mid", 302, server.url("/new.html"));
        server.html("/new.html", "<p>new</p>");
        Fetched f = fetcher().fetch(server.url("/old"));
        assertEquals(server.url("/new.html"), f.url());
        assertEquals("<p>new</p>", new String(f.body(), StandardCharsets.UTF_8));
    }

    @Test
    void givesUpAfterFiveRedirects() throws Exception {
        for (int i = 0; i < 6; i++) server.redirect("/r" + i, 302, "/r" + (i + 1));
        server.html("/r6", "end");
        TooManyRedirectsException e = assertThrows(TooManyRedirectsException.class, () -> fetcher().fetch(server.url("/r0")));
        assertTrue(e.getMessage().contains("/r0"));
        assertEquals(0, server.count("/r6"));
        server.redirect("/r1", 302, "/r6"); // five hops now: allowed
        assertEquals(server.url("/r6"), fetcher().fetch(server.url("/r1")).url());
    }

    @Test
    void refusesRedirectToANonHttpScheme() throws Exception {
        server.redirect("/evil", 302, "file:///etc/passwd");
        assertThrows(InvalidUrlException.class, () -> fetcher().fetch(server.url("/evil")));
    }

    @Test
    void refusesNonHttpUrls() {
        assertThrows(InvalidUrlException.class, () -> fetcher().fetch("ftp://example.com/a"));
        assertThrows(InvalidUrlException.class, () -> fetcher().fetch("not a url at all"));
    }

    @Test
    void reportsErrorStatusAsTypedException() throws Exception {
        server.status("/gone", 404);
        HttpStatusException e = assertThrows(HttpStatusException.class, () -> fetcher().fetch(server.url("/gone")));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().startsWith(server.url("/gone")));
        assertEquals(1, server.count("/gone"), "a 404 is not retried");
    }

    @Test
    void sendsUserAgentRefererAndExtraHeaders() throws Exception {
        server.html("/h", "ok");
        HttpFetcher f = fetcher(FetchOptions.builder().userAgent("TestBot/2.0").referer("http://ref.example/col/")
                .header("Accept-Language", "zh-CN"));
        f.fetch(server.url("/h"));
        var h = server.lastHeaders("/h");
        assertEquals("TestBot/2.0", h.getFirst("User-Agent"));
        assertEquals("http://ref.example/col/", h.getFirst("Referer"));
        assertEquals("zh-CN", h.getFirst("Accept-Language"));
        f.fetch(FetchRequest.named(server.url("/h")).withReferer("http://other/"));
        assertEquals("http://other/", server.lastHeaders("/h").getFirst("Referer"));
    }

    @Test
    void conditionalGetReturnsNotModifiedWhenTheEtagMatches() throws Exception {
        server.route("/col", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(inm)) TestServer.send(ex, 304, "text/html", new byte[0]);
            else TestServer.send(ex, 200, "text/html", "list".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher();
        FetchResult first = f.fetch(FetchRequest.named(server.url("/col")));
        FetchResult.Page page = assertInstanceOf(FetchResult.Page.class, first);
        String etag = page.page().header("ETag").orElseThrow();
        FetchResult second = f.fetch(FetchRequest.named(server.url("/col")).withValidators(etag, null));
        FetchResult.NotModified nm = assertInstanceOf(FetchResult.NotModified.class, second);
        assertEquals("\"v1\"", nm.header("etag").orElseThrow());
        assertEquals("\"v1\"", server.lastHeaders("/col").getFirst("If-None-Match"));
    }

    @Test
    void sendsIfModifiedSinceVerbatim() throws Exception {
        String lm = "Wed, 21 Oct 2025 07:28:00 GMT";
        server.route("/lm", ex -> TestServer.send(ex, lm.equals(ex.getRequestHeaders().getFirst("If-Modified-Since")) ? 304 : 200,
                "text/html", "x".getBytes(StandardCharsets.UTF_8)));
        assertInstanceOf(FetchResult.NotModified.class, fetcher().fetch(FetchRequest.named(server.url("/lm")).withValidators(null, lm)));
    }
}
