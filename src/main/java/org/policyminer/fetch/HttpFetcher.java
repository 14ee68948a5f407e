package org.policyminer.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.policyminer.doc.Fetched;

/** First version of the HTTP fetcher: JDK HttpClient, timeouts, redirects. (Hardened by issue 3.) */
public final class HttpFetcher implements Fetcher {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public Fetched fetch(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, 0, "not a valid URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new FetchException(url, 0, "only http and https URLs can be fetched");
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "PolicyMiner/0.1 (+https://github.com/policyminer)").GET().build();
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 400) throw new FetchException(url, r.statusCode(), "HTTP " + r.statusCode());
            return new Fetched(r.uri().toString(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new FetchException(url, "I/O error: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted", e);
        }
    }
}
