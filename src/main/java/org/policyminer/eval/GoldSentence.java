package org.policyminer.eval;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-annotated sentence of a gold set: {@code corpora/entities/gold.jsonl} (written by the team) or the real-text
 * sets under {@code corpora/entities/real/}, which add {@code script} (simplified, traditional, mixed) and the amount
 * field {@code period} (H1, Q1-Q3, M01-M09). {@code script} is null where the line does not say; {@code url} and
 * {@code host} (the page the line was read from) are null in the written set.
 */
public record GoldSentence(String id, String text, LocalDate published, List<GoldCluster> clusters, List<String> cities,
                           List<GoldAmount> amounts, String script, boolean publishedGuess, String url, String host) {
    public record GoldCluster(String name, List<String> cities, boolean national) {}

    public record GoldAmount(String text, double value, Double valueMax, String currency, String qualifier, String comparator,
                             Integer year, Integer periodFrom, Integer periodTo, String period, String metric, String kind,
                             String subject) {}


    public static List<GoldSentence> read(Path file) {
        List<GoldSentence> out = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    out.add(parse(Json.MAPPER.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        return out;
    }

    static GoldSentence parse(JsonNode n) {
        List<GoldCluster> cl = new ArrayList<>();
        for (JsonNode c : n.path("clusters")) cl.add(new GoldCluster(c.path("name").asText(), strings(c.path("cities")), c.path("national").asBoolean(false)));
        List<GoldAmount> am = new ArrayList<>();
        for (JsonNode a : n.path("amounts")) {
            am.add(new GoldAmount(text(a, "text"), a.path("value").asDouble(), dbl(a, "valueMax"), text(a, "currency"), text(a, "qualifier"),
                    text(a, "comparator"), integer(a, "year"), integer(a, "periodFrom"), integer(a, "periodTo"), text(a, "period"), text(a, "metric"),
                    text(a, "kind"), text(a, "subject")));
        }
        String pub = text(n, "published");
        return new GoldSentence(n.path("id").asText(), n.path("text").asText(), pub == null ? null : LocalDate.parse(pub), cl,
                strings(n.path("cities")), am, text(n, "script"), n.path("publishedGuess").asBoolean(false),
                text(n, "url"), text(n, "host"));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : arr) out.add(x.asText());
        return out;
    }

    private static String text(JsonNode n, String f) {
        JsonNode x = n.get(f);
        return x == null || x.isNull() ? null : x.asText();
    }

    private static Double dbl(JsonNode n, String f) {
        JsonNode x = n.get(f);
        return x == null || x.isNull() ? null : x.asDouble();
    }

    private static Integer integer(JsonNode n, String f) {
        JsonNode x = n.get(f);
        return x == null || x.isNull() ? null : x.asInt();
    }
}
