package org.policyminer.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query language users can guess: words (all must match), "quoted phrases" (also “…”), -excluded words,
 * {@code a OR b}, field filters {@code city:南京市 cluster:… province:… source:… year:2025 kind:target
 * from:2021-01-01 to:2021-12-31}, document filters {@code number:国办发〔2018〕 issuer:国务院办公厅 type:意见
 * written:2018 cites:国发〔2018〕5号} and {@code amount>=1000亿} (also &gt;, &lt;=, &lt;). Text is converted to
 * simplified script here, so a query in either script means the same thing.
 */
public final class QueryLanguage {
    private static final Set<String> FIELDS = Set.of("city", "province", "cluster", "source", "year", "kind", "from", "to",
            "number", "issuer", "type", "written", "cites");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.*)");
    private static final Pattern AMOUNT = Pattern.compile("amount(>=|<=|>|<|=|:)(.+)");

    private final UnaryOperator<String> simplify;

    public QueryLanguage(UnaryOperator<String> simplify) {
        this.simplify = simplify;
    }

    /** Converts a filter value to simplified script, as the index stores it. */
    public String simplifyValue(String v) {
        return simplify.apply(v);
    }

    public ParsedQuery parse(String query) {
        List<String> tokens = tokenize(query == null ? "" : query);
        List<List<String>> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Builder f = new Builder();
        boolean pendingOr = false;
        for (String raw : tokens) {
            boolean quoted = raw.startsWith("\u0000");
            String tok = quoted ? raw.substring(1) : raw;
            if (!quoted && tok.equals("OR")) {
                if (required.isEmpty()) throw new InvalidQueryException("OR needs a word before it");
                pendingOr = true;
                continue;
            }
            if (!quoted && tok.startsWith("-") && tok.length() > 1) {
                excluded.add(simplify.apply(tok.substring(1)));
                continue;
            }
            if (quoted && tok.startsWith("-\u0000")) {
                excluded.add(simplify.apply(tok.substring(2)));
                continue;
            }
            if (!quoted && filter(tok, f)) continue;
            String text = simplify.apply(tok);
            if (text.isBlank()) continue;
            if (pendingOr) {
                List<String> last = new ArrayList<>(required.remove(required.size() - 1));
                last.add(text);
                required.add(last);
                pendingOr = false;
            } else {
                required.add(List.of(text));
            }
        }
        if (pendingOr) throw new InvalidQueryException("OR needs a word after it");
        return new ParsedQuery(required, excluded, f.build());
    }

    /** Splits on white space outside quotes; a quoted phrase comes back marked with a leading NUL. */
    static List<String> tokenize(String q) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '「') {
                char close = c == '“' ? '”' : c == '「' ? '」' : c == '”' ? '“' : '"';
                int end = indexOfClose(q, i + 1, close, c);
                if (end < 0) throw new InvalidQueryException("unbalanced quote at position " + (i + 1) + " in: " + q);
                String prefix = cur.toString();
                cur.setLength(0);
                String phrase = q.substring(i + 1, end).strip();
                if (prefix.equals("-")) out.add("\u0000-\u0000" + phrase);
                else {
                    if (!prefix.isEmpty()) out.add(prefix);
                    if (!phrase.isEmpty()) out.add("\u0000" + phrase);
                }
                i = end + 1;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
            i++;
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    private static int indexOfClose(String q, int from, char close, char open) {
        int a = q.indexOf(close, from);
        if (open == '"' || a >= 0) return a;
        return q.indexOf(open, from);
    }

    private boolean filter(String tok, Builder f) {
        Matcher am = AMOUNT.matcher(tok);
        if (am.matches()) {
            double v = AmountValue.parse(am.group(2));
            switch (am.group(1)) {
                case ">=", ">" -> f.minAmount = v;
                case "<=", "<" -> f.maxAmount = v;
                default -> {
                    f.minAmount = v;
                    f.maxAmount = v;
                }
            }
            return true;
        }
        Matcher m = FIELD.matcher(tok);
        if (!m.matches()) return false;
        String field = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String value = m.group(2);
        if (!FIELDS.contains(field)) {
            if (field.equals("http") || field.equals("https")) return false;
            throw new InvalidQueryException("unknown field '" + m.group(1) + "' (known: amount, " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
        }
        if (value.isBlank()) throw new InvalidQueryException("field '" + field + "' needs a value");
        String v = simplify.apply(value);
        switch (field) {
            case "city" -> f.city = v;
            case "province" -> f.province = v;
            case "cluster" -> f.cluster = v;
            case "source" -> f.source = v;
            case "kind" -> f.kind = v;
            case "year" -> f.year = parseYear(value);
            case "from" -> f.from = parseDate(value, "from");
            case "to" -> f.to = parseDate(value, "to");
            case "number" -> f.document = f.document.withNumber(org.policyminer.document.DocumentNumbers.normalisePrefix(v));
            case "issuer" -> f.document = f.document.withIssuer(v);
            case "type" -> f.document = f.document.withType(v);
            case "written" -> f.document = written(f.document, value);
            case "cites" -> f.document = f.document.withCites(citedKey(v));
            default -> throw new IllegalStateException(field);
        }
        return true;
    }

    /**
     * The document filters given as separate values (web parameters), read as the query language reads them inline;
     * null values are unset.
     */
    public static DocumentFilter documentFilter(String number, String issuer, String type, String written, String cites) {
        DocumentFilter d = DocumentFilter.NONE;
        if (number != null && !number.isBlank()) d = d.withNumber(org.policyminer.document.DocumentNumbers.normalisePrefix(number));
        if (issuer != null && !issuer.isBlank()) d = d.withIssuer(issuer.strip());
        if (type != null && !type.isBlank()) d = d.withType(type.strip());
        if (written != null && !written.isBlank()) d = written(d, written);
        if (cites != null && !cites.isBlank()) d = d.withCites(citedKey(cites.strip()));
        return d;
    }

    /** {@code written:2018}, {@code written:2018-03-27} or {@code written:2018-01-01..2018-06-30}. */
    private static DocumentFilter written(DocumentFilter d, String value) {
        String v = value.strip();
        int range = v.indexOf("..");
        if (range >= 0) {
            String lo = v.substring(0, range), hi = v.substring(range + 2);
            return d.written(lo.isBlank() ? null : parseDate(lo, "written"), hi.isBlank() ? null : parseDate(hi, "written"));
        }
        if (v.matches("\\d{4}")) {
            int y = parseYear(v);
            return d.written(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        LocalDate day = parseDate(v, "written");
        return d.written(day, day);
    }

    /** A cited document as the index keys it: its number normalised, else its title. */
    public static String citedKey(String v) {
        String n = org.policyminer.document.DocumentNumbers.normalise(v);
        return n != null ? n : org.policyminer.index.DocumentRecordFields.titleKey(v);
    }

    public static Integer parseYear(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            if (y < 1900 || y > 2200) throw new InvalidQueryException("bad year '" + s + "'");
            return y;
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("bad year '" + s + "': use four digits, like 2025");
        }
    }

    public static LocalDate parseDate(String s, String name) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("bad date for " + name + ": '" + s + "' (use YYYY-MM-DD)");
        }
    }

    private static final class Builder {
        String city, province, cluster, source, kind;
        LocalDate from, to;
        Integer year;
        Double minAmount, maxAmount;
        DocumentFilter document = DocumentFilter.NONE;

        Filters build() {
            return new Filters(city, province, cluster, source, from, to, year, minAmount, maxAmount, kind, document);
        }
    }
}
