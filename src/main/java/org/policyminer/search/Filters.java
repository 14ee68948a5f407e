package org.policyminer.search;

import java.time.LocalDate;

/**
 * Filters of {@code search} and {@code targets}. Article filters: city, province, cluster, source, from, to.
 * Figure filters (year, minAmount, maxAmount, kind) must hold for one and the same monetary figure; when any is
 * set, city applies to that figure too. Document filters ({@link DocumentFilter}) apply to the document record.
 */
public record Filters(String city, String province, String cluster, String source, LocalDate from, LocalDate to,
                      Integer year, Double minAmount, Double maxAmount, String kind, DocumentFilter document) {
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null, null);

    /** Filters without document filters. */
    public Filters(String city, String province, String cluster, String source, LocalDate from, LocalDate to,
                   Integer year, Double minAmount, Double maxAmount, String kind) {
        this(city, province, cluster, source, from, to, year, minAmount, maxAmount, kind, DocumentFilter.NONE);
    }

    public Filters {
        document = document == null ? DocumentFilter.NONE : document;
        if (from != null && to != null && from.isAfter(to)) throw new InvalidQueryException("--from " + from + " is after --to " + to);
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            throw new InvalidQueryException("--min-amount is larger than --max-amount");
        }
    }

    public Filters withCity(String v) {
        return new Filters(v, province, cluster, source, from, to, year, minAmount, maxAmount, kind, document);
    }

    public Filters withCluster(String v) {
        return new Filters(city, province, v, source, from, to, year, minAmount, maxAmount, kind, document);
    }

    public Filters withSource(String v) {
        return new Filters(city, province, cluster, v, from, to, year, minAmount, maxAmount, kind, document);
    }

    public Filters publishedFrom(LocalDate v) {
        return new Filters(city, province, cluster, source, v, to, year, minAmount, maxAmount, kind, document);
    }

    /** A figure of this year, at least {@code min} (null: any amount). */
    public Filters withFigure(Integer y, Double min) {
        return new Filters(city, province, cluster, source, from, to, y, min, maxAmount, kind, document);
    }

    public Filters withKind(String v) {
        return new Filters(city, province, cluster, source, from, to, year, minAmount, maxAmount, v, document);
    }

    /** These filters with the document filters {@code d}. */
    public Filters withDocument(DocumentFilter d) {
        return new Filters(city, province, cluster, source, from, to, year, minAmount, maxAmount, kind, d);
    }

    public boolean hasFigureFilter() {
        return year != null || minAmount != null || maxAmount != null || kind != null;
    }

    /** This filter set with the filters typed inside the query (city:…, year:…) added; the query's win. */
    public Filters merge(Filters q) {
        return new Filters(pick(q.city, city), pick(q.province, province), pick(q.cluster, cluster), pick(q.source, source),
                pick(q.from, from), pick(q.to, to), pick(q.year, year), pick(q.minAmount, minAmount), pick(q.maxAmount, maxAmount),
                pick(q.kind, kind), document.merge(q.document));
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }

    public Filters simplified(java.util.function.UnaryOperator<String> s) {
        return new Filters(conv(s, city), conv(s, province), conv(s, cluster), conv(s, source), from, to, year, minAmount, maxAmount, kind,
                document.simplified(s));
    }

    private static String conv(java.util.function.UnaryOperator<String> s, String v) {
        return v == null ? null : s.apply(v.strip());
    }
}
