package org.policyminer.watch;

import org.policyminer.util.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
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
        Document doc = load();
        Element feed = doc.getDocumentElement();
        String id = entryId(alert);
        NodeList ids = feed.getElementsByTagNameNS(ATOM, "id");
        for (int i = 0; i < ids.getLength(); i++) {
            if (ids.item(i).getParentNode() != feed && id.equals(ids.item(i).getTextContent())) return;
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        WatchEvent e = alert.event();
        Element entry = doc.createElementNS(ATOM, "entry");
        child(doc, entry, "id", id);
        child(doc, entry, "title", "[" + alert.alertId() + "] " + (e.title() == null ? e.url() : e.title()));
        Element link = doc.createElementNS(ATOM, "link");
        link.setAttribute("href", e.url());
        entry.appendChild(link);
        child(doc, entry, "updated", now);
        Element cat = doc.createElementNS(ATOM, "category");
        cat.setAttribute("term", alert.alertId());
        entry.appendChild(cat);
        child(doc, entry, "summary", e.event() + " article from " + e.source()
                + (e.published() == null ? "" : ", published " + e.published()) + ", matched saved search " + alert.alertId());
        Node firstEntry = feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        feed.insertBefore(entry, firstEntry);
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = entries.getLength() - 1; i >= maxEntries; i--) feed.removeChild(entries.item(i));
        setUpdated(doc, feed, now);
        AtomicFiles.write(file, serialize(doc));
    }

    private Document load() throws IOException {
        if (Files.exists(file)) {
            try {
                Document d = SafeXml.documentBuilder().parse(file.toFile());
                if (ATOM.equals(d.getDocumentElement().getNamespaceURI()) && "feed".equals(d.getDocumentElement().getLocalName())) return d;
            } catch (SAXException e) {
                throw new IOException("the Atom file " + file + " is not well-formed XML; move it away to start a new feed", e);
            }
            throw new IOException("the file " + file + " is not an Atom feed; move it away to start a new feed");
        }
        Document d = SafeXml.documentBuilder().newDocument();
        Element feed = d.createElementNS(ATOM, "feed");
        d.appendChild(feed);
        child(d, feed, "id", "urn:policyminer:alerts:" + file.getFileName());
        child(d, feed, "title", "PolicyMiner alerts");
        child(d, feed, "updated", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        return d;
    }

    private static void setUpdated(Document doc, Element feed, String now) {
        for (Node n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && "updated".equals(el.getLocalName())) {
                el.setTextContent(now);
                return;
            }
        }
        child(doc, feed, "updated", now);
    }

    private static void child(Document d, Element parent, String name, String text) {
        Element el = d.createElementNS(ATOM, name);
        el.setTextContent(text);
        parent.appendChild(el);
    }

    private static byte[] serialize(Document d) throws IOException {
        try {
            Transformer t = SafeXml.transformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }
}
