package org.policyminer.cli;

import org.policyminer.doc.Entities;
import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.entities.EntityRecognizer;
import org.policyminer.view.DocViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Find clusters, cities and monetary figures in text (either script); offsets index the text as given.")
final class EntitiesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--jsonl", description = "Input lines are {\"id\":…,\"text\":…,\"published\":\"YYYY-MM-DD\",\"url\":…}; lines with the same \"url\" (else \"host\") are one page's: a bare 元 on a line that names no place takes the page's place (its other lines, its .tw/.hk/.mo host); one output line each.") boolean jsonl;
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date, to resolve 今年/上半年/去年; with --jsonl the default for lines without \"published\".")
    java.time.LocalDate published;
    @Parameters(arity = "0..*", paramLabel = "TEXT_FILE", description = "Text files (default: standard input).") List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EntityRecognizer recognizer = new EntityRecognizer();
        List<String> texts = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            texts.add(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        } else {
            for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        int failed = 0;
        int n = 0;
        for (String text : texts) {
            if (!jsonl) {
                String id = files == null || files.isEmpty() ? "stdin" : files.get(n).toString();
                out.println(Json.write(DocViews.entitiesLine(true, id, recognizer.recognize(stripFinalNewline(text), published), null)));
                n++;
                continue;
            }
            java.util.Map<String, String> pageCurrencies = pageCurrencies(recognizer, text);
            try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    boolean hasId = false;
                    Object id = null;
                    Entities found = null;
                    String error = null;
                    try {
                        JsonNode node = Json.MAPPER.readTree(line);
                        id = node.path("id").isMissingNode() ? null : Json.MAPPER.treeToValue(node.get("id"), Object.class);
                        hasId = true;
                        if (!node.path("text").isTextual()) throw new IllegalArgumentException("line has no \"text\" string");
                        // "publishedGuess": true (as the real-text sets mark an estimated date): 目前 gets no year from it
                        // "url" / "host": lines of one page share its place, so a bare 元 on a line naming none is in it
                        found = recognizer.recognize(node.get("text").asText(), publishedOf(node), node.path("publishedGuess").asBoolean(false),
                                pageCurrencies.get(pageOf(node)));
                    } catch (Exception e) {
                        failed++;
                        error = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                    }
                    out.println(Json.write(DocViews.entitiesLine(hasId, id, found, error)));
                }
            }
            n++;
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The line's own publication date (a day, or an ISO date-time), else the --published default. */
    private java.time.LocalDate publishedOf(JsonNode node) {
        JsonNode p = node.get("published");
        if (p == null || p.isNull()) return published;
        java.time.LocalDate day = org.policyminer.util.IsoDay.of(p.asText());
        if (day == null) throw new IllegalArgumentException("\"published\" is not a date: " + p.asText());
        return day;
    }

    /** A file or a shell echo ends in a newline that is not part of the sentence. */
    static String stripFinalNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return s.substring(0, end);
    }

    /**
     * The currency of each page the lines name by "url" (else "host"), read from the page's lines together and its host
     * ({@link EntityRecognizer#pageCurrency}); lines that cannot be read are left to the main pass to report.
     */
    private static java.util.Map<String, String> pageCurrencies(EntityRecognizer recognizer, String text) {
        java.util.Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> hosts = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            try {
                JsonNode node = Json.MAPPER.readTree(line);
                String page = pageOf(node);
                if (page == null || !node.path("text").isTextual()) continue;
                lines.computeIfAbsent(page, k -> new java.util.ArrayList<>()).add(node.get("text").asText());
                if (node.path("host").isTextual()) hosts.put(page, node.get("host").asText());
                else if (node.path("url").isTextual()) hosts.putIfAbsent(page, org.policyminer.fetch.Hosts.ofUrl(node.get("url").asText()));
            } catch (Exception e) {
                // reported by the main pass
            }
        }
        return recognizer.pageCurrencies(lines, hosts);
    }

    private static String pageOf(JsonNode node) {
        if (node.path("url").isTextual()) return node.get("url").asText();
        return node.path("host").isTextual() ? node.get("host").asText() : null;
    }
}
