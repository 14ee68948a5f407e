package org.policyminer.web;

import org.policyminer.util.Atom;
import org.policyminer.search.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/**
 * {@code GET /feed.xml}: the newest articles as an Atom feed ({@link Atom}). Summaries are the searcher's (already
 * HTML-escaped) snippets, sent as {@code type="html"} and escaped once more for XML, which a feed reader shows as text.
 * {@code base}: the server's absolute URL without a trailing slash, for the links and ids of entries.
 */
record AtomFeed(Searcher searcher, String base) implements Handler {
    static final int ENTRIES = 50;
    /** Dates without a time are Beijing dates: the sources are Chinese outlets. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");


    @Override
    public Response handle(Request r) throws Exception {
        r.params().allowOnly(java.util.Set.of());
        SearchResult newest = searcher.search(SearchRequest.of("").page(ENTRIES, 0).sortedBy(SortOrder.DATE));
        String feedUpdated = newest.hits().stream().map(h -> time(h.published())).filter(t -> t != null).max(OffsetDateTime::compareTo)
                .map(RFC3339::format).orElse("1970-01-01T00:00:00Z");
        List<Atom.Entry> entries = new ArrayList<>();
        for (SearchResult.Hit h : newest.hits()) {
            OffsetDateTime t = time(h.published());
            List<Atom.Link> links = new ArrayList<>();
            links.add(new Atom.Link("alternate", "text/html", base + "/articles/" + h.id()));
            if (h.url() != null) links.add(new Atom.Link("via", null, h.url()));
            entries.add(new Atom.Entry("urn:policyminer:article:" + h.id(), h.title(), links, t == null ? feedUpdated : RFC3339.format(t),
                    t == null ? null : RFC3339.format(t), h.source(), null, h.snippet(), true));
        }
        Atom.Feed feed = new Atom.Feed(base + "/feed.xml", "PolicyMiner: newest articles",
                List.of(new Atom.Link("self", null, base + "/feed.xml"), new Atom.Link("alternate", "text/html", base + "/latest")),
                feedUpdated, "PolicyMiner", entries);
        return Response.text(200, "application/atom+xml; charset=utf-8", Atom.write(feed));
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
