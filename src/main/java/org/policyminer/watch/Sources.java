package org.policyminer.watch;

import java.util.List;

/** Builds the source a user names on the command line. */
public final class Sources {
    public static final List<String> NAMES = List.of("miit", "govcn", "rss");

    private Sources() {}

    /**
     * @param base     another host for the source's paths (a mirror, a fixture), or null for the real site
     * @param feedUrl  the feed, for {@code rss} (required there, ignored elsewhere)
     * @param columns  MIIT column paths, or empty for {@link MiitSource#DEFAULT_COLUMNS}
     */
    public static WatchSource create(String name, SiteClient client, String base, String feedUrl, List<String> columns, int maxPages) {
        return switch (name) {
            case "miit" -> new MiitSource(client, base, columns, maxPages);
            case "govcn" -> new GovCnSource(client, base);
            case "rss" -> {
                if (feedUrl == null) throw new IllegalArgumentException("--source rss needs --feed-url URL");
                yield new FeedSource(client, feedUrl);
            }
            default -> throw new IllegalArgumentException("unknown source '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /** The host the user named for a source: trusted by the fetcher even on a private or loopback address. */
    public static String namedUrl(String name, String base, String feedUrl) {
        if (name.equals("rss")) return feedUrl;
        if (base != null) return base;
        return name.equals("govcn") ? GovCnSource.DEFAULT_BASE : MiitSource.DEFAULT_BASE;
    }
}
