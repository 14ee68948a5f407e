package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.index.IndexDamage;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.PolicySearcher;
import picocli.CommandLine;

/**
 * A damaged index is found early and explained in one line with the command that repairs it: a real index of the
 * corpus on disk, its largest segment file truncated or garbled (4 KB in the middle), then opened by a writer, a
 * searcher, {@code ingest} and {@code check}. Before, a truncated file gave Lucene's "codec footer mismatch (file
 * truncated?)" and garbled terms data was not noticed at all: an ingest over it counted every page unchanged.
 */
class IndexDamageIT {
    @TempDir Path dir;
    private Path index;
    private Path pages;

    @BeforeEach
    void build() {
        index = dir.resolve("index");
        pages = Path.of(System.getProperty("policyminer.root", ".")).resolve("corpora/pages");
        Run r = run("ingest", "--index", index.toString(), pages.toString());
        assertEquals(0, r.status, r.err);
    }

    @Test
    void aTruncatedFileIsNamedWithItsRepair() throws Exception {
        Path file = largestFile();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        IOException writer = assertThrows(IOException.class, () -> PolicyIndex.open(index, false));
        assertOneLineNamingDamage(writer.getMessage(), file);
        IOException reader = assertThrows(IOException.class, () -> PolicySearcher.open(index));
        assertOneLineNamingDamage(reader.getMessage(), file);
        Run search = run("search", "--index", index.toString(), "集群");
        assertEquals(1, search.status);
        assertOneLineNamingDamage(search.err.strip(), file);
    }

    @Test
    void garbledTermsDataIsFoundByAPlainIngestAndByCheckAndCheckFixRepairsIt() throws Exception {
        Path file = largestFile();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new java.util.Random(4).nextBytes(junk);
            f.seek(f.length() / 2);
            f.write(junk);
        }
        Run ingest = run("ingest", "--index", index.toString(), pages.toString());
        assertEquals(1, ingest.status, ingest.out);
        assertTrue(!ingest.out.contains("unchanged"), "no page counted unchanged: " + ingest.out);
        assertOneLineNamingDamage(ingest.err.strip(), file);

        Run check = run("check", "--index", index.toString());
        assertEquals(1, check.status, check.out + check.err);
        assertTrue(check.out.contains("damaged: segment"), check.out);
        assertEquals(1, check.err.strip().lines().count(), check.err);
        assertTrue(check.err.contains("check --index " + index + " --fix"), check.err);

        Run fix = run("check", "--index", index.toString(), "--fix");
        assertEquals(0, fix.status, fix.out + fix.err);
        assertTrue(fix.out.contains("ingest their pages again"), fix.out);
        assertEquals(0, run("check", "--index", index.toString()).status, "clean after the repair");
        Run again = run("ingest", "--index", index.toString(), pages.toString());
        assertEquals(0, again.status, again.err);
        assertTrue(again.out.matches("(?s).*ingested \\d+ documents.*: [1-9]\\d* added.*"), "the dropped pages come back: " + again.out);
    }

    @Test
    void aLockedOrReadOnlyIndexSaysWhatToDo() throws Exception {
        try (PolicyIndex writer = PolicyIndex.open(index, false)) {
            Run second = run("ingest", "--index", index.toString(), pages.toString());
            assertEquals(1, second.status);
            assertTrue(second.err.startsWith("policyminer: the index at " + index + " is locked by another writer"), second.err);
            assertEquals(1, second.err.strip().lines().count(), second.err);
        }
        // root ignores file permissions, so the read-only file system's error is handed over as the JDK raises it
        IOException ro = IndexDamage.explain(index, new AccessDeniedException(index.resolve("write.lock").toString()));
        assertTrue(ro.getMessage().contains("is read-only (write.lock cannot be written)"), ro.getMessage());
        assertEquals(1, ro.getMessage().lines().count());
    }

    private static void assertOneLineNamingDamage(String message, Path file) {
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("is damaged: " + file.getFileName()), message);
        assertTrue(message.contains("policyminer check --index") && message.contains("--fix"), message);
    }

    private Path largestFile() throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out, true), new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
