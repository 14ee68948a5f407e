package org.policyminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.policyminer.doc.Citation;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.stage.Pipeline;
import org.policyminer.util.Json;

/**
 * Scores the document record ({@link PolicyDocument}) against gold files ({@code <page>.gold.json} beside
 * {@code <page>.html}): accuracy of each field the gold gives (a field absent from a gold is not scored on that page),
 * F1 of the cited documents' numbers, and the relation accuracy of the numbers found. Pages run through extract →
 * convert → document, as {@code extract} runs them.
 *
 * <p>Gold fields: isDocument, number, issuers (as a set), written, published (the article's date, its day), type, title,
 * indexNumber, topic, validity, addressees, enclosedTitle, enclosedType, attachments ([{label, name, type}]), cites ([{title, number,
 * relation}]); {@code page} names the page when it is not beside the gold.
 */
public final class DocumentsEvaluation {
    private DocumentsEvaluation() {}

    public static final List<String> FIELDS = List.of("isDocument", "number", "issuers", "written", "published", "type", "title", "indexNumber",
            "topic", "validity", "addressees", "enclosedTitle", "enclosedType", "attachments");

    /** One set's scores: pages, per-field accuracy, cited numbers P/R/F1, relation accuracy, extraction errors, misses. */
    public record Report(String set, int pages, Map<String, Accuracy> fields, Prf citedNumbers, Accuracy relations, int errors,
                         List<String> misses) {}

    /** The variants of a policy-document page, as the dev and test sets hold them (issue 19's three). */
    public static final List<String> VARIANTS = List.of("crawled", "repost", "repost-hant");

    /** Scores every page under {@code dir} that has a gold (pages without one are skipped). */
    public static Report evaluate(String set, Path dir, Pipeline pipeline) throws IOException {
        return evaluate(set, dir, null, pipeline);
    }

    /**
     * Scores the pages of one variant ({@code <page>.<variant>.gold.json}), or every page when {@code variant} is null.
     */
    public static Report evaluate(String set, Path dir, String variant, Pipeline pipeline) throws IOException {
        List<Path> golds;
        String suffix = variant == null ? ".gold.json" : "." + variant + ".gold.json";
        try (Stream<Path> s = Files.walk(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
        Map<String, Accuracy> fields = new LinkedHashMap<>();
        for (String f : FIELDS) fields.put(f, Accuracy.ZERO);
        Prf cited = Prf.ZERO;
        Accuracy relations = Accuracy.ZERO;
        int errors = 0, pages = 0;
        List<String> misses = new ArrayList<>();
        for (Path gold : golds) {
            String name = gold.getFileName().toString();
            JsonNode g = Json.MAPPER.readTree(gold.toFile());
            // a gold beside its page, or naming a page elsewhere (the corpus pages' document gold)
            Path page = g.has("page") ? Path.of(g.get("page").asText())
                    : gold.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".html");
            if (!Files.exists(page)) {
                errors++;
                misses.add(gold + " names a page that is not there: " + page);
                continue;
            }
            String url = g.path("url").asText("file://" + page.toAbsolutePath());
            String id = g.has("page") ? page.toString() : dir.relativize(page).toString();
            pages++;
            PolicyDoc doc;
            try {
                doc = pipeline.run(PolicyDoc.of(url, new Fetched(url, Files.readAllBytes(page), Map.of())));
            } catch (Exception e) {
                errors++;
                misses.add(id + " error " + e.getMessage());
                continue;
            }
            PolicyDocument d = doc.document() == null ? PolicyDocument.NONE : doc.document();
            Map<String, Object> got = values(d, doc.article().published());
            for (String f : FIELDS) {
                if (!g.has(f)) continue;
                Object want = Json.MAPPER.convertValue(g.get(f), Object.class);
                Object have = got.get(f);
                boolean ok = f.equals("issuers") ? Objects.equals(asSet(want), asSet(have)) : Objects.equals(want, have);
                fields.put(f, fields.get(f).plus(ok));
                if (!ok) misses.add(id + " " + f + " want " + want + " got " + have);
            }
            if (g.has("cites")) {
                Map<String, String> want = new LinkedHashMap<>();
                for (JsonNode c : g.get("cites")) if (c.hasNonNull("number")) want.put(c.get("number").asText(), c.path("relation").asText());
                Map<String, String> have = new LinkedHashMap<>();
                for (Citation c : d.cites()) if (c.number() != null) have.put(c.number(), c.relation().label());
                cited = cited.plus(Prf.ofSets(want.keySet(), have.keySet(), id + " cites", misses));
                for (Map.Entry<String, String> w : want.entrySet()) {
                    if (!have.containsKey(w.getKey())) continue;
                    boolean ok = w.getValue().equals(have.get(w.getKey()));
                    relations = relations.plus(ok);
                    if (!ok) misses.add(id + " relation of " + w.getKey() + " want " + w.getValue() + " got " + have.get(w.getKey()));
                }
            }
        }
        return new Report(set, pages, fields, cited, relations, errors, misses);
    }

    private static Map<String, Object> values(PolicyDocument d, String published) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("isDocument", d.isDocument());
        m.put("number", d.number());
        m.put("issuers", d.issuers());
        m.put("written", d.written());
        m.put("published", published == null || published.length() < 10 ? published : published.substring(0, 10));
        m.put("type", d.type());
        m.put("title", d.title());
        m.put("indexNumber", d.indexNumber());
        m.put("topic", d.topic());
        m.put("validity", d.validity());
        m.put("addressees", d.addressees());
        m.put("enclosedTitle", d.enclosedTitle());
        m.put("enclosedType", d.enclosedType());
        // attachments are scored by label, name and type (the URL depends on where the page was read from)
        m.put("attachments", d.attachments().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", a.label());
            x.put("name", a.name());
            x.put("type", a.type());
            return (Object) x;
        }).toList());
        return m;
    }

    private static Set<Object> asSet(Object o) {
        return o instanceof List<?> l ? new HashSet<>(l) : o == null ? Set.of() : Set.of(o);
    }
}
