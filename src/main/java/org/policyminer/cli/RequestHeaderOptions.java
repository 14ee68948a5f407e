package org.policyminer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.fetch.FetchOptions;
import picocli.CommandLine.Option;

/**
 * {@code --cookie NAME=VALUE} and {@code --header 'NAME: VALUE'}, shared by the commands that fetch pages (watch,
 * crawl): what a user pastes from a browser for a site that answers non-browsers with a JavaScript challenge or wants a
 * token header. Cookies are joined into one Cookie header, after any {@code --header Cookie}.
 */
final class RequestHeaderOptions {
    /** The characters of an HTTP token (RFC 9110 §5.6.2): what a header name may be made of. */
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";

    @Option(names = "--cookie", paramLabel = "NAME=VALUE", description = "Send this cookie with every request (repeatable): "
            + "a browser's clearance cookie for a site that answers with a JavaScript challenge.") List<String> cookies;
    @Option(names = "--header", paramLabel = "'NAME: VALUE'", description = "Send this header with every request (repeatable).") List<String> headers;

    /** The fetch options with these headers; a usage error naming the option that is malformed. */
    FetchOptions.Builder apply(FetchOptions.Builder b) {
        for (Map.Entry<String, String> h : headers().entrySet()) b.header(h.getKey(), h.getValue());
        return b;
    }

    Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : headers == null ? List.<String>of() : headers) {
            int colon = h.indexOf(':');
            String name = colon < 0 ? "" : h.substring(0, colon).strip();
            if (!name.matches(TOKEN) || h.substring(colon + 1).matches(".*[\\r\\n].*")) {
                throw new UsageException("--header " + h + ": expected 'Name: value'");
            }
            out.put(name, h.substring(colon + 1).strip());
        }
        List<String> jar = new ArrayList<>();
        for (String c : cookies == null ? List.<String>of() : cookies) {
            if (!c.matches("[^=;\\s]+=[^;\\r\\n]*")) throw new UsageException("--cookie " + c + ": expected NAME=VALUE");
            jar.add(c.strip());
        }
        if (!jar.isEmpty()) {
            String before = out.remove("Cookie");
            out.put("Cookie", (before == null ? "" : before + "; ") + String.join("; ", jar));
        }
        return out;
    }
}
