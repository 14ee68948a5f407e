package org.policyminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.Removal;
import org.policyminer.extract.ArticleExtractor;
import org.policyminer.util.Json;

/**
 * The precision side of the inline-advert check: real lines that look like adverts and are not (a lottery
 * organisation's news, a police anti-fraud report, a bank's notice …), each put into a real page's body, and how many
 * the extractor removes. {@link ExtractSpamInjector} asks how many adverts survive; this asks how many clean lines do
 * not. Each line goes into two pages, as a paragraph of its own after a body paragraph and as a {@code <br>} line at
 * the end of one (the two places the injector puts an advert), so a line is judged against the topics of two real
 * pages. No other spam is added: a removed line was removed for itself. Seeded and deterministic.
 */
public final class CleanLinePlacement {
    /**
     * How one line fared: removed from the paragraph-of-its-own page, from the appended-line page, the bodies kept, and
     * why, as the extractor reported it ({@link Removal.Reason} labels of the removals that hold the line's text, or
     * "not-in-body" when none does: the line was left outside the article's block, not judged spam).
     */
    public record LineResult(String line, boolean removedOwn, boolean removedAppended, String keptOwn, String keptAppended,
                             String why) {
        public boolean removed() {
            return removedOwn || removedAppended;
        }
    }

    /** Lines placed, lines removed in either place, and every line's result (in file order). */
    public record Report(int lines, int removed, int removedOwn, int removedAppended, List<LineResult> results) {}

    private final long seed;
    private final ScriptConverter converter = new ScriptConverter();

    public CleanLinePlacement(long seed) {
        this.seed = seed;
    }

    /**
     * Reads a clean-lines file: JSON Lines with the line in {@code text} (or {@code line}), or plain text, one line
     * each; {@code #} comments and blank lines skipped.
     */
    public static List<String> readLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (s.startsWith("{")) {
                JsonNode n = Json.MAPPER.readTree(s);
                String t = n.hasNonNull("text") ? n.get("text").asText() : n.path("line").asText("");
                if (!t.isBlank()) out.add(t.strip());
            } else {
                out.add(s);
            }
        }
        if (out.isEmpty()) throw new IOException(file + ": no lines");
        return out;
    }

    /** Places every line in two of {@code hosts}' bodies (pages chosen in turn) and extracts each page. */
    public Report run(List<String> lines, List<ExtractCase> hosts, ArticleExtractor extractor) {
        List<Host> usable = new ArrayList<>();
        for (ExtractCase c : hosts) {
            Host h = Host.of(c, extractor);
            if (h != null) usable.add(h);
        }
        if (usable.isEmpty()) throw new IllegalArgumentException("no page of the dataset has a body to place a line in");
        Random random = new Random(seed);
        List<LineResult> results = new ArrayList<>();
        int removed = 0, removedOwn = 0, removedAppended = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Article ownPage = place(line, usable.get((2 * i) % usable.size()), true, new Random(random.nextLong()), extractor);
            Article appendedPage = place(line, usable.get((2 * i + 1) % usable.size()), false, new Random(random.nextLong()), extractor);
            String keptOwn = ownPage.text(), keptAppended = appendedPage.text();
            boolean own = !whole(line, keptOwn), appended = !whole(line, keptAppended);
            java.util.Set<String> why = new java.util.TreeSet<>();
            if (own) why.add(why(line, ownPage));
            if (appended) why.add(why(line, appendedPage));
            if (own) removedOwn++;
            if (appended) removedAppended++;
            if (own || appended) removed++;
            results.add(new LineResult(line, own, appended, keptOwn, keptAppended, String.join("+", why)));
        }
        return new Report(lines.size(), removed, removedOwn, removedAppended, results);
    }

    /** The line is kept whole: its text, white space aside, is in the body (both read in simplified script). */
    boolean whole(String line, String body) {
        return squash(converter.toSimplified(body)).contains(squash(converter.toSimplified(line)));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** The reasons of the page's removals that hold part of the line; "not-in-body" when none does. */
    private String why(String line, Article page) {
        String l = squash(converter.toSimplified(line));
        java.util.Set<String> reasons = new java.util.TreeSet<>();
        for (Removal r : page.removed()) {
            String sample = squash(converter.toSimplified(r.sample()));
            if (sample.length() >= 6 && (l.contains(sample) || sample.contains(l.substring(0, Math.min(l.length(), 12))))) {
                reasons.add(r.reason().label());
            }
        }
        return reasons.isEmpty() ? "not-in-body" : String.join("+", reasons);
    }

    /** The article of {@code host} with {@code line} placed in it (an empty one when the page fails). */
    private static Article place(String line, Host host, boolean ownParagraph, Random r, ArticleExtractor extractor) {
        Document doc = host.document();
        List<Element> anchors = ExtractSpamInjector.bodyAnchors(doc, host.gold());
        Element at = anchors.get(r.nextInt(anchors.size()));
        if (ownParagraph) {
            at.after(new Element(at.normalName().equals("p") ? "p" : "div").text(line));
        } else {
            at.appendElement("br");
            at.appendText(line);
        }
        Fetched page = new Fetched(host.url(), ExtractSpamInjector.utf8Bytes(doc), java.util.Map.of());
        try {
            return extractor.extract(page);
        } catch (Exception e) {
            return new Article("", null, null, List.of(), null, List.of());
        }
    }

    /** A page a line can go into: its HTML as the extractor decoded it and the body it has without the line. */
    private record Host(String url, String html, String gold) {
        static Host of(ExtractCase c, ArticleExtractor extractor) {
            try {
                Article clean = extractor.extract(c.page());
                String gold = c.goldText() != null ? c.goldText() : clean.text();
                Host h = new Host(c.page().url(), ExtractSpamInjector.decode(c, clean), gold);
                return ExtractSpamInjector.bodyAnchors(h.document(), gold).isEmpty() ? null : h;
            } catch (Exception e) {
                return null; // a page the clean extractor refuses holds no line
            }
        }

        Document document() {
            return Jsoup.parse(html, url);
        }
    }
}
