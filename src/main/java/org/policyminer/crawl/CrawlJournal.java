package org.policyminer.crawl;

import org.policyminer.util.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of text lines. {@link #sync()} forces what was appended to the disk; after a crash the file
 * holds every synced line and perhaps a torn last line, which {@link #read} drops (a line counts only once its
 * newline is written).
 */
final class CrawlJournal implements AutoCloseable {
    private final FileChannel channel;

    private CrawlJournal(FileChannel channel) {
        this.channel = channel;
    }

    static CrawlJournal openForAppend(Path file) throws IOException {
        return new CrawlJournal(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    }

    /** The complete lines of a journal; an unfinished last line is ignored. */
    static List<String> read(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(file)) return lines;
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int start = 0;
        int nl;
        while ((nl = all.indexOf('\n', start)) >= 0) {
            lines.add(all.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }

    /** Replaces the file with these lines atomically ({@link AtomicFiles}). */
    static void rewrite(Path file, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    void append(String line) throws IOException {
        if (line.indexOf('\n') >= 0) throw new IllegalArgumentException("journal lines cannot contain a newline");
        ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) channel.write(buf);
    }

    void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
