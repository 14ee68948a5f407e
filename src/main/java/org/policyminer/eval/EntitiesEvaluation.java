package org.policyminer.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyminer.convert.ScriptDetector;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Script;
import org.policyminer.entities.EntityRecognizer;

/**
 * Scores the recogniser on a gold set: P/R/F1 for clusters (by canonical name), cities (by name, once per sentence)
 * and amounts (matched when the value is equal), and the accuracy of year, period, metric, kind and subject on
 * matched amounts; overall and on the sentences written in traditional (or mixed) script (the line's {@code script}
 * where it has one, else as detected). "year/period" is right when year, periodFrom, periodTo and the part of the
 * year ({@code period}: H1, Q1-Q3 …) all match, as the held-out scorer counts it; parts of the year compare by the
 * months they cover ({@link PartOfYear}).
 */
public final class EntitiesEvaluation {
    /** Scores of one subset of the gold set. */
    public record Scores(int sentences, Prf clusters, Prf cities, Prf amounts, Accuracy year, Accuracy period,
                         Accuracy yearPeriod, Accuracy metric, Accuracy kind, Accuracy subject, Accuracy comparator,
                         Accuracy national, Accuracy currency) {
        static final Scores EMPTY = new Scores(0, Prf.ZERO, Prf.ZERO, Prf.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO,
                Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO);

        Scores plus(Scores o) {
            return new Scores(sentences + o.sentences, clusters.plus(o.clusters), cities.plus(o.cities), amounts.plus(o.amounts),
                    year.plus(o.year), period.plus(o.period), yearPeriod.plus(o.yearPeriod), metric.plus(o.metric), kind.plus(o.kind),
                    subject.plus(o.subject), comparator.plus(o.comparator), national.plus(o.national), currency.plus(o.currency));
        }
    }

    /** The whole result, with one line per error for debugging. */
    public record Result(Scores overall, Scores traditional, List<String> errors) {}

    private final java.util.function.Function<GoldSentence, Entities> reader;
    private final EntityRecognizer recognizer;

    public EntitiesEvaluation(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
        this.reader = g -> recognizer.recognize(g.text(), g.published(), g.publishedGuess());
    }

    /** Scores entities found some other way: another version's saved output ({@link #readPredictions}), say. */
    public EntitiesEvaluation(java.util.function.Function<GoldSentence, Entities> reader) {
        this.reader = reader;
        this.recognizer = null;
    }

    /**
     * The output of {@code entities --jsonl} saved to a file, by line id: for scoring an older version's output with
     * this version's scorer.
     */
    public static Map<String, Entities> readPredictions(java.nio.file.Path file) {
        Map<String, Entities> out = new java.util.HashMap<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                com.fasterxml.jackson.databind.JsonNode n = org.policyminer.util.Json.MAPPER.readTree(line);
                List<ClusterMention> cl = new ArrayList<>();
                for (var c : n.path("clusters")) {
                    List<String> cities = new ArrayList<>();
                    c.path("cities").forEach(x -> cities.add(x.asText()));
                    cl.add(new ClusterMention(c.path("text").asText(), c.path("name").asText(), c.path("start").asInt(), c.path("end").asInt(),
                            cities, c.path("national").asBoolean()));
                }
                List<CityMention> ci = new ArrayList<>();
                for (var c : n.path("cities")) {
                    ci.add(new CityMention(c.path("text").asText(), c.path("name").asText(), c.path("province").asText(null),
                            c.path("code").asText(null), c.path("start").asInt(), c.path("end").asInt()));
                }
                List<AmountMention> am = new ArrayList<>();
                for (var a : n.path("amounts")) {
                    am.add(new AmountMention(a.path("text").asText(), a.path("start").asInt(), a.path("end").asInt(), a.path("value").asDouble(),
                            a.path("valueMax").isNumber() ? a.path("valueMax").asDouble() : null, a.path("currency").asText(null),
                            a.path("qualifier").asText(null), a.path("comparator").asText(null), a.path("year").isInt() ? a.path("year").asInt() : null,
                            a.path("periodFrom").isInt() ? a.path("periodFrom").asInt() : null, a.path("periodTo").isInt() ? a.path("periodTo").asInt() : null,
                            a.path("period").asText(null), a.path("metric").asText(null), a.path("kind").asText(null), a.path("subject").asText(null)));
                }
                out.put(n.path("id").asText(), new Entities(cl, ci, am));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read predictions " + file, e);
        }
        return out;
    }

    public Result evaluate(List<GoldSentence> gold) {
        Scores all = Scores.EMPTY;
        Scores trad = Scores.EMPTY;
        List<String> errors = new ArrayList<>();
        Map<String, String> pageCurrencies = recognizer == null ? Map.of() : pageCurrencies(gold);
        for (GoldSentence g : gold) {
            Entities e = recognizer == null ? reader.apply(g)
                    : recognizer.recognize(g.text(), g.published(), g.publishedGuess(), pageCurrencies.get(pageOf(g)));
            Scores s = score(g, e, errors);
            all = all.plus(s);
            if (traditional(g)) trad = trad.plus(s);
        }
        return new Result(all, trad, errors);
    }

    /**
     * Each page's currency from its lines together and its host, as the pipeline reads a whole document: the lines of
     * a gold set that share a url are one page's (only their text and address are read, never their annotations).
     */
    private Map<String, String> pageCurrencies(List<GoldSentence> gold) {
        Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
        Map<String, String> hosts = new java.util.HashMap<>();
        for (GoldSentence g : gold) {
            String page = pageOf(g);
            if (page == null) continue;
            lines.computeIfAbsent(page, k -> new ArrayList<>()).add(g.text());
            hosts.put(page, g.host());
        }
        return recognizer.pageCurrencies(lines, hosts);
    }

    private static String pageOf(GoldSentence g) {
        return g.url() != null ? g.url() : g.host();
    }

    private static boolean traditional(GoldSentence g) {
        if (g.script() != null) return !g.script().equals("simplified");
        return ScriptDetector.detect(g.text()) != Script.SIMPLIFIED;
    }

    private static Scores score(GoldSentence g, Entities e, List<String> errors) {
        Set<String> goldClusters = new HashSet<>();
        for (GoldSentence.GoldCluster c : g.clusters()) goldClusters.add(c.name());
        Set<String> gotClusters = new HashSet<>();
        for (ClusterMention c : e.clusters()) gotClusters.add(c.name());
        Prf clusters = Prf.ofSets(goldClusters, gotClusters, g.id() + " cluster", errors);
        Accuracy national = Accuracy.ZERO;
        for (GoldSentence.GoldCluster gc : g.clusters()) {
            for (ClusterMention c : e.clusters()) {
                if (c.name().equals(gc.name())) {
                    national = national.plus(c.national() == gc.national());
                    if (c.national() != gc.national()) errors.add(g.id() + " national " + gc.name() + " gold=" + gc.national());
                    break;
                }
            }
        }
        Set<String> gotCities = new HashSet<>();
        for (CityMention c : e.cities()) gotCities.add(c.name());
        Prf cities = Prf.ofSets(new HashSet<>(g.cities()), gotCities, g.id() + " city", errors);

        List<AmountMention> got = new ArrayList<>(e.amounts());
        int tp = 0;
        Accuracy year = Accuracy.ZERO, period = Accuracy.ZERO, yearPeriod = Accuracy.ZERO, metric = Accuracy.ZERO, kind = Accuracy.ZERO,
                subject = Accuracy.ZERO, comparator = Accuracy.ZERO, currency = Accuracy.ZERO;
        for (GoldSentence.GoldAmount ga : g.amounts()) {
            AmountMention m = null;
            for (AmountMention a : got) {
                if (sameValue(a.value(), ga.value())) {
                    m = a;
                    break;
                }
            }
            if (m == null) {
                errors.add(g.id() + " amount missed " + ga.text() + " = " + ga.value());
                continue;
            }
            got.remove(m);
            tp++;
            year = year.plus(check(g.id(), "year", ga.year(), m.year(), errors));
            period = period.plus(check(g.id(), "period", ga.periodFrom() + "-" + ga.periodTo(), m.periodFrom() + "-" + m.periodTo(), errors));
            // Periods compare by the months they cover (ruling R3): M01-M03 and Q1 are one period.
            boolean part = PartOfYear.same(ga.period(), m.period());
            if (!part) errors.add(g.id() + " part of year gold=" + ga.period() + " got=" + m.period());
            yearPeriod = yearPeriod.plus(part && Objects.equals(ga.year(), m.year()) && Objects.equals(ga.periodFrom(), m.periodFrom())
                    && Objects.equals(ga.periodTo(), m.periodTo()));
            metric = metric.plus(check(g.id(), "metric", ga.metric(), m.metric(), errors));
            kind = kind.plus(check(g.id(), "kind", ga.kind(), m.kind(), errors));
            subject = subject.plus(check(g.id(), "subject", ga.subject(), m.subject(), errors));
            comparator = comparator.plus(check(g.id(), "comparator", ga.comparator(), m.comparator(), errors));
            // A bare 元 / $ is the currency of the place the line is about (Macau → MOP, Hong Kong → HKD, Taiwan → TWD).
            currency = currency.plus(check(g.id(), "currency", ga.currency(), m.currency(), errors));
        }
        for (AmountMention a : got) errors.add(g.id() + " amount spurious " + a.text() + " = " + a.value());
        Prf amounts = new Prf(tp, got.size(), g.amounts().size() - tp);
        return new Scores(1, clusters, cities, amounts, year, period, yearPeriod, metric, kind, subject, comparator, national, currency);
    }

    private static boolean check(String id, String what, Object gold, Object got, List<String> errors) {
        boolean ok = Objects.equals(gold, got);
        if (!ok) errors.add(id + " " + what + " gold=" + gold + " got=" + got);
        return ok;
    }

    static boolean sameValue(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** A plain-text table of both subsets. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %12s %12s%n", "", "all", "traditional"));
        sb.append(String.format("%-22s %12d %12d%n", "sentences", r.overall().sentences(), r.traditional().sentences()));
        // How many gold items each subset holds: a subset score over a handful of items says little.
        sb.append(String.format("%-22s %12s %12s%n", "gold clusters/amounts", goldCounts(r.overall()), goldCounts(r.traditional())));
        for (String what : List.of("clusters", "cities", "amounts")) {
            Prf a = pick(r.overall(), what);
            Prf b = pick(r.traditional(), what);
            sb.append(String.format("%-22s %12s %12s%n", what + " P/R/F1", fmt(a), fmt(b)));
        }
        row(sb, "year accuracy", r.overall().year(), r.traditional().year());
        row(sb, "period accuracy", r.overall().period(), r.traditional().period());
        row(sb, "year/period accuracy", r.overall().yearPeriod(), r.traditional().yearPeriod());
        row(sb, "metric accuracy", r.overall().metric(), r.traditional().metric());
        row(sb, "kind accuracy", r.overall().kind(), r.traditional().kind());
        row(sb, "subject accuracy", r.overall().subject(), r.traditional().subject());
        row(sb, "comparator accuracy", r.overall().comparator(), r.traditional().comparator());
        row(sb, "national accuracy", r.overall().national(), r.traditional().national());
        row(sb, "currency accuracy", r.overall().currency(), r.traditional().currency());
        return sb.toString();
    }

    private static String goldCounts(Scores s) {
        return (s.clusters().tp() + s.clusters().fn()) + "/" + (s.amounts().tp() + s.amounts().fn());
    }

    private static void row(StringBuilder sb, String label, Accuracy a, Accuracy b) {
        sb.append(String.format("%-22s %12s %12s%n", label, String.format("%.3f", a.value()), String.format("%.3f", b.value())));
    }

    private static Prf pick(Scores s, String what) {
        return switch (what) {
            case "clusters" -> s.clusters();
            case "cities" -> s.cities();
            default -> s.amounts();
        };
    }

    static String fmt(Prf p) {
        return String.format("%.2f/%.2f/%.3f", p.precision(), p.recall(), p.f1());
    }
}
