package org.policyminer.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a seen article is fetched again (a conditional GET) to catch an edit in place: 1 h, 6 h, 1 d, 3 d, 7 d, 14 d
 * and 30 d after it was first seen, then never. Edits cluster right after publication and thin out (a 补充通知 two weeks
 * later), so seven requests cover a month where a fixed window either misses late edits or re-fetches every poll.
 * A poll that comes late makes one request for all the steps it passed.
 */
public final class RecheckSchedule {
    public static final List<Duration> STEPS = List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));

    private RecheckSchedule() {}

    /** Whether an article first seen at {@code firstSeen} and re-checked {@code checks} steps far is due at {@code now}. */
    public static boolean due(Instant firstSeen, int checks, Instant now) {
        if (firstSeen == null || checks >= STEPS.size()) return false;
        return !now.isBefore(firstSeen.plus(STEPS.get(Math.max(0, checks))));
    }

    /** The steps passed by {@code now}: what a check made now covers. */
    public static int stepsPassed(Instant firstSeen, Instant now) {
        int n = 0;
        while (n < STEPS.size() && !now.isBefore(firstSeen.plus(STEPS.get(n)))) n++;
        return n;
    }
}
