package org.policyminer.search;

import java.time.LocalDate;

/**
 * Filters of {@code search} and {@code targets}. Article filters: city, province, cluster, source, from, to.
 * Figure filters (year, minAmount, maxAmount, kind) must hold for one and the same monetary figure; when any is
 * set, city applies to that figure too.
 */
public record Filters(String city, String province, String cluster, String source, LocalDate from, LocalDate to,
                      Integer year, Double minAmount, Double maxAmount, String kind) {
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null, null);

    public Filters {
        if (from != null && to != null && from.isAfter(to)) throw new InvalidQueryException("--from " + from + " is after --to " + to);
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            throw new InvalidQueryException("--min-amount is larger than --max-amount");
        }
    }

    public Filters withCity(String v) {
        return new Filters(v, province, cluster, source, from, to, year, minAmount, maxAmount, kind);
    }

    public Filters withCluster(String v) {
        return new Filters(city, province, v, source, from, to, year, minAmount, maxAmount, kind);
    }

    public Filters withSource(String v) {
        return new Filters(city, province, cluster, v, from, to, year, minAmount, maxAmount, kind);
    }

    public Filters publishedFrom(LocalDate v) {
        return new Filters(city, province, cluster, source, v, to, year, minAmount, maxAmount, kind);
    }

    /** A figure of this year, at least {@code min} (null: any amount). */
    public Filters withFigure(Integer y, Double min) {
        return new Filters(city, province, cluster, source, from, to, y, min, maxAmount, kind);
    }

    public Filters withKind(String v) {
        return new Filters(city, province, cluster, source, from, to, year, minAmount, maxAmount, v);
    }

    public boolean hasFigureFilter() {
        return year != null || minAmount != null || maxAmount != null || kind != null;
    }

    /** This filter set with the filters typed inside the query (city:…, year:…) added; the query's win. */
    public Filters merge(Filters q) {
        return new Filters(pick(q.city, city), pick(q.province, province), pick(q.cluster, cluster), pick(q.source, source),
                pick(q.from, from), pick(q.to, to), pick(q.year, year), pick(q.minAmount, minAmount), pick(q.maxAmount, maxAmount),
                pick(q.kind, kind));
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }

    public Filters simplified(java.util.function.UnaryOperator<String> s) {
        return new Filters(conv(s, city), conv(s, province), conv(s, cluster), conv(s, source), from, to, year, minAmount, maxAmount, kind);
    }

    private static String conv(java.util.function.UnaryOperator<String> s, String v) {
        return v == null ? null : s.apply(v.strip());
    }
}
