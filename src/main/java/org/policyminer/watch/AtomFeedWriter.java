package org.policyminer.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.util.Atom;

import org.policyminer.util.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Alerts as an Atom feed file a feed reader can subscribe to: newest entry first, at most {@code maxEntries}, the
 * file replaced atomically. Entry ids are the delivery keys, so writing an alert that is already there does nothing.
 */
public final class AtomFeedWriter implements AlertChannel {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Path file;
    private final int maxEntries;
    private final Clock clock;

    public AtomFeedWriter(Path file, int maxEntries, Clock clock) {
        this.file = file;
        this.maxEntries = Math.max(1, maxEntries);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "atom";
    }

    static String entryId(Alert a) {
        return "urn:policyminer:alert:" + a.deliveryKey().replace('|', ':');
    }

    @Override
    public synchronized void deliver(Alert alert) throws IOException {
        List<Atom.Entry> entries = load();
        String id = entryId(alert);
        for (Atom.Entry e : entries) if (id.equals(e.id())) return;
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        WatchEvent e = alert.event();
        List<Atom.Entry> all = new ArrayList<>();
        all.add(new Atom.Entry(id, "[" + alert.alertId() + "] " + (e.title() == null ? e.url() : e.title()),
                List.of(new Atom.Link(null, null, e.url())), now, null, null, alert.alertId(), e.event() + " article from " + e.source()
                + (e.published() == null ? "" : ", published " + e.published()) + ", matched saved search " + alert.alertId(), false));
        all.addAll(entries.subList(0, Math.min(entries.size(), maxEntries - 1)));
        Atom.Feed feed = new Atom.Feed("urn:policyminer:alerts:" + file.getFileName(), "PolicyMiner alerts", List.of(), now, null, all);
        AtomicFiles.write(file, Atom.write(feed).getBytes(StandardCharsets.UTF_8));
    }

    /** The entries already in the file, newest first; none when there is no file yet. */
    private List<Atom.Entry> load() throws IOException {
        if (!Files.exists(file)) return List.of();
        Document d;
        try {
            d = SafeXml.documentBuilder().parse(file.toFile());
        } catch (SAXException e) {
            throw new IOException("the Atom file " + file + " is not well-formed XML; move it away to start a new feed", e);
        }
        Element feed = d.getDocumentElement();
        if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
            throw new IOException("the file " + file + " is not an Atom feed; move it away to start a new feed");
        }
        List<Atom.Entry> out = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element en = (Element) entries.item(i);
            Element link = first(en, "link");
            Element cat = first(en, "category");
            out.add(new Atom.Entry(text(en, "id"), text(en, "title"), link == null ? List.of() : List.of(new Atom.Link(null, null, link.getAttribute("href"))),
                    text(en, "updated"), null, null, cat == null ? null : cat.getAttribute("term"), text(en, "summary"), false));
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(ATOM, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }
}
