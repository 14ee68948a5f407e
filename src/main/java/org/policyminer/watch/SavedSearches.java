package org.policyminer.watch;

import org.policyminer.util.AtomicFiles;
import org.policyminer.util.Json;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved searches of one index, in {@code alerts.json} next to it (see {@link WatchPaths}). The file is read
 * afresh at the start of every watch run, so {@code alerts add} takes effect without restarting a watcher.
 */
public final class SavedSearches {
    private final Path file;

    public SavedSearches(Path file) {
        this.file = file;
    }

    public List<SavedSearch> list() throws IOException {
        if (!Files.exists(file)) return List.of();
        try {
            return Json.MAPPER.readValue(file.toFile(), new TypeReference<List<SavedSearch>>() {});
        } catch (IOException e) {
            throw new IOException("cannot read saved searches " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<SavedSearch> get(String id) throws IOException {
        return list().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Adds a search, or replaces the one with the same id; returns whether it replaced one. */
    public boolean put(SavedSearch s) throws IOException {
        List<SavedSearch> all = new ArrayList<>(list());
        boolean replaced = all.removeIf(x -> x.id().equals(s.id()));
        all.add(s);
        AtomicFiles.write(file, Json.pretty(all).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return replaced;
    }

    /** Removes a search; returns whether there was one. */
    public boolean remove(String id) throws IOException {
        List<SavedSearch> all = new ArrayList<>(list());
        if (!all.removeIf(x -> x.id().equals(id))) return false;
        AtomicFiles.write(file, Json.pretty(all).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return true;
    }
}
