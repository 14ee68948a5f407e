package org.policyminer.cli;

import java.time.LocalDate;
import org.policyminer.search.AmountValue;
import org.policyminer.search.Filters;
import org.policyminer.search.QueryLanguage;
import picocli.CommandLine.Option;

/** The filters of {@code search} and {@code targets} (docs/contract.md). */
final class FilterOptions {
    @Option(names = "--city", description = "City, e.g. 南京市 (either script).") String city;
    @Option(names = "--province", description = "Province, e.g. 江苏省.") String province;
    @Option(names = "--cluster", description = "Cluster, canonical name.") String cluster;
    @Option(names = "--source", description = "Source outlet, e.g. 经济日报.") String source;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.") String to;
    @Option(names = "--year", description = "Target year of a monetary figure.") String year;
    @Option(names = "--min-amount", paramLabel = "AMOUNT", description = "Figure at least this much: 1000亿, 1.5万亿, 3e11.") String minAmount;
    @Option(names = "--max-amount", paramLabel = "AMOUNT", description = "Figure at most this much.") String maxAmount;
    @Option(names = "--kind", description = "Figure kind: target, actual, investment, threshold, scale, unknown (without it, threshold and scale figures are left out).") String kind;

    Filters toFilters() {
        return of(city, province, cluster, source, from, to, year, minAmount, maxAmount, kind);
    }

    /** Builds filters from option-like strings (also used for the fields of a --jsonl query line). */
    static Filters of(String city, String province, String cluster, String source, String from, String to, String year,
                      String minAmount, String maxAmount, String kind) {
        LocalDate f = from == null ? null : QueryLanguage.parseDate(from, "--from");
        LocalDate t = to == null ? null : QueryLanguage.parseDate(to, "--to");
        Integer y = year == null ? null : QueryLanguage.parseYear(year);
        Double min = minAmount == null ? null : AmountValue.parse(minAmount);
        Double max = maxAmount == null ? null : AmountValue.parse(maxAmount);
        return new Filters(blank(city), blank(province), blank(cluster), blank(source), f, t, y, min, max, blank(kind));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
