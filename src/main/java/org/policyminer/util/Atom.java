package org.policyminer.util;

import java.util.List;

/**
 * The one Atom (RFC 4287) writer: the server's feed of newest articles and the watch's alert file both build a
 * {@link Feed} and write it here. Every value is escaped ({@link Html#escape}), so text from a crawled page cannot
 * break the XML; optional parts are null.
 */
public final class Atom {
    private Atom() {}

    public record Link(String rel, String type, String href) {}

    /** {@code summaryHtml}: the summary is HTML (sent as {@code type="html"}, escaped once more), else plain text. */
    public record Entry(String id, String title, List<Link> links, String updated, String published, String sourceTitle,
                        String category, String summary, boolean summaryHtml) {}

    public record Feed(String id, String title, List<Link> links, String updated, String author, List<Entry> entries) {}

    public static String write(Feed f) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(sb, "  ", "title", f.title());
        element(sb, "  ", "id", f.id());
        for (Link l : f.links()) link(sb, "  ", l);
        element(sb, "  ", "updated", f.updated());
        if (f.author() != null) sb.append("  <author><name>").append(Html.escape(f.author())).append("</name></author>\n");
        for (Entry e : f.entries()) {
            sb.append("  <entry>\n");
            element(sb, "    ", "title", e.title());
            element(sb, "    ", "id", e.id());
            for (Link l : e.links()) link(sb, "    ", l);
            element(sb, "    ", "updated", e.updated());
            if (e.published() != null) element(sb, "    ", "published", e.published());
            if (e.sourceTitle() != null) sb.append("    <source><title>").append(Html.escape(e.sourceTitle())).append("</title></source>\n");
            if (e.category() != null) sb.append("    <category term=\"").append(Html.escape(e.category())).append("\"/>\n");
            if (e.summary() != null) {
                sb.append(e.summaryHtml() ? "    <summary type=\"html\">" : "    <summary>").append(Html.escape(e.summary())).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    private static void element(StringBuilder sb, String indent, String name, String text) {
        sb.append(indent).append('<').append(name).append('>').append(Html.escape(text)).append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder sb, String indent, Link l) {
        sb.append(indent).append("<link");
        if (l.rel() != null) sb.append(" rel=\"").append(Html.escape(l.rel())).append('"');
        if (l.type() != null) sb.append(" type=\"").append(Html.escape(l.type())).append('"');
        sb.append(" href=\"").append(Html.escape(l.href())).append("\"/>\n");
    }
}
