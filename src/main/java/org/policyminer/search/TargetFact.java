package org.policyminer.search;

import java.util.List;

/**
 * One fact that one or more articles report: the same subject, metric, year or period, kind and value (within
 * {@link TargetFacts#VALUE_TOLERANCE}), whatever the script or wording of each mention. {@code text} is the first
 * source's wording in simplified script. {@code agreement}: {@code agreed} when no source gives the same subject,
 * metric and year another value; else {@code revision} (the values follow one another in time: the later sources
 * revise the earlier) or {@code conflict} (sources published over the same time disagree), with the other values in
 * {@code alternatives}.
 */
public record TargetFact(String subject, String metric, Integer year, Integer periodFrom, Integer periodTo, String period, String kind,
                         double value, Double valueMax, String currency, String comparator, String text, List<Source> sources,
                         String agreement, List<Alternative> alternatives) {
    public static final String AGREED = "agreed";
    public static final String REVISION = "revision";
    public static final String CONFLICT = "conflict";

    public TargetFact {
        sources = List.copyOf(sources);
        alternatives = List.copyOf(alternatives);
    }

    /** A document that reports the fact, with its mention's wording (in its own script) and sentence. */
    public record Source(String docId, String url, String title, String source, String published, String group, String text,
                         String sentence) {}

    /** Another value given for the same subject, metric, year and kind, by other sources. */
    public record Alternative(double value, Double valueMax, String text, int sources, String first, String latest, List<String> docIds) {}

    /** Earliest publication date among the sources (null when none is dated). */
    public String first() {
        return sources.stream().map(Source::published).filter(p -> p != null).min(String::compareTo).orElse(null);
    }

    public String latest() {
        return sources.stream().map(Source::published).filter(p -> p != null).max(String::compareTo).orElse(null);
    }

    /** Distinct articles among the sources: copies of one article (one near-duplicate group) count once. */
    public int articles() {
        return (int) sources.stream().map(s -> s.group() != null ? s.group() : s.docId()).distinct().count();
    }
}
