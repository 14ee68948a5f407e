package org.policyminer.util;

/**
 * Sentence boundaries (。！？；! ? ; and line breaks) of a text: entity attributes must not cross a sentence, and
 * a monetary figure is exported with its sentence.
 */
public final class Sentences {
    private final int[] starts;

    public Sentences(String t) {
        int count = 1;
        for (int i = 0; i < t.length(); i++) if (isEnd(t.charAt(i))) count++;
        starts = new int[count + 1];
        int k = 0;
        starts[k++] = 0;
        for (int i = 0; i < t.length(); i++) if (isEnd(t.charAt(i))) starts[k++] = i + 1;
        starts[k] = t.length() + 1;
    }

    public static boolean isEnd(char c) {
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

    public int startOf(int pos) {
        return starts[index(pos)];
    }

    public int endOf(int pos) {
        return Math.min(starts[index(pos) + 1] - 1, starts[starts.length - 1] - 1);
    }

    /** Start of the sentence holding {@code at}, for a single lookup (no table built). */
    public static int start(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && !isEnd(text.charAt(i - 1))) i--;
        return i;
    }

    /** End (exclusive, after its closing mark) of the sentence holding {@code at}. */
    public static int end(String text, int at) {
        int i = Math.max(0, at);
        while (i < text.length() && !isEnd(text.charAt(i))) i++;
        return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
    }

    /** The sentence around the span, trimmed. */
    public static String around(String text, int start, int end) {
        return text.substring(start(text, start), end(text, Math.max(start, end - 1))).strip();
    }
}
