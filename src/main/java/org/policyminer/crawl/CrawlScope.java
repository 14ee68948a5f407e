package org.policyminer.crawl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policyminer.fetch.Hosts;

/** Which discovered URLs the crawl follows: depth, --include/--exclude, --same-host, and no downloads or media. */
final class CrawlScope {
    /** Files that are never pages: attachments, media, scripts. The extractor cannot use them. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|gz|tar|jpe?g|png|gif|bmp|svg|webp|ico|mp[34]|avi|wmv|flv|mov|"
                    + "css|js|exe|apk|dmg|iso|txt|xml|json|rss)$");

    private final CrawlOptions options;
    private final Set<String> seedHosts;

    CrawlScope(CrawlOptions options, Set<String> seedHosts) {
        this.options = options;
        this.seedHosts = Set.copyOf(seedHosts);
    }

    /** Why a discovered link at {@code depth} is not followed, or null when it is. */
    String rejects(String url, int depth) {
        if (depth > options.maxDepth()) return "deeper than " + options.maxDepth();
        if (options.sameHost() && !seedHosts.contains(Hosts.keyOrNull(url))) return "other host";
        String path = pathOf(url).toLowerCase(Locale.ROOT);
        if (NOT_A_PAGE.matcher(path).find()) return "not a page";
        if (options.include() != null && !options.include().matcher(url).find()) return "not included";
        if (options.exclude() != null && options.exclude().matcher(url).find()) return "excluded";
        return null;
    }

    private static String pathOf(String url) {
        int start = url.indexOf("://");
        int slash = url.indexOf('/', start < 0 ? 0 : start + 3);
        if (slash < 0) return "/";
        int q = url.indexOf('?', slash);
        return q < 0 ? url.substring(slash) : url.substring(slash, q);
    }
}
