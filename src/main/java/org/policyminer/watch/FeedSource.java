package org.policyminer.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.policyminer.fetch.FetchException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Any RSS 2.0 or Atom feed (MIIT's RSS plugin, NDRC's rss.xml, …). Parsed with DTDs refused (see {@link SafeXml}).
 * The item key is the guid / Atom id when present, else the link: publishers do edit titles and dates.
 */
public final class FeedSource implements WatchSource {
    private final SiteClient client;
    private final String feedUrl;

    public FeedSource(SiteClient client, String feedUrl) {
        this.client = client;
        this.feedUrl = org.policyminer.util.Validate.notNull(feedUrl, "feedUrl");
    }

    @Override
    public String name() {
        return "rss";
    }

    @Override
    public Listing list(Predicate<ListedItem> known) {
        try {
            byte[] body = client.get(feedUrl, null).page().body();
            return new Listing(parse(feedUrl, body), List.of());
        } catch (FetchException e) {
            return new Listing(List.of(), List.of(Listing.Problem.of(feedUrl, Watcher.cause(e.getMessage(), e.url()), e)));
        }
    }

    static List<ListedItem> parse(String feedUrl, byte[] body) throws FetchException {
        Document d;
        try {
            d = SafeXml.documentBuilder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new FetchException(feedUrl, 200, "not a well-formed feed (DTDs are refused): " + e.getMessage());
        }
        Element root = d.getDocumentElement();
        String title = "";
        List<ListedItem> out = new ArrayList<>();
        if ("feed".equals(root.getLocalName())) {
            title = text(root, "title");
            for (Element e : children(root, "entry")) {
                String link = atomLink(e);
                if (link == null) continue;
                String id = text(e, "id");
                String when = !text(e, "published").isEmpty() ? text(e, "published") : text(e, "updated");
                out.add(item(feedUrl, id, link, text(e, "title"), when, title));
            }
            return out;
        }
        Element channel = children(root, "channel").stream().findFirst().orElse(root);
        title = text(channel, "title");
        // RSS 1.0 (RDF) puts items beside the channel; RSS 2.0 inside it.
        List<Element> items = new ArrayList<>(children(channel, "item"));
        if (items.isEmpty()) items.addAll(children(root, "item"));
        for (Element e : items) {
            String link = text(e, "link");
            if (link.isEmpty()) continue;
            String when = !text(e, "pubDate").isEmpty() ? text(e, "pubDate") : text(e, "date");
            out.add(item(feedUrl, text(e, "guid"), link, text(e, "title"), when, title));
        }
        return out;
    }

    private static ListedItem item(String feedUrl, String id, String link, String title, String when, String column) {
        String url = java.net.URI.create(feedUrl).resolve(link.strip()).toString();
        return new ListedItem(id.isEmpty() ? url : id, url, title, day(when), column, null);
    }

    private static String atomLink(Element entry) {
        String any = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) return l.getAttribute("href");
            if (any == null) any = l.getAttribute("href");
        }
        return any;
    }

    /** RFC 822 (RSS), RFC 3339 (Atom) or a bare date → YYYY-MM-DD in China time; null when unreadable. */
    static String day(String s) {
        if (s == null || s.isBlank()) return null;
        String v = s.strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(Watcher.CHINA).toLocalDate().toString();
        } catch (RuntimeException ignored) {
            // not RFC 822
        }
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(Watcher.CHINA).toLocalDate().toString();
        } catch (RuntimeException ignored) {
            // not RFC 3339
        }
        try {
            return LocalDate.parse(v.substring(0, Math.min(10, v.length()))).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element el && localName.equals(el.getLocalName())) out.add(el);
        }
        return out;
    }

    private static String text(Element parent, String localName) {
        for (Element e : children(parent, localName)) return e.getTextContent().strip();
        return "";
    }
}
