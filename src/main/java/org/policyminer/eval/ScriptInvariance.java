package org.policyminer.eval;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.policyminer.convert.ScriptDetector;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Script;
import org.policyminer.entities.EntityRecognizer;

/**
 * Script invariance, a measure that needs no gold: a sentence and its conversion to the other script say the same
 * thing, so the entity layer must read the same clusters, cities and figures (value, year, period, metric, kind,
 * comparator, subject, currency) from both. Each simplified line is converted to traditional in the three forms a
 * mirror uses (OpenCC4j's plain traditional, Taiwan's with its phrases, Hong Kong's), each traditional or mixed line to
 * simplified (plain, and through Taiwan's phrases back to the mainland's words) and to the variant characters of Hong
 * Kong's and Taiwan's standards (稅 / 税, 臺 / 台, 說 / 説); the original and every conversion are
 * read with the same {@code published}, each page's lines converted together for the page's currency, and the
 * sentences whose readings differ are counted by field. Only the gold's text, date and page are read, never its
 * annotations, so any set may be probed (the frozen halves never are: the command names its sets).
 */
public final class ScriptInvariance {
    /** The conversions a line is put through, by the script it is written in. */
    public enum Variant {
        TRADITIONAL("t", ZhConverterUtil::toTraditional, true),
        TAIWAN("tw", ZhTwConverterUtil::toTraditional, true),
        HONG_KONG("hk", ZhHkConverterUtil::toTraditional, true),
        SIMPLIFIED("s", ZhConverterUtil::toSimple, false),
        SIMPLIFIED_FROM_TAIWAN("s-tw", ZhTwConverterUtil::toSimple, false),
        /** A traditional line in Hong Kong's variant characters (稅 → 税, 說 → 説, 臺 → 台, 衛 → 衞, 溫 → 温). */
        HONG_KONG_FORMS("t-hk", ZhHkConverterUtil::toTraditional, false),
        /** A traditional line in Taiwan's forms and words (台 → 臺, 着 → 著; 信息 → 資訊 where the line has them). */
        TAIWAN_FORMS("t-tw", ZhTwConverterUtil::toTraditional, false);

        public final String label;
        final UnaryOperator<String> convert;
        /** Applied to simplified lines (true) or to traditional and mixed ones (false). */
        final boolean fromSimplified;

        Variant(String label, UnaryOperator<String> convert, boolean fromSimplified) {
            this.label = label;
            this.convert = convert;
            this.fromSimplified = fromSimplified;
        }
    }

    /** What may differ between two readings of one sentence. */
    public enum Field { CLUSTERS, CITIES, AMOUNTS, YEAR, PERIOD, METRIC, KIND, COMPARATOR, SUBJECT, CURRENCY }

    /** One reading that differs: the sentence, the conversion, the field, the original's and the conversion's values. */
    public record Difference(String id, Variant variant, Field field, String original, String converted, String text) {
        @Override
        public String toString() {
            return id + " " + variant.label + " " + field.name().toLowerCase() + " " + original + " → " + converted + " | " + text;
        }
    }

    /** Per variant: lines converted, and the lines with at least one difference in each field (and in any). */
    public record Result(Map<Variant, Integer> lines, Map<Variant, Map<Field, Integer>> differing, Map<Variant, Integer> anyDiffering,
                         List<Difference> differences) {}

    private final EntityRecognizer recognizer;

    public ScriptInvariance(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public Result probe(List<GoldSentence> gold) {
        Map<Variant, Integer> lines = new EnumMap<>(Variant.class);
        Map<Variant, Map<Field, Integer>> differing = new EnumMap<>(Variant.class);
        Map<Variant, Integer> any = new EnumMap<>(Variant.class);
        List<Difference> differences = new ArrayList<>();
        Map<String, String> pageCurrencies = pageCurrencies(gold, gold.stream().map(GoldSentence::text).toList());
        List<Entities> originals = new ArrayList<>();
        for (GoldSentence g : gold) originals.add(read(g, g.text(), pageCurrencies));
        for (Variant v : Variant.values()) {
            // every line is converted once: all of a page's lines set its currency, the lines of the variant's script are read
            List<String> converted = gold.stream().map(g -> v.convert.apply(g.text())).toList();
            Map<String, String> convertedPages = pageCurrencies(gold, converted);
            Map<Field, Integer> byField = new EnumMap<>(Field.class);
            int n = 0, d = 0;
            for (int i = 0; i < gold.size(); i++) {
                GoldSentence g = gold.get(i);
                if (!applies(v, g)) continue;
                String text = converted.get(i);
                n++;
                List<Difference> found = compare(g.id(), v, originals.get(i), read(g, text, convertedPages), text);
                if (found.isEmpty()) continue;
                d++;
                for (Field f : new TreeSet<>(found.stream().map(Difference::field).toList())) byField.merge(f, 1, Integer::sum);
                differences.addAll(found);
            }
            lines.put(v, n);
            differing.put(v, byField);
            any.put(v, d);
        }
        return new Result(lines, differing, any, differences);
    }

    private Entities read(GoldSentence g, String text, Map<String, String> pageCurrencies) {
        return recognizer.recognize(text, g.published(), g.publishedGuess(), pageCurrencies.get(pageOf(g)));
    }

    /** Each page's currency, from its lines as given (texts.get(i) is gold.get(i)'s text, converted or not). */
    private Map<String, String> pageCurrencies(List<GoldSentence> gold, List<String> texts) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, String> hosts = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldSentence g = gold.get(i);
            String page = pageOf(g);
            if (page == null) continue;
            lines.computeIfAbsent(page, k -> new ArrayList<>()).add(texts.get(i));
            hosts.put(page, g.host());
        }
        return recognizer.pageCurrencies(lines, hosts);
    }

    private static String pageOf(GoldSentence g) {
        return g.url() != null ? g.url() : g.host();
    }

    static boolean applies(Variant v, GoldSentence g) {
        boolean simplified = g.script() != null ? g.script().equals("simplified") : ScriptDetector.detect(g.text()) == Script.SIMPLIFIED;
        return v.fromSimplified == simplified;
    }

    /** The differences between two readings of one sentence; figures are paired in order when their values agree. */
    public static List<Difference> compare(String id, Variant v, Entities a, Entities b, String text) {
        List<Difference> out = new ArrayList<>();
        String ca = clusters(a), cb = clusters(b);
        if (!ca.equals(cb)) out.add(new Difference(id, v, Field.CLUSTERS, ca, cb, text));
        String ia = cities(a), ib = cities(b);
        if (!ia.equals(ib)) out.add(new Difference(id, v, Field.CITIES, ia, ib, text));
        List<AmountMention> xa = a.amounts(), xb = b.amounts();
        String va = values(xa), vb = values(xb);
        if (!va.equals(vb)) {
            out.add(new Difference(id, v, Field.AMOUNTS, va, vb, text));
            return out;
        }
        for (int i = 0; i < xa.size(); i++) {
            AmountMention p = xa.get(i), q = xb.get(i);
            field(out, id, v, Field.YEAR, p.year(), q.year(), p, text);
            field(out, id, v, Field.PERIOD, p.periodFrom() + "-" + p.periodTo() + "/" + p.period(), q.periodFrom() + "-" + q.periodTo() + "/" + q.period(), p, text);
            field(out, id, v, Field.METRIC, p.metric(), q.metric(), p, text);
            field(out, id, v, Field.KIND, p.kind(), q.kind(), p, text);
            field(out, id, v, Field.COMPARATOR, p.comparator(), q.comparator(), p, text);
            field(out, id, v, Field.SUBJECT, p.subject(), q.subject(), p, text);
            field(out, id, v, Field.CURRENCY, p.currency(), q.currency(), p, text);
        }
        return out;
    }

    private static void field(List<Difference> out, String id, Variant v, Field f, Object x, Object y, AmountMention m, String text) {
        if (!Objects.equals(x, y)) out.add(new Difference(id, v, f, m.value() + ":" + x, String.valueOf(y), text));
    }

    private static String clusters(Entities e) {
        List<String> names = new ArrayList<>();
        for (ClusterMention c : e.clusters()) names.add(c.name() + (c.national() ? "*" : ""));
        Collections.sort(names);
        return String.join(",", names);
    }

    private static String cities(Entities e) {
        return String.join(",", new TreeSet<>(e.cities().stream().map(CityMention::name).toList()));
    }

    private static String values(List<AmountMention> xs) {
        List<String> out = new ArrayList<>();
        for (AmountMention m : xs) out.add(m.value() + (m.valueMax() == null ? "" : "~" + m.valueMax()));
        return String.join(",", out);
    }

    /** The table: per conversion, lines converted, lines differing in any field and in each. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder(String.format("%-6s %6s %6s", "conv", "lines", "differ"));
        for (Field f : Field.values()) b.append(String.format(" %9s", f.name().toLowerCase()));
        b.append('\n');
        for (Variant v : Variant.values()) {
            b.append(String.format("%-6s %6d %6d", v.label, r.lines().get(v), r.anyDiffering().get(v)));
            for (Field f : Field.values()) b.append(String.format(" %9d", r.differing().get(v).getOrDefault(f, 0)));
            b.append('\n');
        }
        return b.toString();
    }
}
