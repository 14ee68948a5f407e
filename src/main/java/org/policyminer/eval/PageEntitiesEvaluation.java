package org.policyminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.entities.CityGazetteer;
import org.policyminer.entities.Place;

/**
 * Scores entities on whole pages against the corpus gold ({@code corpora/pages/**}{@code /*.gold.json}): per page, the
 * set of cluster names, the set of city names and the multiset of amount values, summed over pages into P/R/F1. The
 * page's entities come from the caller (the pipeline: extraction, conversion, recognition), so what a user sees on
 * the search page is what is scored. Amounts are scored in the body (the gold annotates the paragraphs; a title
 * repeats a figure of the body). The page gold lists cities as the annotation notes define them (prefecture-level
 * cities and municipalities; provinces apart), so provinces in the output are left out of the city score.
 */
public final class PageEntitiesEvaluation {
    /** The entities of one page, given its HTML file, and where its body starts in the text they index. */
    @FunctionalInterface
    public interface PageReader {
        Page read(Path html) throws Exception;
    }

    /** A page's entities; mentions before {@code bodyStart} are in its title. */
    public record Page(Entities entities, int bodyStart) {}

    public record Result(int pages, Prf clusters, Prf cities, Prf amounts, List<String> errors) {}

    private final PageReader reader;

    public PageEntitiesEvaluation(PageReader reader) {
        this.reader = reader;
    }

    /** The gold files under {@code dir}, sorted; each names its page by replacing {@code .gold.json} with {@code .html}. */
    public static List<Path> goldFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    public Result evaluate(List<Path> goldFiles) {
        Prf clusters = Prf.ZERO, cities = Prf.ZERO, amounts = Prf.ZERO;
        List<String> errors = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            String page = goldFile.getFileName().toString().replace(".gold.json", "");
            Path html = goldFile.resolveSibling(page + ".html");
            JsonNode gold;
            Entities e;
            int bodyStart;
            try {
                gold = org.policyminer.util.Json.MAPPER.readTree(goldFile.toFile());
                Page read = reader.read(html);
                e = read.entities();
                bodyStart = read.bodyStart();
            } catch (Exception ex) {
                errors.add(page + " failed: " + ex.getMessage());
                continue;
            }
            Set<String> goldClusters = new HashSet<>();
            for (JsonNode c : gold.path("clusters")) goldClusters.add(c.path("name").asText());
            Set<String> gotClusters = new HashSet<>();
            for (ClusterMention c : e.clusters()) gotClusters.add(c.name());
            clusters = clusters.plus(Prf.ofSets(goldClusters, gotClusters, page + " cluster", errors));
            Set<String> goldCities = new HashSet<>();
            for (JsonNode c : gold.path("cities")) goldCities.add(c.asText());
            Set<String> gotCities = new HashSet<>();
            for (CityMention c : e.cities()) if (!province(c.name())) gotCities.add(c.name());
            cities = cities.plus(Prf.ofSets(goldCities, gotCities, page + " city", errors));
            List<AmountMention> got = new ArrayList<>();
            for (AmountMention a : e.amounts()) if (a.start() >= bodyStart) got.add(a);
            int tp = 0;
            for (JsonNode a : gold.path("amounts")) {
                double v = a.path("value").asDouble();
                AmountMention m = null;
                for (AmountMention x : got) {
                    if (EntitiesEvaluation.sameValue(x.value(), v)) {
                        m = x;
                        break;
                    }
                }
                if (m == null) {
                    errors.add(page + " amount missed " + a.path("text").asText());
                } else {
                    got.remove(m);
                    tp++;
                }
            }
            for (AmountMention a : got) errors.add(page + " amount spurious " + a.text() + " (" + a.kind() + ")");
            amounts = amounts.plus(new Prf(tp, got.size(), gold.path("amounts").size() - tp));
        }
        return new Result(goldFiles.size(), clusters, cities, amounts, errors);
    }

    private static boolean province(String name) {
        Place p = CityGazetteer.instance().byName(name);
        return p != null && p.level().equals("province");
    }

    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %12d%n", "pages", r.pages()));
        sb.append(String.format("%-22s %12s%n", "clusters P/R/F1", EntitiesEvaluation.fmt(r.clusters())));
        sb.append(String.format("%-22s %12s%n", "cities P/R/F1", EntitiesEvaluation.fmt(r.cities())));
        sb.append(String.format("%-22s %12s%n", "amounts P/R/F1", EntitiesEvaluation.fmt(r.amounts())));
        return sb.toString();
    }
}
