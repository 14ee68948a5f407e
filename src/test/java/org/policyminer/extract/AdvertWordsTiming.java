package org.policyminer.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The vocabulary's sum, as met against sorted, over the short lines of page folders, in alternating rounds in one JVM
 * (thread CPU ms a round): what each way costs on the lines the detector reads. Not a test: a measuring tool.
 * {@code java -cp target/test-classes:target/classes:DEPS org.policyminer.extract.AdvertWordsTiming ROUNDS DIR...}
 */
public final class AdvertWordsTiming {
    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                    if (doc.body() == null) continue;
                    for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) if (Chars.nonSpace(p.text()) <= AdvertShape.MAX_CHARS) lines.add(p.text());
                }
            }
        }
        AdvertWords words = AdvertWords.standard();
        int rounds = Integer.parseInt(args[0]);
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long[] ns = new long[2];
            for (int k = 0; k < 2; k++) {
                boolean asMet = (k + r) % 2 == 0;
                long t0 = threads.getCurrentThreadCpuTime();
                for (int rep = 0; rep < 20; rep++) for (String l : lines) sink += words.sumAndCount(l, asMet)[0];
                ns[asMet ? 0 : 1] = threads.getCurrentThreadCpuTime() - t0;
            }
            System.out.printf("%d lines x20: as met %.1f ms, sorted %.1f ms%n", lines.size(), ns[0] / 1e6, ns[1] / 1e6);
        }
        if (sink == 42) System.out.println();
    }
}
