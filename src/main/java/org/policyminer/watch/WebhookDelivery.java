package org.policyminer.watch;

import org.policyminer.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.policyminer.fetch.Sleeper;

/**
 * POSTs each alert as JSON to a URL the user gave. Retries network errors, 429 and 5xx with doubling backoff; any
 * other 4xx is the receiver refusing the payload and is not retried. Sends the delivery key as
 * {@code Idempotency-Key}, so a receiver can drop the rare repeat after a crash between POST and bookkeeping.
 */
public final class WebhookDelivery implements AlertChannel {
    private final URI url;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration backoff;

    public WebhookDelivery(String url, Sleeper sleeper, int maxAttempts, Duration backoff) {
        this.url = URI.create(url);
        String scheme = this.url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("--webhook must be an http(s) URL: " + url);
        }
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.sleeper = sleeper;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
    }

    @Override
    public String name() {
        return "webhook";
    }

    /** What is POSTed: the alert's id, the key that makes a repeated delivery recognisable, and the event. */
    record Body(String alert, String deliveryKey, WatchEvent event) {}

    @Override
    public void deliver(Alert alert) throws IOException, InterruptedException {
        Body body = new Body(alert.alertId(), alert.deliveryKey(), alert.event());
        HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", alert.deliveryKey())
                .header("User-Agent", "PolicyMiner/0.1 (+https://github.com/policyminer) watch")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body))).build();
        String last = null;
        Duration wait = backoff;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                HttpResponse<Void> r = client.send(req, HttpResponse.BodyHandlers.discarding());
                int s = r.statusCode();
                if (s >= 200 && s < 300) return;
                last = "HTTP " + s;
                if (s != 429 && s < 500) throw new IOException("webhook " + url + " refused the alert: " + last);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("webhook ")) throw e;
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < maxAttempts) {
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw new IOException("webhook " + url + " failed after " + maxAttempts + " attempts: " + last);
    }
}
