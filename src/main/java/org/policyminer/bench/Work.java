package org.policyminer.bench;

/** A unit of work the bench repeats: a warm-up round, a pass of a baseline. */
@FunctionalInterface
interface Work {
    void run() throws Exception;
}
