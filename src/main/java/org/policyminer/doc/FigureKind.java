package org.policyminer.doc;

import java.util.Locale;

/**
 * What a monetary figure is: a goal, a reported figure, money put in, a bound that defines a counted class
 * (营收超千亿元的集群达6个), a size label (千亿级), or not known. {@link AmountMention#kind()} and the JSON carry the label.
 */
public enum FigureKind {
    TARGET, ACTUAL, INVESTMENT, THRESHOLD, SCALE, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bounds and labels of a class of things rather than measures of the subject: left out unless asked for. */
    public boolean classBound() {
        return this == THRESHOLD || this == SCALE;
    }

    /** Whether the label names a class-bound kind; a label that is no kind is not one. */
    public static boolean classBound(String label) {
        return THRESHOLD.label().equals(label) || SCALE.label().equals(label);
    }

    /** The kind with this label; {@link IllegalArgumentException} naming the labels otherwise. */
    public static FigureKind of(String label) {
        for (FigureKind k : values()) if (k.label().equals(label)) return k;
        throw new IllegalArgumentException("kind must be target, actual, investment, threshold, scale or unknown, not '" + label + "'");
    }
}
