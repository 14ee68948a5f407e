package org.policyminer.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Says in one line what is wrong with an index on disk and what to run: Lucene's own wording ("codec footer mismatch
 * (file truncated?)", "Invalid vInt detected", a lock file's path) names neither the problem in our terms nor the
 * repair. Also the cheap check a writer runs when it opens an index: every file of the last commit read once against
 * its checksum, so a plain {@code ingest} over garbled terms data reports it instead of counting the pages unchanged.
 */
public final class IndexDamage {
    private IndexDamage() {}

    /** Whether {@code e} (or its cause) says the index's files are damaged. */
    public static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof EOFException) return true;
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().startsWith("Invalid vInt")) return true;
            if (t instanceof IndexUnusableException) return true;
        }
        return false;
    }

    /** The repair command for a damaged index. */
    public static String repair(Path index) {
        String dir = index == null ? "DIR" : index.toString();
        return "run 'policyminer check --index " + dir + " --fix' (drops the damaged segments; ingest their pages again), "
                + "or rebuild with 'policyminer ingest --rebuild --index " + dir + " <pages>'";
    }

    /**
     * One line for what went wrong opening or reading the index at {@code index}, or null when {@code e} is not about
     * the index's files: damaged (truncated, garbled, missing), written by another Lucene version, or read-only.
     */
    public static IOException explain(Path index, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexUnusableException d) return d;
            if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return new IndexUnusableException(where(index) + " was written by another version of Lucene; rebuild it with "
                        + "'policyminer ingest --rebuild --index " + index + " <pages>'", e);
            }
            if (t instanceof AccessDeniedException || (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only"))) {
                return new IndexUnusableException(where(index) + " is read-only (" + fileOf(t) + " cannot be written): ingest, crawl,"
                        + " watch and check --fix need write access to it; search and serve read it as it is", e);
            }
            if (t instanceof NoSuchFileException) {
                return new IndexUnusableException(where(index) + " is damaged: " + fileOf(t) + " is missing; " + repair(index), e);
            }
        }
        if (!isDamage(e)) return null;
        return new IndexUnusableException(where(index) + " is damaged: " + what(e) + "; " + repair(index), e);
    }

    private static String where(Path index) {
        return index == null ? "the index" : "the index at " + index;
    }

    private static final Pattern PATH = Pattern.compile("path=\"([^\"]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("resource=([^()\\s]+)");

    /** "_0.cfs is truncated or garbled (codec footer mismatch)": the file and Lucene's reason, shortened. */
    private static String what(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof CorruptIndexException) && !(t instanceof EOFException)) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String file = null;
        Matcher p = PATH.matcher(m);
        if (p.find()) {
            file = p.group(1);
        } else {
            Matcher r = RESOURCE.matcher(m);
            if (r.find()) file = r.group(1);
        }
        String reason = m;
        for (String cut : new String[] {" (resource=", ": actual", " (", ": "}) {
            int i = reason.indexOf(cut);
            if (i > 0) reason = reason.substring(0, i);
        }
        String name = file == null ? "a file" : Path.of(file).getFileName().toString();
        return name + " is truncated or garbled (" + reason.strip() + ")";
    }

    private static String fileOf(Throwable t) {
        String f = t instanceof FileSystemException fs ? fs.getFile() : null;
        return f == null ? "a file" : Path.of(f).getFileName().toString();
    }

    /**
     * Reads every file of the index's last commit once against the checksum in its footer (about a second for a few
     * hundred MB): the check a writer runs before it opens an index. Throws {@link IndexUnusableException} naming the damage.
     */
    public static void verifyChecksums(Directory dir, Path index) throws IOException {
        try {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            for (SegmentCommitInfo si : infos) {
                for (String file : si.files()) {
                    try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(in);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            IOException explained = explain(index, e);
            throw explained != null ? explained : e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
