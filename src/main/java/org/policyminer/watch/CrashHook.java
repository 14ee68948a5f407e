package org.policyminer.watch;

/**
 * Called at each step boundary of processing an article ("fetched", "indexed", "recorded", "delivered:stdout",
 * "delivered:atom", "delivered:webhook", "completed"). Production uses {@link #NONE}; tests make it throw or halt
 * at each boundary in turn to prove that a crash anywhere neither loses nor repeats an event.
 */
@FunctionalInterface
public interface CrashHook {
    CrashHook NONE = step -> {};

    void at(String step);
}
