package org.policyminer.bench;

import java.util.Arrays;

/** Latency percentiles (nearest rank) of a sample in nanoseconds, reported in milliseconds. */
public record Percentiles(double p50, double p95, double p99, int n) {
    public static Percentiles of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Percentiles(rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s.length);
    }

    private static double rank(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
