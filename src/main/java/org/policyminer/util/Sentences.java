package org.policyminer.util;

/**
 * Sentence boundaries (。！？；! ? ; and line breaks) of a text: entity attributes must not cross a sentence, and
 * a monetary figure is exported with its sentence. Built once per text; each look-up is a binary search.
 *
 * <p>A run of more than {@link #MAX_LENGTH} characters without a sentence mark is cut every {@code MAX_LENGTH}
 * characters. Everything read "in the figure's sentence" (its year, subject, cities) costs the sentence's length,
 * so a page without sentence marks (a flattened table, a dump of numbers) would make every figure read the whole
 * page: ingest time grew with the square of such a page's size.
 */
public final class Sentences {
    /** The longest sentence in the corpus and the shared datasets' pages (13 122 sentences) has 583 characters. */
    public static final int MAX_LENGTH = 1000;

    /** Sentence k is [starts[k], ends[k]), its closing mark excluded; marked[k] also takes a mark other than \n. */
    private final int[] starts;
    private final int[] ends;
    private final int[] marked;

    public Sentences(String t) {
        int count = 1;
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            if (isEnd(t.charAt(i)) || i + 1 - from == MAX_LENGTH) {
                count++;
                from = i + 1;
            }
        }
        starts = new int[count];
        ends = new int[count];
        marked = new int[count];
        int k = 0;
        from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isEnd(c)) {
                close(k++, from, i, c == '\n' ? i : i + 1);
                from = i + 1;
            } else if (i + 1 - from == MAX_LENGTH) {
                close(k++, from, i + 1, i + 1);
                from = i + 1;
            }
        }
        close(k, from, t.length(), t.length());
    }

    private void close(int k, int start, int end, int withMark) {
        starts[k] = start;
        ends[k] = end;
        marked[k] = withMark;
    }

    public static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    private int index(int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Start of the sentence holding {@code pos}. */
    public int startOf(int pos) {
        return starts[index(pos)];
    }

    /** End (exclusive) of the sentence holding {@code pos}, before its closing mark. */
    public int endOf(int pos) {
        return ends[index(pos)];
    }

    /** End (exclusive) of the sentence holding {@code pos}, after its closing mark unless that is a line break. */
    public int endWithMark(int pos) {
        return marked[index(pos)];
    }

    /** The sentence around the span [start, end) of the text this table was built from, trimmed. */
    public String around(String text, int start, int end) {
        return text.substring(startOf(start), endWithMark(Math.max(start, end - 1))).strip();
    }
}
