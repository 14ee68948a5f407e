package org.policyminer.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.policyminer.doc.Fetched;

/**
 * A fetched page parsed for crawling: links and layout only. The article text is the extractor's business; here
 * Jsoup's own charset sniffing (header charset, else BOM or meta, else UTF-8) is good enough, because links and
 * the text-versus-link balance survive a wrong guess between GBK and UTF-8.
 */
final class HtmlPage {
    private HtmlPage() {}

    /** Whether the response is HTML (by Content-Type, else by a first '<'). */
    static boolean isHtml(Fetched f) {
        Optional<String> type = f.header("Content-Type");
        if (type.isPresent()) {
            String t = type.get().toLowerCase(Locale.ROOT);
            return t.contains("html");
        }
        for (byte b : f.body()) {
            if (b == '<') return true;
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) return false;
        }
        return false;
    }

    static Document parse(Fetched f) {
        String charset = f.header("Content-Type").map(HtmlPage::charsetOf).orElse(null);
        try {
            return Jsoup.parse(new ByteArrayInputStream(f.body()), charset, f.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory bytes: only an unknown charset name gets here
        } catch (IllegalArgumentException e) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(f.body()), null, f.url());
            } catch (IOException e2) {
                throw new UncheckedIOException(e2);
            }
        }
    }

    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                if (cs.isEmpty()) return null;
                // gb2312 labels carry GBK text in practice; GB18030 is the superset of both.
                if (cs.equalsIgnoreCase("gb2312") || cs.equalsIgnoreCase("gbk")) return "GB18030";
                return java.nio.charset.Charset.isSupported(cs) ? cs : null;
            }
        }
        return null;
    }
}
