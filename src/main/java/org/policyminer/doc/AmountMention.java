package org.policyminer.doc;

/**
 * A monetary figure with its attributes (docs/contract.md entities). {@code value}/{@code valueMax} are in units of
 * the currency; {@code kind} is target, actual, investment, scale or unknown.
 */
public record AmountMention(String text, int start, int end, double value, Double valueMax, String currency,
                            String qualifier, String comparator, Integer year, Integer periodFrom, Integer periodTo,
                            String metric, String kind, String subject) {
    public AmountMention {
        Span.check(start, end);
        if (Double.isNaN(value) || value < 0) throw new IllegalArgumentException("amount value must be a non-negative number: " + value);
    }

    /** The target year if there is one, else the end of the period. */
    public Integer effectiveYear() {
        return year != null ? year : periodTo;
    }
}
