package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Saved searches fire once per matching article version, on stdout, the Atom file and the webhook. */
class AlertsIT {
    @TempDir Path dir;
    MiitFixtureSite site;
    WebhookReceiver hook;
    WatchHarness watch;
    Path atom;

    @BeforeEach
    void start() throws Exception {
        site = MiitFixtureSite.start();
        hook = new WebhookReceiver();
        watch = new WatchHarness(dir, site.base(), backend());
        atom = dir.resolve("alerts.atom");
        watch.channels.add(new AtomFeedWriter(atom, 100, watch.time));
        watch.channels.add(new WebhookDelivery(hook.url(), watch.time, 4, Duration.ofSeconds(1)));
    }

    /** Where the articles go: the local index here, a SolrCloud collection in {@link AlertsOnSolrIT}. */
    WatchBackend backend() throws Exception {
        return WatchBackend.LOCAL;
    }

    @AfterEach
    void stop() {
        hook.close();
        site.close();
    }

    static List<String> atomLinks(Path atom, String alertId) throws Exception {
        Document d = SafeXml.documentBuilder().parse(atom.toFile());
        NodeList entries = d.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            Element cat = (Element) e.getElementsByTagNameNS(AtomFeedWriter.ATOM, "category").item(0);
            if (cat.getAttribute("term").equals(alertId)) {
                out.add(((Element) e.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link").item(0)).getAttribute("href"));
            }
        }
        return out;
    }

    static List<String> webhookLinks(WebhookReceiver hook, String alertId) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : hook.accepted) if (n.path("alert").asText().equals(alertId)) out.add(n.path("event").path("url").asText());
        return out;
    }

    @Test
    void savedSearchFiresOncePerMatchingNewArticleOnAllThreeChannels() throws Exception {
        // Saved in traditional script: matching is script-blind, like search.
        watch.alerts().put(new SavedSearch("ic", "集成電路", null, null, null, null, null, null));
        watch.alerts().put(new SavedSearch("quality", "\"质量提升\"", null, null, null, null, null, null));
        hook.failNext.set(1); // the first POST meets a 503 and is retried

        watch.run();
        Scenario.change(site);
        watch.run();
        watch.run();

        List<String> stdoutIc = watch.events.stream().filter(e -> e.alerts().contains("ic")).map(WatchEvent::url).sorted().toList();
        List<String> expectedIc = List.of(site.url("a4"), site.url("n3")).stream().sorted().toList();
        assertEquals(expectedIc, stdoutIc);
        assertEquals(List.of(site.url("n1")), watch.events.stream().filter(e -> e.alerts().contains("quality")).map(WatchEvent::url).toList());
        assertEquals(expectedIc, atomLinks(atom, "ic").stream().sorted().toList());
        assertEquals(List.of(site.url("n1")), atomLinks(atom, "quality"));
        assertEquals(expectedIc, webhookLinks(hook, "ic").stream().sorted().toList());
        assertEquals(List.of(site.url("n1")), webhookLinks(hook, "quality"));
        assertEquals(4, hook.attempts.get(), "3 deliveries plus one retry after the 503");
        assertTrue(watch.time.sleeps().contains(Duration.ofSeconds(1)), "the retry waited (on the fake clock)");
    }

    @Test
    void updatedArticleThatMatchesFiresAgainForItsNewContent() throws Exception {
        watch.alerts().put(new SavedSearch("cluster", "先进制造业集群", null, null, null, null, null, null));
        watch.run();
        site.edit("a1", "（更新）");
        watch.time.advance(Duration.ofMinutes(30)); // the first re-check is due an hour after first seen
        watch.run();
        String a1 = site.url("a1");
        List<WatchEvent> fired = watch.events.stream().filter(e -> e.alerts().contains("cluster") && e.url().equals(a1)).toList();
        assertEquals(List.of(WatchEvent.NEW, WatchEvent.UPDATED), fired.stream().map(WatchEvent::event).toList());
        assertEquals(2, webhookLinks(hook, "cluster").stream().filter(a1::equals).count());
        assertEquals(2, atomLinks(atom, "cluster").stream().filter(a1::equals).count());
    }

    @Test
    void failedWebhookIsRetriedOnTheNextRunWithoutRepeatingOtherChannels() throws Exception {
        watch.alerts().put(new SavedSearch("ic", "集成电路", null, null, null, null, null, null));
        hook.failNext.set(100);
        List<WatchEvent> first = watch.run();
        assertTrue(first.stream().anyMatch(e -> e.event().equals(WatchEvent.ERROR) && e.error().contains("webhook")), first::toString);
        hook.failNext.set(0);
        List<WatchEvent> second = watch.run();
        assertEquals(List.of(), second, "no event is printed twice");
        assertEquals(List.of(site.url("a4")), webhookLinks(hook, "ic"));
        assertEquals(List.of(site.url("a4")), atomLinks(atom, "ic"));
    }
}
