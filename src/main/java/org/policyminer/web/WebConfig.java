package org.policyminer.web;

import java.time.Duration;

/**
 * Where and how the server listens. {@code threads} bounds concurrent requests (the queue behind them is bounded
 * too); {@code refreshInterval} is how stale the index view may get while another process writes to it.
 */
public record WebConfig(String host, int port, int threads, Duration refreshInterval) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_THREADS = 8;

    public WebConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be between 1 and 256, not " + threads);
        if (refreshInterval == null || refreshInterval.isNegative()) throw new IllegalArgumentException("refresh interval must not be negative");
    }

    /** Loopback, port 8080: nothing outside this machine can connect unless the user names another host. */
    public static WebConfig defaults() {
        return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_THREADS, Duration.ofSeconds(1));
    }

    public WebConfig withPort(int p) {
        return new WebConfig(host, p, threads, refreshInterval);
    }

    public WebConfig withRefreshInterval(Duration d) {
        return new WebConfig(host, port, threads, d);
    }
}
