package org.policyminer.watch;

/** Where events are printed (stdout in the CLI, a list in tests). Must not return before the event is written out. */
@FunctionalInterface
public interface EventSink {
    void emit(WatchEvent event);
}
