package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.PolicyMiner;
import org.policyminer.bench.SyntheticCorpus;
import org.policyminer.doc.PolicyDoc;

/**
 * One bad input fails alone, within the documented heap: the real jar ingests, in a child JVM under {@code -Xmx512m},
 * a 30 MB page of one paragraph, two 8 MB pages of many paragraphs (at the cap, indexed one at a time) and six
 * ordinary corpus pages. Before the document caps the 30 MB page ran the run out of memory and nothing was indexed.
 */
class HugePageIngestIT {
    @TempDir Path dir;

    @Test
    void aHugePageFailsAloneWithTheCapItHitAndTheOthersAreIndexed() throws Exception {
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<Path> corpus;
        try (Stream<Path> s = Files.walk(root.resolve("corpora/pages"))) {
            corpus = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> paragraphs = new ArrayList<>();
        List<PolicyDoc> seeds = new ArrayList<>();
        PolicyMiner miner = PolicyMiner.create();
        for (Path p : corpus) {
            PolicyDoc d = miner.process(p.toString());
            seeds.add(d);
            paragraphs.addAll(d.article().paragraphs());
        }
        for (Path p : corpus.subList(0, 6)) Files.copy(p, pages.resolve(p.getFileName()));
        writeOneParagraph(pages.resolve("huge.html"), paragraphs, 30L << 20);
        SyntheticCorpus big = new SyntheticCorpus(seeds, 3);
        for (int i = 0; i < 2; i++) Files.write(pages.resolve("big" + i + ".html"), big.bigPage(i, 8_000_000, false).body());

        Path jar = root.resolve("target/policyminer.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        if (Files.exists(jar)) cmd.addAll(List.of("-jar", jar.toString()));
        else cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.policyminer.cli.Main"));
        cmd.addAll(List.of("ingest", "--index", dir.resolve("index").toString(), pages.toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) p.destroyForcibly();
        String stdout = Files.readString(out);
        List<String> errors = Files.readAllLines(err).stream().filter(l -> l.startsWith("policyminer: ")).toList();
        assertTrue(ended, "the ingest ended");
        assertEquals(1, p.exitValue(), stdout + errors);
        assertTrue(stdout.contains("8 added") && stdout.contains("1 failed"), stdout + errors);
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("huge.html") && errors.get(0).contains("over the cap"), errors.get(0));
    }

    /** A page of about {@code bytes} bytes whose text is one paragraph, written as it is built. */
    private static void writeOneParagraph(Path file, List<String> paragraphs, long bytes) throws Exception {
        SplittableRandom r = new SplittableRandom(30);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><meta charset=\"utf-8\"><title>巨页</title></head><body><h1>巨页</h1><p>");
            for (long n = 0; n < bytes; ) {
                String s = paragraphs.get(r.nextInt(paragraphs.size()));
                w.write(s);
                n += s.getBytes(StandardCharsets.UTF_8).length;
            }
            w.write("</p></body></html>");
        }
    }
}
