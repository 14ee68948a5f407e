package org.policyminer.eval;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.policyminer.doc.Fetched;

/**
 * Reads the evaluation datasets of ../shared/datasets (each described in its README) and the project corpus layout
 * into {@link ExtractCase}s. The layout is recognised from the files in the folder:
 * <ul>
 * <li>{@code zh-cwced}: {@code original/<id>.html} (raw bytes), {@code cleaned/<id>.txt}, {@code date/<id>.txt};</li>
 * <li>{@code scrapinghub-aeb}: {@code ground-truth.json} + {@code html/<id>.html.gz};</li>
 * <li>{@code trafilatura-eval-zh}: {@code evaldata*.json} + {@code html/} (with/without segments, title, date);</li>
 * <li>{@code readability-testpages-zh}: {@code <case>/source.html} + {@code expected.html} (Readability's own output,
 *     a regression reference, not human gold; its titles keep site suffixes, so no title gold is taken);</li>
 * <li>project corpus: {@code <name>.html} + {@code <name>.gold.json} anywhere below the folder.</li>
 * </ul>
 */
public final class ExtractDatasets {
    private static final Pattern WRAPPER_URL = Pattern.compile("^\\s*<text\\s+id=\"([^\"]+)\"");

    private ExtractDatasets() {}

    public static String layout(Path dir) throws IOException {
        if (Files.isDirectory(dir.resolve("original")) && Files.isDirectory(dir.resolve("cleaned"))) return "zh-cwced";
        if (Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"))) return "scrapinghub-aeb";
        if (Files.isDirectory(dir.resolve("html")) && evaldata(dir) != null) return "trafilatura-eval";
        try (Stream<Path> s = Files.list(dir)) {
            if (s.anyMatch(p -> Files.isRegularFile(p.resolve("source.html")))) return "readability-testpages";
        }
        try (Stream<Path> s = Files.walk(dir)) {
            if (s.anyMatch(p -> p.getFileName().toString().endsWith(".gold.json"))) return "corpus";
        }
        throw new IOException(dir + ": not a known dataset layout (zh-cwced, scrapinghub-aeb, trafilatura-eval, readability-testpages, corpus)");
    }

    public static List<ExtractCase> load(Path dir) throws IOException {
        return switch (layout(dir)) {
            case "zh-cwced" -> cwced(dir);
            case "scrapinghub-aeb" -> aeb(dir);
            case "trafilatura-eval" -> trafilatura(dir);
            case "readability-testpages" -> readability(dir);
            default -> corpus(dir);
        };
    }

    private static Path evaldata(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("evaldata.*\\.json")).findFirst().orElse(null);
        }
    }

    static List<ExtractCase> cwced(Path dir) throws IOException {
        List<ExtractCase> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("original"))) {
            for (Path html : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String id = html.getFileName().toString().replaceFirst("\\.html$", "");
                byte[] bytes = Files.readAllBytes(html);
                String head = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.ISO_8859_1);
                Matcher m = WRAPPER_URL.matcher(head);
                String url = m.find() ? m.group(1) : html.toUri().toString();
                String gold = readIfExists(dir.resolve("cleaned").resolve(id + ".txt"));
                String date = readIfExists(dir.resolve("date").resolve(id + ".txt"));
                out.add(new ExtractCase(id, new Fetched(url, bytes, Map.of()), gold, null,
                        date == null ? null : date.strip(), null, null, null));
            }
        }
        return out;
    }

    static List<ExtractCase> aeb(Path dir) throws IOException {
        JsonNode truth = Json.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
        List<ExtractCase> out = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        for (String id : ids) {
            JsonNode g = truth.get(id);
            Path gz = dir.resolve("html").resolve(id + ".html.gz");
            Path plain = dir.resolve("html").resolve(id + ".html");
            byte[] bytes;
            if (Files.exists(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    bytes = in.readAllBytes();
                }
            } else if (Files.exists(plain)) {
                bytes = Files.readAllBytes(plain);
            } else {
                continue;
            }
            String url = g.path("url").asText(plain.toUri().toString());
            // The pages were re-encoded to UTF-8 when captured (README), whatever their meta says.
            out.add(new ExtractCase(id, new Fetched(url, bytes, Map.of("Content-Type", List.of("text/html; charset=utf-8"))),
                    g.path("articleBody").asText(""), null, null, null, null, null));
        }
        return out;
    }

    static List<ExtractCase> trafilatura(Path dir) throws IOException {
        JsonNode data = Json.MAPPER.readTree(evaldata(dir).toFile());
        List<ExtractCase> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode g = e.getValue();
            Path html = dir.resolve("html").resolve(g.path("file").asText());
            if (!Files.exists(html)) continue;
            out.add(new ExtractCase(g.path("file").asText(), new Fetched(e.getKey(), Files.readAllBytes(html), Map.of()), null,
                    textOrNull(g.get("title")), textOrNull(g.get("date")), strings(g.get("with")), strings(g.get("without")), null));
        }
        return out;
    }

    static List<ExtractCase> readability(Path dir) throws IOException {
        List<ExtractCase> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path c : s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList()) {
                String expected = readIfExists(c.resolve("expected.html"));
                String gold = expected == null ? null : htmlText(expected);
                out.add(new ExtractCase(c.getFileName().toString(),
                        new Fetched(c.resolve("source.html").toUri().toString(), Files.readAllBytes(c.resolve("source.html")), Map.of()),
                        gold, null, null, null, null, null));
            }
        }
        return out;
    }

    static List<ExtractCase> corpus(Path dir) throws IOException {
        List<ExtractCase> out = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.walk(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gp : golds) {
            String name = gp.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path html = null;
            for (String ext : List.of(".html", ".htm", ".shtml")) {
                Path p = gp.resolveSibling(name + ext);
                if (Files.exists(p)) html = p;
            }
            if (html == null) continue;
            JsonNode g = Json.MAPPER.readTree(gp.toFile());
            String gold = null;
            if (g.has("paragraphs")) gold = String.join("\n", strings(g.get("paragraphs")));
            else if (g.has("text")) gold = g.get("text").asText();
            String url = g.hasNonNull("url") ? g.get("url").asText() : html.toUri().toString();
            String id = dir.relativize(html).toString();
            out.add(new ExtractCase(id, new Fetched(url, Files.readAllBytes(html), Map.of()), gold, textOrNull(g.get("title")),
                    textOrNull(g.get("published")), null, null, strings(g.get("spam"))));
        }
        return out;
    }

    /** Readability's expected output as plain text; newlines do not matter to the token metric. */
    private static String htmlText(String html) {
        return Jsoup.parse(html).body().text();
    }

    private static String readIfExists(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
