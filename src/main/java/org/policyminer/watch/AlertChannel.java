package org.policyminer.watch;

import java.io.IOException;

/** Somewhere alerts go besides stdout: an Atom file, a webhook. Deliveries must tolerate being repeated after a crash. */
public interface AlertChannel {
    /** Short name, part of the recorded delivery key ("atom", "webhook"). */
    String name();

    void deliver(Alert alert) throws IOException, InterruptedException;
}
