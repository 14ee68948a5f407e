package org.policyminer.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Lucene's {@link CheckIndex} over the index: every segment opened and read through (postings, stored fields, doc
 * values, points) and every file's checksum verified. The repair drops the segments that cannot be read, and with
 * them their documents; the index keeps no copy of the pages, so those documents come back only by ingesting their
 * pages again (an ingest re-adds a page the index no longer holds).
 */
public final class IndexCheck {
    private IndexCheck() {}

    /**
     * What a check found. {@code damaged}: one line per damaged segment (name, documents, Lucene's first error);
     * {@code lostDocs}: documents in them; {@code unrepairable}: the commit itself cannot be read, so only a rebuild helps.
     */
    public record Report(int segments, long docs, List<String> damaged, long lostDocs, boolean unrepairable, boolean fixed) {
        public boolean clean() {
            return damaged.isEmpty() && !unrepairable;
        }
    }

    /** Checks the index at {@code path}; with {@code fix}, drops the damaged segments (needs the write lock). */
    public static Report run(Path path, boolean fix) throws IOException {
        if (!Files.isDirectory(path)) throw new IOException("no index at " + path);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(path); CheckIndex checker = new CheckIndex(dir)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
            CheckIndex.Status status = checker.checkIndex();
            long docs = 0;
            List<String> damaged = new ArrayList<>();
            String[] lines = log.toString(StandardCharsets.UTF_8).split("\n");
            for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
                docs += s.maxDoc;
                if (s.toLoseDocCount > 0 || !s.openReaderPassed || failed(lines, s.name)) {
                    damaged.add("segment " + s.name + " (" + s.toLoseDocCount + " documents): " + firstError(lines, s.name));
                }
            }
            boolean unrepairable = status.missingSegments || status.toolOutOfDate || (!status.clean && damaged.isEmpty());
            boolean fixed = false;
            if (fix && !damaged.isEmpty() && !unrepairable) {
                checker.exorciseIndex(status);
                fixed = true;
            }
            return new Report(status.numSegments, docs, damaged, status.totLoseDocCount, unrepairable, fixed);
        } catch (LockObtainFailedException e) {
            throw new IOException("the index at " + path + " is locked by another writer (ingest, crawl or watch); wait for it to finish", e);
        } catch (IOException | RuntimeException e) {
            IOException explained = IndexDamage.explain(path, e);
            if (explained != null && !(e instanceof org.apache.lucene.index.CorruptIndexException)) throw explained;
            // the commit (segments_N) itself cannot be read: nothing to drop, only a rebuild helps
            return new Report(0, 0, List.of("the last commit cannot be read: " + firstLine(e)), 0, true, false);
        }
    }

    private static boolean failed(String[] lines, String segment) {
        return !firstError(lines, segment).isEmpty();
    }

    /** The first error line CheckIndex logged for the segment, or "". */
    private static String firstError(String[] lines, String segment) {
        boolean in = false;
        for (String l : lines) {
            String t = l.strip();
            if (t.matches("\\d+ of \\d+: name=.*")) in = t.contains("name=" + segment + " ");
            else if (in && (t.startsWith("ERROR") || t.startsWith("FAILED") || t.contains("Exception"))) {
                if (t.startsWith("FAILED")) continue;
                // Lucene's wording without the class names and the reader's description of the file
                t = t.replaceAll("^(ERROR: )?[\\w.]+(Exception|Error): ", "");
                int resource = t.indexOf(" (resource=");
                return resource > 0 ? t.substring(0, resource) : t;
            }
        }
        return "";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
