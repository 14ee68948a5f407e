package org.policyminer.eval;

/** Precision / recall / F1 counts; immutable, combined with {@link #plus}. */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores a set against its gold, one line in {@code errors} per item missed or spurious ({@code label missed x}). */
    static Prf ofSets(java.util.Set<String> gold, java.util.Set<String> got, String label, java.util.List<String> errors) {
        int tp = 0;
        for (String g : gold) {
            if (got.contains(g)) tp++;
            else errors.add(label + " missed " + g);
        }
        for (String x : got) if (!gold.contains(x)) errors.add(label + " spurious " + x);
        return new Prf(tp, got.size() - tp, gold.size() - tp);
    }
}
