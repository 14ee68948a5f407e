package org.policyminer.web;

import org.policyminer.util.Html;
import org.policyminer.search.SortOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/**
 * {@code GET /feed.xml}: the newest articles as an Atom feed. Built server-side, so every value from a page goes
 * through {@link Html}; summaries are the searcher's (already HTML-escaped) leads, sent as
 * {@code type="html"} and escaped once more for XML, which a feed reader shows as plain text.
 */
final class AtomFeed implements Handler {
    static final int ENTRIES = 50;
    /** Dates without a time are Beijing dates: the sources are Chinese outlets. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final PolicySearcher searcher;
    private final String base;

    /** @param base absolute URL of the server without trailing slash, for the links and ids of entries */
    AtomFeed(PolicySearcher searcher, String base) {
        this.searcher = searcher;
        this.base = base;
    }

    @Override
    public Response handle(Request r) throws Exception {
        r.params().allowOnly(java.util.Set.of());
        SearchResult newest = searcher.search(SearchRequest.of("").page(ENTRIES, 0).sortedBy(SortOrder.DATE));
        String feedUpdated = newest.hits().stream().map(h -> time(h.published())).filter(t -> t != null).max(OffsetDateTime::compareTo)
                .map(RFC3339::format).orElse("1970-01-01T00:00:00Z");
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>PolicyMiner: newest articles</title>\n");
        sb.append("  <id>").append(x(base)).append("/feed.xml</id>\n");
        sb.append("  <link rel=\"self\" href=\"").append(x(base)).append("/feed.xml\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(base)).append("/latest\"/>\n");
        sb.append("  <updated>").append(feedUpdated).append("</updated>\n");
        sb.append("  <author><name>PolicyMiner</name></author>\n");
        for (SearchResult.Hit h : newest.hits()) {
            OffsetDateTime t = time(h.published());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(x(h.title())).append("</title>\n");
            sb.append("    <id>urn:policyminer:article:").append(x(h.id())).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(base)).append("/articles/").append(x(h.id())).append("\"/>\n");
            if (h.url() != null) sb.append("    <link rel=\"via\" href=\"").append(x(h.url())).append("\"/>\n");
            sb.append("    <updated>").append(t == null ? feedUpdated : RFC3339.format(t)).append("</updated>\n");
            if (t != null) sb.append("    <published>").append(RFC3339.format(t)).append("</published>\n");
            if (h.source() != null) sb.append("    <source><title>").append(x(h.source())).append("</title></source>\n");
            sb.append("    <summary type=\"html\">").append(x(h.snippet())).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return Response.text(200, "application/atom+xml; charset=utf-8", sb.toString());
    }

    private static String x(String s) {
        return Html.escape(s);
    }

    /** {@code 2021-03-23} or {@code 2026-05-18T10:19+08:00}; null when neither. */
    static OffsetDateTime time(String published) {
        if (published == null) return null;
        try {
            if (published.length() == 10) return LocalDate.parse(published).atStartOfDay().atOffset(CHINA);
            return OffsetDateTime.parse(published);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
