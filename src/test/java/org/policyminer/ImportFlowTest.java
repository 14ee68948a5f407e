package org.policyminer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports run with the flow: a package may use the packages below it and never one above. The order is the flow of a
 * document (fetch → extract → convert → document → entities → index → ingest → search) with the contract at the bottom and the
 * front ends (view, web, cli) at the top. A new package must be placed here before it can be used.
 */
class ImportFlowTest {
    static final List<String> LAYERS = List.of(
            "util",
            "doc",
            "stage",
            "fetch",
            "extract",
            "convert",
            "document",
            "entities",
            "attach",    // reads attachments with fetch, convert and entities; the index stores what it reads
            "index",
            "ingest",
            "crawl",
            "search",
            "solr",
            "watch",
            "eval",
            "bench",
            "view",
            "web",
            "",          // org.policyminer itself: the library facade
            "cli");

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.policyminer\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");
    private static final Path SOURCES = Path.of(System.getProperty("policyminer.root", "."), "src/main/java/org/policyminer");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        TreeSet<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = layerOf(SOURCES.relativize(f.getParent()).toString().replace('/', '.'));
                if (LAYERS.indexOf(from) < 0) {
                    unplaced.add(from);
                    continue;
                }
                Matcher m = REFERENCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String to = layerOf(m.group(1));
                    if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) violations.add(SOURCES.relativize(f) + " uses " + m.group(1));
                }
            }
        }
        assertTrue(unplaced.isEmpty(), "packages not placed in LAYERS: " + unplaced);
        assertEquals(List.of(), violations, "imports against the flow");
    }

    @Test
    void theScanSeesAnUpwardImport() {
        Matcher m = REFERENCE.matcher("import org.policyminer.index.PolicyIndex;");
        assertTrue(m.find());
        assertTrue(LAYERS.indexOf(layerOf(m.group(1))) > LAYERS.indexOf("extract"), "index sits above extract");
        assertEquals(Map.of("index", "index"), Map.of(layerOf("index.analysis"), layerOf("index")), "sub-packages share their parent's place");
    }

    /** A sub-package takes its parent's place (index.analysis is part of index); the root package is "". */
    static String layerOf(String pkg) {
        if (pkg.isEmpty() || pkg.equals(".")) return "";
        int dot = pkg.indexOf('.');
        String top = dot < 0 ? pkg : pkg.substring(0, dot);
        return LAYERS.contains(top) || !Character.isUpperCase(top.charAt(0)) ? top : "";
    }
}
