package org.policyminer.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public Map<String, Object> toMap(boolean withFailures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suite", name);
        if (absent) {
            m.put("absent", true);
            m.put("note", note);
            return m;
        }
        m.put("passed", passed);
        m.put("total", total);
        m.put("skipped", skipped);
        m.put("rate", Math.round(rate() * 10000) / 10000.0);
        if (note != null) m.put("note", note);
        if (withFailures) m.put("failures", failures);
        return m;
    }
}
