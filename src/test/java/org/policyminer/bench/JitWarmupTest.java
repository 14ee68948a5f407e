package org.policyminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitWarmupTest {
    @Test
    void runsAtLeastTheMinimumAndAtMostTheMaximumOfRounds() throws Exception {
        int[] ran = {0};
        int rounds = JitWarmup.untilSettled(() -> ran[0]++, 3, 7);
        assertEquals(ran[0], rounds);
        assertTrue(rounds >= 3 && rounds <= 7, "rounds: " + rounds);
    }

    @Test
    void aQuietRoundBetweenBurstsOfCompilationIsNotSettled() throws Exception {
        // Shares of CPU time the compiler took in successive rounds: the first quiet round is followed by a burst.
        double[] shares = {0.30, 0.01, 0.20, 0.02, 0.01, 0.03, 0.01, 0.01};
        int[] ran = {0};
        int rounds = JitWarmup.untilSettled(() -> {}, 1, 100, round -> shares[ran[0]++]);
        assertEquals(6, rounds);
    }

    @Test
    void stopsOnceCompilationIsASmallShareOfARound() throws Exception {
        // Rounds of ~50 ms of work on code compiled long before: the compiler has nothing left to do for them.
        int rounds = JitWarmup.untilSettled(JitWarmupTest::busyFiftyMillis, 2, 200);
        assertTrue(rounds < 200, "never settled: " + rounds);
    }

    private static void busyFiftyMillis() {
        long end = System.nanoTime() + 50_000_000L;
        long x = 0;
        while (System.nanoTime() < end) x += Long.numberOfTrailingZeros(x + System.nanoTime());
        if (x == 42) System.out.print("");
    }
}
