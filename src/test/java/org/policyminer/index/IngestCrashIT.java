package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;

/** kill -9 during ingest: the index stays as of its last commit, and a re-run completes it without duplicates. */
class IngestCrashIT {
    @TempDir Path dir;

    @Test
    void killDuringIngestLeavesLastCommitAndRerunCompletesWithoutDuplicates() throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        int n = 400;
        for (int i = 0; i < n; i++) {
            String html = "<html><head><meta charset=utf-8><title>集群文章" + i + "</title></head><body><div id=con_con>"
                    + "<p>第" + i + "号文章：工业互联网平台建设加快推进，集成电路产业集群规模持续扩大，企业数量增加。</p>"
                    + "<p>编号" + i + "的段落说明先进制造业集群的培育方向与重点任务。</p></div></body></html>";
            Files.writeString(pages.resolve(String.format("p%04d.html", i)), html, StandardCharsets.UTF_8);
        }
        Path index = dir.resolve("index");
        Process p = ingest(index, pages, "--batch", "20", "--threads", "1");
        // Wait for at least one commit past the first, then kill -9 mid-run.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (commits(index) < 2 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(p.isAlive(), "ingest finished before it could be killed; make the corpus larger");
        p.destroyForcibly().waitFor();

        int afterCrash;
        try (PolicySearcher s = PolicySearcher.open(index)) {
            afterCrash = s.count();
        }
        assertTrue(afterCrash > 0 && afterCrash < n, "index holds a committed prefix, holds " + afterCrash);
        assertEquals(0, afterCrash % 20, "only whole batches are visible after a crash, saw " + afterCrash);

        Process rerun = ingest(index, pages, "--batch", "50");
        assertEquals(0, rerun.waitFor(), new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(n, s.count());
            // every copy: the pages differ in a number only, so they are near duplicates of each other (one group)
            assertEquals(n, s.search(SearchRequest.of("工业互联网").withAllCopies(true)).total());
            assertEquals(1, s.search(SearchRequest.of("\"第17号文章\"")).total());
        }
    }

    private static int commits(Path index) {
        try (FSDirectory d = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(d)) return 0;
            return DirectoryReader.listCommits(d).size() == 0 ? 0 : (int) DirectoryReader.listCommits(d).get(DirectoryReader.listCommits(d).size() - 1).getGeneration();
        } catch (Exception e) {
            return 0;
        }
    }

    private static Process ingest(Path index, Path pages, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.policyminer.cli.Main", "ingest", "--index", index.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(pages.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
