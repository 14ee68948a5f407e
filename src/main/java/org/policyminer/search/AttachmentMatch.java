package org.policyminer.search;

import java.util.List;
import org.policyminer.doc.AttachmentText;

/**
 * Which attachment of a hit holds a query word: its name, URL and type, the table row that holds it (a 名单's line)
 * when it is in a table, and a short passage around it (the word in {@code <em>}, as in hit snippets).
 */
public record AttachmentMatch(String name, String url, String type, List<String> row, String snippet) {
    static final int CONTEXT = 40;

    /** The first attachment holding one of the query's words (as written, spacing aside), or null. */
    public static AttachmentMatch find(List<AttachmentText> attachments, ParsedQuery q) {
        if (attachments.isEmpty() || q.isEmpty()) return null;
        for (AttachmentText a : attachments) {
            if (!a.readable()) continue;
            for (List<String> group : q.required()) {
                for (String word : group) {
                    String w = word.replaceAll("\\s+", "");
                    if (w.isEmpty()) continue;
                    int at = a.simplified().indexOf(w);
                    if (at < 0) continue;
                    List<String> row = a.rows().stream().filter(r -> String.join("", r).replaceAll("\\s+", "").contains(w)).findFirst().orElse(null);
                    return new AttachmentMatch(a.name(), a.url(), a.type(), row, passage(a.simplified(), at, w.length()));
                }
            }
        }
        return null;
    }

    private static String passage(String text, int at, int len) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + len + CONTEXT);
        String s = (from > 0 ? "…" : "") + text.substring(from, at) + "<em>" + text.substring(at, at + len) + "</em>"
                + text.substring(at + len, to) + (to < text.length() ? "…" : "");
        return s.replaceAll("\\s+", " ");
    }
}
