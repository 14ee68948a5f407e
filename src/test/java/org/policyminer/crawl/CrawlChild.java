package org.policyminer.crawl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;

/**
 * A crawl in its own JVM, for the test that kills it: {@code CrawlChild SEED STATE_DIR SINK_FILE}. The sink
 * appends each article URL as a line, so the parent can count what survived the kill.
 */
public final class CrawlChild {
    private CrawlChild() {}

    public static void main(String[] args) throws Exception {
        Path sinkFile = Path.of(args[2]);
        HttpFetcher http = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO)
                .backoffBase(Duration.ofMillis(1)).build());
        try (CrawlState state = CrawlState.open(Path.of(args[1]))) {
            Crawler c = new Crawler(http, http::declaredSitemaps,
                    doc -> Files.writeString(sinkFile, doc.url() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    state, (url, outcome, detail, fetched, pending) -> System.out.println(outcome + " " + url),
                    Clock.systemUTC());
            System.out.println(c.run(CrawlOptions.of(List.of(args[0]))).describe());
        }
    }
}
