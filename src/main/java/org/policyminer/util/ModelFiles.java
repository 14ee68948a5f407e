package org.policyminer.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads files of {@code models/}: from the classpath (the jar ships them under /models), else from the
 * project's {@code models/} directory (system property {@code policyminer.root}, else the working directory).
 */
public final class ModelFiles {
    private ModelFiles() {}

    public static String read(String name) {
        try (InputStream in = ModelFiles.class.getResourceAsStream("/models/" + name)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path p = Path.of(System.getProperty("policyminer.root", "."), "models", name);
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file models/" + name, e);
        }
    }

    /** Non-blank lines with '#' comments removed. */
    public static List<String> lines(String name) {
        return read(name).lines()
                .map(l -> {
                    int h = l.indexOf('#');
                    return (h >= 0 ? l.substring(0, h) : l).strip();
                })
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
