package org.policyminer.eval;

/** Share of matched items whose attribute is right. */
public record Accuracy(int right, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy plus(boolean ok) {
        return new Accuracy(right + (ok ? 1 : 0), total + 1);
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(right + o.right, total + o.total);
    }

    public double value() {
        return total == 0 ? 1.0 : right / (double) total;
    }
}
