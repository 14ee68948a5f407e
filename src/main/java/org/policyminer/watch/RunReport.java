package org.policyminer.watch;

/** Counts of one watch run: events emitted by kind, and items replayed from a previous, interrupted run. */
public record RunReport(int added, int updated, int errors, int replayed) {}
