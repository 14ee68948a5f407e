package org.policyminer.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.policyminer.doc.Fetched;

/**
 * Turns command-line inputs (files, directories, http(s) URLs) into fetched pages. A saved file's URL is its
 * absolute {@code file:} URI, or the site URL when a prefix maps its directory onto the site it came from.
 */
public final class PageSource {
    /** Files bigger than this are refused before they are read, so one huge file cannot exhaust the heap. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private final Fetcher fetcher;

    public PageSource(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Expands directories (recursively, *.html, *.htm, *.shtml, sorted) and keeps files and URLs as given. */
    public static List<String> expand(List<String> inputs) throws IOException {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = isUrl(in) ? null : Path.of(in);
            if (p != null && Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(PageSource::isHtml).map(Path::toString).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
    }

    /** Reads one input. {@code url} overrides the URL of a file (null: derive it). */
    public Fetched load(String input, String url) throws FetchException {
        if (isUrl(input)) return fetcher.fetch(input);
        Path p = Path.of(input);
        try {
            if (!Files.isRegularFile(p)) throw new FetchException(input, 0, "no such file");
            if (Files.size(p) > MAX_FILE_BYTES) throw new FetchException(input, 0, "file larger than " + (MAX_FILE_BYTES >> 20) + " MB");
            return new Fetched(url != null ? url : p.toAbsolutePath().normalize().toUri().toString(), Files.readAllBytes(p), Map.of());
        } catch (IOException e) {
            throw new FetchException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The site URL of a file under {@code root} when {@code prefix} maps root onto a site, else null. */
    public static String mappedUrl(Path root, Path file, String prefix) {
        if (prefix == null || root == null) return null;
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String base = prefix.endsWith("/") ? prefix : prefix + "/";
        return base + rel.toString().replace('\\', '/');
    }
}
