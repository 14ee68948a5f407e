package org.policyminer.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.util.Json;

/**
 * Finds and reads site profiles: a path to a user's JSON file (one site, an array of sites, or {@code {"profiles": […]}}),
 * or the name of a profile shipped in {@code /profiles/NAME.json} on the class path.
 */
public final class SiteProfiles {
    private SiteProfiles() {}

    /** The names of the shipped profiles, as listed in {@code /profiles/index.txt}. */
    public static List<String> shipped() {
        try (InputStream in = SiteProfiles.class.getResourceAsStream("/profiles/index.txt")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The profiles a user named: an existing file, else a shipped profile of that name.
     *
     * @throws IllegalArgumentException one line: what was not found, or which field of which profile is wrong
     */
    public static List<SiteProfile> load(String fileOrName) {
        Path p = Path.of(fileOrName);
        if (Files.isRegularFile(p)) {
            try {
                return parse(Files.readAllBytes(p), p.toString());
            } catch (IOException e) {
                throw new IllegalArgumentException("profile " + fileOrName + ": cannot read: " + e.getMessage());
            }
        }
        if (fileOrName.matches("[a-z0-9][a-z0-9-]*")) {
            try (InputStream in = SiteProfiles.class.getResourceAsStream("/profiles/" + fileOrName + ".json")) {
                if (in != null) return parse(in.readAllBytes(), fileOrName);
            } catch (IOException e) {
                throw new IllegalArgumentException("profile " + fileOrName + ": cannot read: " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("no profile file or shipped profile named '" + fileOrName + "' (shipped: "
                + String.join(", ", shipped()) + ")");
    }

    static List<SiteProfile> parse(byte[] bytes, String where) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("profile " + where + ": not JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (root != null && root.isObject() && root.has("profiles")) root = root.get("profiles");
        List<SiteProfile> out = new ArrayList<>();
        if (root != null && root.isArray()) {
            if (root.isEmpty()) throw new IllegalArgumentException("profile " + where + ": the array holds no site");
            for (JsonNode n : root) out.add(SiteProfile.fromJson(n, where));
        } else {
            out.add(SiteProfile.fromJson(root, where));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SiteProfile s : out) {
            if (!names.add(s.name())) throw new IllegalArgumentException("profile " + where + ": field 'name': '" + s.name() + "' is used twice");
        }
        return out;
    }
}
