package org.policyminer.entities;

/** Sentence boundaries (。！？；! ? ; and line breaks) of a text, for attributes that must not cross a sentence. */
final class Sentences {
    private final int[] starts;

    Sentences(String t) {
        int count = 1;
        for (int i = 0; i < t.length(); i++) if (isEnd(t.charAt(i))) count++;
        starts = new int[count + 1];
        int k = 0;
        starts[k++] = 0;
        for (int i = 0; i < t.length(); i++) if (isEnd(t.charAt(i))) starts[k++] = i + 1;
        starts[k] = t.length() + 1;
    }

    static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    private int index(int pos) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    int startOf(int pos) {
        return starts[index(pos)];
    }

    int endOf(int pos) {
        return Math.min(starts[index(pos) + 1] - 1, starts[starts.length - 1] - 1);
    }
}
