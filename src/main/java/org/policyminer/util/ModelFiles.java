package org.policyminer.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's plain-text models ({@code models/<file>}). The classpath resource {@code /models/<file>}
 * comes first, so the shaded jar works on its own; during development the file under the working directory (or
 * under the system property {@code policyminer.root}, which surefire sets) is the fallback.
 */
public final class ModelFiles {
    private ModelFiles() {}

    /** The data lines of a model file: comments ({@code #}) and blank lines dropped, trailing blanks trimmed. */
    public static List<String> dataLines(String file) {
        List<String> out = new ArrayList<>();
        for (String line : rawText(file).split("\n")) {
            String s = line.stripTrailing();
            if (s.isEmpty() || s.startsWith("#")) continue;
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** The whole file as text; throws with the places searched when it is nowhere. */
    public static String rawText(String file) {
        try (InputStream in = ModelFiles.class.getResourceAsStream("/models/" + file)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource /models/" + file, e);
        }
        List<Path> tried = new ArrayList<>();
        String root = System.getProperty("policyminer.root");
        if (root != null) tried.add(Path.of(root, "models", file));
        tried.add(Path.of("models", file));
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).replace("\r", "");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read model file " + p, e);
                }
            }
        }
        throw new IllegalStateException("model file '" + file + "' not found on the classpath (/models/" + file
                + ") nor at " + tried);
    }
}
