package org.policyminer.doc;

/**
 * A monetary figure with its attributes (docs/contract.md, entities). {@code value}/{@code valueMax} are in units of
 * the currency; {@code kind} is target, actual, investment, threshold, scale or unknown; {@code period} is the part
 * of {@code year} the figure covers (H1, Q1, Q1-Q3, M01-M09) or null for the whole year.
 */
public record AmountMention(String text, int start, int end, double value, Double valueMax, String currency,
                            String qualifier, String comparator, Integer year, Integer periodFrom, Integer periodTo,
                            String period, String metric, String kind, String subject) {
    public AmountMention {
        Span.check(start, end);
        if (Double.isNaN(value) || value < 0) throw new IllegalArgumentException("amount value must be a non-negative number: " + value);
    }

    /** A figure that covers the whole of its year (no {@code period}). */
    public AmountMention(String text, int start, int end, double value, Double valueMax, String currency, String qualifier,
                         String comparator, Integer year, Integer periodFrom, Integer periodTo, String metric, String kind, String subject) {
        this(text, start, end, value, valueMax, currency, qualifier, comparator, year, periodFrom, periodTo, null, metric, kind, subject);
    }

    /** Kinds that bound or label a class of things (营收超千亿元的集群, 千亿级) rather than measure the subject. */
    public boolean classBound() {
        return FigureKind.classBound(kind);
    }

    /** The target year if there is one, else the end of the period. */
    public Integer effectiveYear() {
        return year != null ? year : periodTo;
    }
}
