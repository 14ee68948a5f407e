package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the watcher at every step boundary in turn (a hook throws an Error, which unwinds without any of the
 * watcher's own error handling, and the index is closed without commit, as a crash would leave it), restarts it,
 * and checks that the events and alert deliveries of crash + restart equal those of a clean run: none lost, none
 * repeated.
 */
class WatchCrashIT {
    @TempDir Path dir;

    static final class SimulatedCrash extends Error {
        SimulatedCrash(String step) {
            super("simulated crash at " + step);
        }
    }

    record Outcome(List<String> events, List<String> atom, List<String> webhook, int boundaries, List<String> crashedAt) {}

    /** Where the articles go: the local index here, a SolrCloud collection in {@link WatchCrashOnSolrIT}; empty for each scenario. */
    WatchBackend backend() throws Exception {
        return WatchBackend.LOCAL;
    }

    private Outcome scenario(Path root, int crashAt) throws Exception {
        Files.createDirectories(root);
        try (MiitFixtureSite site = MiitFixtureSite.start(); WebhookReceiver hook = new WebhookReceiver()) {
            WatchHarness h = new WatchHarness(root, site.base(), backend());
            h.columns = List.of(MiitFixtureSite.ZCJD, MiitFixtureSite.SJDT);
            Path atom = root.resolve("alerts.atom");
            h.channels.add(new AtomFeedWriter(atom, 100, h.time));
            h.channels.add(new WebhookDelivery(hook.url(), h.time, 3, Duration.ofSeconds(1)));
            h.alerts().put(new SavedSearch("ic", "集成电路 OR 绿色", null, null, null, null, null, null));
            AtomicInteger boundary = new AtomicInteger();
            List<String> crashedAt = new ArrayList<>();
            h.crash = (step, channel) -> {
                if (boundary.incrementAndGet() == crashAt) {
                    String where = step.name().toLowerCase(java.util.Locale.ROOT) + (channel == null ? "" : ":" + channel);
                    crashedAt.add(where);
                    throw new SimulatedCrash(where);
                }
            };
            surviving(h);
            site.publish(MiitFixtureSite.ZCJD, "n2");
            site.publish(MiitFixtureSite.SJDT, "n3");
            site.edit("a6", "（更新：补充政策图解。）");
            surviving(h);
            surviving(h);
            List<String> events = h.events.stream().map(e -> e.event() + " " + e.url().replace(site.base(), "") + " " + e.alerts()).sorted().toList();
            List<String> atomLinks = Files.exists(atom) ? AlertsIT.atomLinks(atom, "ic").stream().map(u -> u.replace(site.base(), "")).sorted().toList() : List.of();
            List<String> hookLinks = AlertsIT.webhookLinks(hook, "ic").stream().map(u -> u.replace(site.base(), "")).sorted().toList();
            return new Outcome(events, atomLinks, hookLinks, boundary.get(), crashedAt);
        }
    }

    /** A run that crashes is followed at once by a restart, as a supervisor would do. */
    private static void surviving(WatchHarness h) throws Exception {
        try {
            h.run();
        } catch (SimulatedCrash c) {
            h.run();
        }
    }

    @Test
    void crashAtAnyStepBoundaryLosesNoEventAndRepeatsNone() throws Exception {
        Outcome clean = scenario(dir.resolve("clean"), 0);
        assertTrue(clean.events().stream().noneMatch(e -> e.startsWith("error")), clean.events()::toString);
        assertEquals(6, clean.events().size(), clean.events()::toString); // 3 new, then 2 new and 1 updated
        assertEquals(clean.atom(), clean.webhook());
        assertEquals(2, clean.atom().size(), clean.atom()::toString); // a5 (绿色) and n3 (集成电路)
        for (int k = 1; k <= clean.boundaries(); k++) {
            Outcome crashed = scenario(dir.resolve("crash-" + k), k);
            String at = "crash at boundary " + k + " " + crashed.crashedAt();
            assertEquals(List.of(1), List.of(crashed.crashedAt().size()), at);
            assertEquals(clean.events(), crashed.events(), at);
            assertEquals(clean.atom(), crashed.atom(), at);
            assertEquals(clean.webhook(), crashed.webhook(), at);
        }
    }
}
