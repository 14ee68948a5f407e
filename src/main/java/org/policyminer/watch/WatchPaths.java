package org.policyminer.watch;

import java.nio.file.Path;

/**
 * Where the watcher keeps its files: a sibling of the index directory, {@code <index>.watch/}. Outside the index
 * so that Lucene never sees foreign files, next to it so that copying or deleting "the index" in a shell
 * naturally carries its watch state and alerts along.
 */
public record WatchPaths(Path dir) {
    public static WatchPaths forIndex(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return new WatchPaths(abs.resolveSibling(abs.getFileName() + ".watch"));
    }

    public Path state() {
        return dir.resolve("state.json");
    }

    public Path alerts() {
        return dir.resolve("alerts.json");
    }
}
