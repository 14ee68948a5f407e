package org.policyminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.entities.AmountParser;
import org.policyminer.entities.ChineseNumerals;


/**
 * Runs our converter and numeral/amount readers against peer test suites in {@code ../shared/datasets}: Recognizers-Text
 * Chinese currency and number specs (cases supported by the Java port only; their End offsets are inclusive),
 * JioNLP parse_money, cn2an (strict, normal, smart, direct, rejections) and OpenCC (t2s, hk2s, round trip).
 * A missing folder gives an "absent" report, not an error.
 */
public final class ConformanceSuite {
    private final Path root;
    private final ScriptConverter converter = new ScriptConverter();
    private final AmountParser amounts = new AmountParser();

    public ConformanceSuite(Path root) {
        this.root = root;
    }

    public List<ConformanceReport> runAll() {
        List<ConformanceReport> out = new ArrayList<>();
        out.add(recognizersCurrency());
        out.add(recognizersNumber());
        out.add(jionlpParseMoney());
        out.add(cn2an());
        out.add(opencc("t2s"));
        out.add(opencc("hk2s"));
        out.add(openccRoundTrip());
        return out;
    }

    // ---- Recognizers-Text -----------------------------------------------------------------------------------

    public ConformanceReport recognizersCurrency() {
        return recognizers("recognizers-text currency", "NumberWithUnit__CurrencyModel.json", true);
    }

    public ConformanceReport recognizersNumber() {
        return recognizers("recognizers-text number", "Number__NumberModel.json", false);
    }

    /**
     * One expected or found result: [start, end) with End made exclusive, the value as the spec's string (null for a
     * currency name alone), and the ISO currency code (null when the spec gives none, e.g. $ or Bitcoin).
     */
    private record Span(int start, int end, String value, String currency) {
        Span(int start, int end, String value) {
            this(start, end, value, null);
        }
    }

    /** The port whose cases we run; the spec's NotSupported field lists ports by name ("javascript, java"). */
    static final String PORT = "java";

    /**
     * Whether a case is marked unsupported for {@link #PORT}. The field is a comma-separated list of port names, so it
     * is split and matched by name: a substring test would also skip "javascript"-only cases, which the Java port is
     * expected to pass.
     */
    static boolean notSupported(String field) {
        for (String port : field.split(",")) if (port.trim().equalsIgnoreCase(PORT)) return true;
        return false;
    }

    private ConformanceReport recognizers(String name, String file, boolean currency) {
        Path p = root.resolve("recognizers-text-zh").resolve(file);
        if (!Files.isRegularFile(p)) return ConformanceReport.absent(name, p + " not found");
        JsonNode cases = readJson(p);
        int passed = 0, total = 0, skipped = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            if (notSupported(c.path("NotSupported").asText(""))) {
                skipped++;
                continue;
            }
            total++;
            String input = c.path("Input").asText();
            List<Span> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode v = r.path("Resolution").path("value");
                JsonNode iso = r.path("Resolution").path("isoCurrency");
                expected.add(new Span(r.path("Start").asInt(), r.path("End").asInt() + 1, v.isNull() || v.isMissingNode() ? null : v.asText(),
                        iso.isTextual() && !iso.asText().isEmpty() ? iso.asText() : null));
            }
            List<Span> got = currency ? currencySpans(input) : numberSpans(input);
            if (sameSpans(expected, got)) passed++;
            else failures.add(input + " expected " + expected + " got " + got);
        }
        return new ConformanceReport(name, passed, total, skipped, failures, false, "cases not supported by the Java port skipped");
    }

    private List<Span> currencySpans(String input) {
        String t = converter.toSimplified(input);
        List<Span> out = new ArrayList<>();
        List<AmountParser.Found> found = amounts.scan(t, AmountParser.BarePolicy.NEVER);
        for (AmountParser.Found f : found) if (f.hasCurrency()) out.add(new Span(f.start(), f.end(), plain(f.value()), f.currency()));
        for (AmountParser.CurrencyMention bare : amounts.bareCurrencyMentions(t)) {
            boolean inside = out.stream().anyMatch(s -> bare.start() >= s.start && bare.end() <= s.end);
            if (!inside) out.add(new Span(bare.start(), bare.end(), null, bare.currency()));
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private List<Span> numberSpans(String input) {
        String t = converter.toSimplified(input);
        List<Span> out = new ArrayList<>();
        for (NumberFinder.Number n : new NumberFinder().find(t)) out.add(new Span(n.start(), n.end(), plain(n.value())));
        return out;
    }

    private static boolean sameSpans(List<Span> expected, List<Span> got) {
        if (expected.size() != got.size()) return false;
        for (int i = 0; i < expected.size(); i++) {
            Span e = expected.get(i);
            Span g = got.get(i);
            if (e.start != g.start || e.end != g.end) return false;
            // The spec's isoCurrency must match where it gives one; it gives none for $ (any dollar) or Bitcoin.
            if (e.currency != null && !e.currency.equals(g.currency)) return false;
            if (e.value == null || g.value == null) {
                if (e.value != g.value) return false;
                continue;
            }
            if (!sameNumber(Double.parseDouble(e.value), Double.parseDouble(g.value))) return false;
        }
        return true;
    }

    private static boolean sameNumber(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- JioNLP ---------------------------------------------------------------------------------------------

    private static final Map<String, String> JIO_CURRENCY = Map.ofEntries(Map.entry("元", "CNY"), Map.entry("港元", "HKD"),
            Map.entry("美元", "USD"), Map.entry("日元", "JPY"), Map.entry("新台币", "TWD"), Map.entry("欧元", "EUR"),
            Map.entry("泰铢", "THB"), Map.entry("卢布", "RUB"), Map.entry("韩元", "KRW"), Map.entry("澳元", "AUD"));

    public ConformanceReport jionlpParseMoney() {
        String name = "jionlp parse_money";
        Path p = root.resolve("jionlp-money").resolve("parse_money.tsv");
        if (!Files.isRegularFile(p)) return ConformanceReport.absent(name, p + " not found");
        int passed = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (String[] f : tsv(p)) {
            total++;
            String input = converter.toSimplified(f[0]);
            double low = Double.parseDouble(f[1]);
            Double high = f.length > 2 && !f[2].isEmpty() ? Double.parseDouble(f[2]) : null;
            String cur = JIO_CURRENCY.getOrDefault(f.length > 3 ? f[3] : "", f.length > 3 ? f[3] : "");
            Optional<AmountParser.Found> got = amounts.parseWhole(input);
            boolean ok = got.isPresent() && Math.abs(got.get().value() - low) < 0.006
                    && (high == null ? got.get().valueMax() == null : got.get().valueMax() != null && Math.abs(got.get().valueMax() - high) < 0.006)
                    && cur.equals(got.get().currency());
            if (ok) passed++;
            else failures.add(f[0] + " expected " + low + (high == null ? "" : ".." + high) + " " + cur + " got "
                    + got.map(x -> x.value() + (x.valueMax() == null ? "" : ".." + x.valueMax()) + " " + x.currency()).orElse("nothing"));
        }
        return new ConformanceReport(name, passed, total, 0, failures, false, null);
    }

    // ---- cn2an ----------------------------------------------------------------------------------------------

    public ConformanceReport cn2an() {
        String name = "cn2an";
        Path p = root.resolve("cn2an-cases").resolve("cn2an.tsv");
        if (!Files.isRegularFile(p)) return ConformanceReport.absent(name, p + " not found");
        int passed = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (String[] f : tsv(p)) {
            total++;
            String mode = f[0];
            String input = f.length > 1 ? f[1] : "";
            String expected = f.length > 2 ? f[2] : "";
            boolean ok;
            switch (mode) {
                case "strict" -> ok = equalsNumber(ChineseNumerals.parse(input, ChineseNumerals.Mode.STRICT), expected)
                        && equalsNumber(ChineseNumerals.parse(input, ChineseNumerals.Mode.NORMAL), expected)
                        && equalsNumber(ChineseNumerals.parse(input, ChineseNumerals.Mode.SMART), expected);
                case "normal" -> ok = equalsNumber(ChineseNumerals.parse(input, ChineseNumerals.Mode.NORMAL), expected)
                        && ChineseNumerals.parse(input, ChineseNumerals.Mode.STRICT).isEmpty();
                case "smart" -> ok = equalsNumber(ChineseNumerals.parse(input, ChineseNumerals.Mode.SMART), expected)
                        && ChineseNumerals.parse(input, ChineseNumerals.Mode.STRICT).isEmpty();
                case "direct" -> ok = expected.equals(ChineseNumerals.direct(input));
                default -> ok = ChineseNumerals.parse(input, ChineseNumerals.Mode.STRICT).isEmpty();
            }
            if (ok) passed++;
            else failures.add(mode + " " + input + " expected " + expected + " got " + ChineseNumerals.parse(input, ChineseNumerals.Mode.SMART).map(BigDecimal::toPlainString).orElse("reject"));
        }
        return new ConformanceReport(name, passed, total, 0, failures, false, "strict rows checked in all three modes; normal/smart rows must be rejected by strict");
    }

    private static boolean equalsNumber(Optional<BigDecimal> got, String expected) {
        if (got.isEmpty()) return false;
        return sameNumber(got.get().doubleValue(), Double.parseDouble(expected));
    }

    // ---- OpenCC ---------------------------------------------------------------------------------------------

    public ConformanceReport opencc(String config) {
        String name = "opencc " + config;
        Path p = root.resolve("opencc-testcases").resolve("testcases.tsv");
        if (!Files.isRegularFile(p)) return ConformanceReport.absent(name, p + " not found");
        int passed = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (String[] f : tsv(p)) {
            if (f.length < 4 || !f[1].equals(config)) continue;
            total++;
            String got = converter.toSimplified(f[2]);
            if (got.equals(f[3])) passed++;
            else failures.add(f[0] + ": " + f[2] + " expected " + f[3] + " got " + got);
        }
        return new ConformanceReport(name, passed, total, 0, failures, false, null);
    }

    public ConformanceReport openccRoundTrip() {
        String name = "opencc round trip (texts)";
        Path dir = root.resolve("opencc-testcases");
        Path golden = dir.resolve("golden_us_constitution_zhs.txt");
        if (!Files.isRegularFile(golden)) return ConformanceReport.absent(name, golden + " not found");
        String g = read(golden);
        int passed = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (String v : List.of("s2t", "s2hk", "s2tw")) {
            Path p = dir.resolve("golden_us_constitution_zhs." + v + ".txt");
            if (!Files.isRegularFile(p)) continue;
            total++;
            String back = converter.toSimplified(read(p));
            int wrong = back.length() == g.length() ? 0 : Math.abs(back.length() - g.length());
            for (int i = 0; i < Math.min(back.length(), g.length()); i++) if (back.charAt(i) != g.charAt(i)) wrong++;
            if (wrong == 0) passed++;
            else failures.add(v + " → simplified: " + wrong + " characters differ");
        }
        return new ConformanceReport(name, passed, total, 0, failures, false, "a text passes with 0 differing characters");
    }

    // ---- files ----------------------------------------------------------------------------------------------

    private static JsonNode readJson(Path p) {
        try {
            return org.policyminer.util.Json.MAPPER.readTree(read(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + p, e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Data rows of a TSV with a header; \t, \n and \\ escapes undone. */
    private static List<String[]> tsv(Path p) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = read(p).lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            for (int k = 0; k < f.length; k++) f[k] = f[k].replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
            rows.add(f);
        }
        return rows;
    }
}
