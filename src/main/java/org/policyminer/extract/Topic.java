package org.policyminer.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Character bigrams of an article, to tell whether a paragraph or title talks about the same things. Injected spam
 * shares almost no bigrams with the article around it, whatever its vocabulary; that catches phrases no lexicon
 * lists. Only bigrams of two Han characters count (Latin runs and numbers say little about topic).
 */
final class Topic {
    private final Map<Integer, Integer> counts;

    private Topic(Map<Integer, Integer> counts) {
        this.counts = counts;
    }

    static Topic of(Iterable<String> texts) {
        Map<Integer, Integer> m = new HashMap<>();
        for (String t : texts) forEachBigram(t, k -> m.merge(k, 1, Integer::sum));
        return new Topic(m);
    }

    static Topic empty() {
        return new Topic(Map.of());
    }

    private interface KeySink {
        void accept(int key);
    }

    private static void forEachBigram(String t, KeySink sink) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (Chars.isCjk(a) && Chars.isCjk(b)) sink.accept((a << 16) | b);
        }
    }

    /** How many Han bigrams {@code text} has. */
    static int bigrams(String text) {
        int[] n = {0};
        forEachBigram(text, k -> n[0]++);
        return n[0];
    }

    /**
     * The share of the bigrams of {@code text} that occur in the article outside {@code text} itself (when
     * {@code text} was part of what built this topic, its own counts are subtracted). 1.0 when it has no bigrams.
     */
    double sharedFraction(String text, boolean textIsInTopic) {
        Map<Integer, Integer> own = new HashMap<>();
        forEachBigram(text, k -> own.merge(k, 1, Integer::sum));
        if (own.isEmpty()) return 1.0;
        int total = 0;
        int shared = 0;
        for (Map.Entry<Integer, Integer> e : own.entrySet()) {
            int elsewhere = counts.getOrDefault(e.getKey(), 0) - (textIsInTopic ? e.getValue() : 0);
            total += e.getValue();
            if (elsewhere > 0) shared += e.getValue();
        }
        return shared / (double) total;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }
}
