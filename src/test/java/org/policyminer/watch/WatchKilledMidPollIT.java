package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first poll killed at a random moment, then polled again (and killed again, at random, until a poll gets through),
 * reports every listed article exactly once. With two rows a list page, 通知's a3 and a4 sit on its second page:
 * before the watch recorded how far a poll had listed, a poll killed after a1 was followed by one that met a1 on
 * page 1, stopped paging, and never reported a3 and a4. Then the next step's changes are reported as usual. Kills
 * are the watcher's step boundaries (listed, fetched, indexed, recorded, delivered, completed), drawn at random,
 * over twelve seeded trials; a kill also stops the poll's page listing (a failed second page) in half of them.
 */
class WatchKilledMidPollIT {
    @TempDir Path dir;

    private static final List<String> FIRST = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7");

    /** Where the articles go: the local index here, a SolrCloud collection in {@link WatchKilledMidPollOnSolrIT}; empty for each trial. */
    WatchBackend backend() throws Exception {
        return WatchBackend.LOCAL;
    }

    @Test
    void everyListedArticleIsReportedOnceHoweverThePollsAreKilled() throws Exception {
        for (int trial = 0; trial < 12; trial++) {
            SplittableRandom random = new SplittableRandom(2300 + trial);
            try (MiitFixtureSite site = MiitFixtureSite.start()) {
                site.rowsPerPage = 2;
                WatchHarness h = new WatchHarness(dir.resolve("t" + trial), site.base(), backend());
                if (random.nextBoolean()) site.failListPage(MiitFixtureSite.TZ, 2, 4);
                int kills = 0;
                while (true) {
                    AtomicInteger boundary = new AtomicInteger();
                    int killAt = 1 + random.nextInt(20);
                    h.crash = (step, channel) -> {
                        if (boundary.incrementAndGet() == killAt) throw new WatchCrashIT.SimulatedCrash(step.name());
                    };
                    try {
                        h.run();
                        break;
                    } catch (WatchCrashIT.SimulatedCrash killed) {
                        kills++;
                    }
                    assertTrue(kills < 30, "trial " + trial + ": a poll got through");
                }
                h.crash = CrashHook.NONE;
                h.run();
                String where = "trial " + trial + " after " + kills + " kills: " + h.events;
                assertEquals(FIRST, reported(h, site, "new"), where);

                site.publish(MiitFixtureSite.ZCJD, "n2");
                h.events.clear();
                h.run();
                assertEquals(List.of("n2"), reported(h, site, "new"), "the next step's changes: " + h.events);
            }
        }
    }

    /** The articles reported as {@code kind}, one entry per report, sorted. */
    private static List<String> reported(WatchHarness h, MiitFixtureSite site, String kind) {
        Map<String, Integer> count = new TreeMap<>();
        for (WatchEvent e : h.events) {
            if (!e.event().equals(kind)) continue;
            count.merge(site.idOf(e.url()), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        count.forEach((id, n) -> {
            for (int i = 0; i < n; i++) out.add(id);
        });
        return out;
    }
}
