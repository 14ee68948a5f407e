package org.policyminer.crawl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.doc.Fetched;

/**
 * Fetched pages kept on disk between "fetched" and "done", so a crawl that stops in between hands the page on
 * after a restart without asking the server for it again.
 */
final class PageSpool {
    private static final int MAGIC = 0x504d5350; // "PMSP"

    private final Path dir;

    PageSpool(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Writes the page durably and returns its file name. */
    String write(String key, Fetched page) throws IOException {
        String name = nameFor(key);
        Path file = dir.resolve(name);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = Channels.newOutputStream(c);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(MAGIC);
            writeString(out, page.url());
            out.writeInt(page.headers().size());
            for (Map.Entry<String, List<String>> h : page.headers().entrySet()) {
                writeString(out, h.getKey());
                out.writeInt(h.getValue().size());
                for (String v : h.getValue()) writeString(out, v);
            }
            out.writeInt(page.body().length);
            out.write(page.body());
            out.flush();
            c.force(true);
        }
        return name;
    }

    Fetched read(String name) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(name))))) {
            if (in.readInt() != MAGIC) throw new IOException("not a spooled page: " + name);
            String url = readString(in);
            int n = in.readInt();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String k = readString(in);
                int m = in.readInt();
                List<String> vs = new ArrayList<>(m);
                for (int j = 0; j < m; j++) vs.add(readString(in));
                headers.put(k, vs);
            }
            byte[] body = in.readNBytes(in.readInt());
            return new Fetched(url, body, headers);
        }
    }

    void delete(String name) throws IOException {
        Files.deleteIfExists(dir.resolve(name));
    }

    /** Removes every spooled file not in {@code keep} (left over from a crash between spooling and journaling). */
    void retainOnly(java.util.Set<String> keep) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!keep.contains(p.getFileName().toString())) Files.deleteIfExists(p);
            }
        }
    }

    static String nameFor(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16) + ".page";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
