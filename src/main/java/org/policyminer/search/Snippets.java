package org.policyminer.search;

import org.policyminer.util.Html;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Keeps passages as offsets instead of text, so one highlight run can be rendered over the simplified body or
 * over the original-script body: conversion keeps length, so the offsets fit both.
 */
final class Snippets extends PassageFormatter {
    record Span(int start, int end, int[] matchStarts, int[] matchEnds) {}

    @Override
    public Object format(Passage[] passages, String content) {
        List<Span> out = new ArrayList<>();
        for (Passage p : passages) {
            int n = p.getNumMatches();
            int[] s = new int[n];
            int[] e = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = p.getMatchStarts()[i];
                e[i] = p.getMatchEnds()[i];
            }
            out.add(new Span(p.getStartOffset(), p.getEndOffset(), s, e));
        }
        return out;
    }

    /** Renders spans over {@code text} with matches in {@code <em>}; text is HTML-escaped. */
    static String render(List<Span> spans, String text) {
        StringBuilder sb = new StringBuilder();
        for (Span sp : spans) {
            if (sb.length() > 0) sb.append("…");
            int pos = sp.start();
            for (int i = 0; i < sp.matchStarts().length; i++) {
                int ms = Math.max(pos, sp.matchStarts()[i]);
                int me = Math.min(sp.end(), sp.matchEnds()[i]);
                if (me <= ms) continue;
                Html.appendEscaped(sb, text, pos, ms);
                sb.append("<em>");
                Html.appendEscaped(sb, text, ms, me);
                sb.append("</em>");
                pos = me;
            }
            Html.appendEscaped(sb, text, pos, sp.end());
        }
        return sb.toString().replace("\n", " ").strip();
    }

    /** A snippet for hits without text terms: the start of the body. */
    static String lead(String text, int max) {
        StringBuilder sb = new StringBuilder();
        Html.appendEscaped(sb, text, 0, Math.min(max, text.length()));
        return sb.toString().replace("\n", " ").strip() + (text.length() > max ? "…" : "");
    }
}
