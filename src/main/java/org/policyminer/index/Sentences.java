package org.policyminer.index;

/** Sentence bounds in Chinese text: a figure's sentence is exported with it and used to find its cities. */
public final class Sentences {
    private Sentences() {}

    public static int start(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && !isEnd(text.charAt(i - 1))) i--;
        return i;
    }

    public static int end(String text, int at) {
        int i = Math.max(0, at);
        while (i < text.length() && !isEnd(text.charAt(i))) i++;
        return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
    }

    public static String around(String text, int start, int end) {
        return text.substring(start(text, start), end(text, Math.max(start, end - 1))).strip();
    }

    static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == '!' || c == '?';
    }
}
