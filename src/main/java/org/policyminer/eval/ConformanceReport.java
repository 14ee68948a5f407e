package org.policyminer.eval;

import java.util.List;

/** Result of one conformance suite: cases passed out of those run, cases skipped, and the failing cases. */
public record ConformanceReport(String name, int passed, int total, int skipped, List<String> failures, boolean absent, String note) {
    public ConformanceReport {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public static ConformanceReport absent(String name, String why) {
        return new ConformanceReport(name, 0, 0, 0, List.of(), true, why);
    }

    public double rate() {
        return total == 0 ? 1.0 : passed / (double) total;
    }
}
