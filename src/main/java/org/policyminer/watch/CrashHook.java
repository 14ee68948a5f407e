package org.policyminer.watch;

/**
 * Called at each step boundary of processing an article. Production uses {@link #NONE}; tests make it throw or halt
 * at each boundary in turn to prove that a crash anywhere neither loses nor repeats an event.
 */
@FunctionalInterface
public interface CrashHook {
    /** The boundaries: a source's listing recorded, then each article's steps in order ({@code DELIVERED} once per channel). */
    enum Step { LISTED, FETCHED, INDEXED, RECORDED, DELIVERED, COMPLETED }

    CrashHook NONE = (step, channel) -> {};

    /** @param channel for {@link Step#DELIVERED}, the channel's name (stdout, atom, webhook); null otherwise */
    void at(Step step, String channel);
}
