package org.policyminer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange, no redirects followed, no retries: the caller decides about both. HttpURLConnection rather
 * than HttpClient because its read timeout bounds every read of the body, not just the wait for headers.
 */
final class HttpConnector {
    private final FetchOptions options;
    private final Clock clock;

    HttpConnector(FetchOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Status, lower-cased headers and the decoded body of one response. */
    record Response(URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        Optional<String> header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.ofNullable(v.get(0));
        }

        boolean isRedirect() {
            return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                    && header("location").isPresent();
        }
    }

    /**
     * Sends a GET and reads the answer.
     *
     * @param limit    most body bytes kept (after decompression)
     * @param truncate true: stop quietly at the limit (robots.txt); false: fail with {@link TooLargeException}
     * @param fetchDeadline clock millis by which the whole fetch must be done: this response gets what is left of it
     * @throws IOException on network trouble, including {@link SocketTimeoutException} (retryable)
     */
    Response get(String url, URI uri, Map<String, String> headers, long limit, boolean truncate, long fetchDeadline)
            throws IOException, FetchException {
        long left = fetchDeadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, fetchDeadline - clock.millis());
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setUseCaches(false);
        c.setConnectTimeout((int) Math.min(millis(options.connectTimeout()), Math.min(left, Integer.MAX_VALUE)));
        c.setReadTimeout((int) Math.min(millis(options.readTimeout()), Math.min(left, Integer.MAX_VALUE)));
        c.setRequestMethod("GET");
        headers.forEach(c::setRequestProperty);
        long deadline = clock.millis() + Math.min(options.totalTimeout().toMillis(), left);
        boolean complete = false;
        try {
            int status = c.getResponseCode();
            Map<String, List<String>> h = lowerCased(c.getHeaderFields());
            long declared = c.getContentLengthLong();
            if (!truncate && declared > limit) throw new TooLargeException(url, limit);
            InputStream raw = status >= 400 ? c.getErrorStream() : c.getInputStream();
            byte[] body = new byte[0];
            if (raw != null) {
                List<String> encodings = h.getOrDefault("content-encoding", List.of());
                try (InputStream in = BodyDecoder.decode(url, raw, encodings)) {
                    body = readCapped(url, in, limit, truncate, deadline);
                }
                if (!encodings.isEmpty()) {
                    // The body handed on is decoded, so headers that describe the wire form would mislead.
                    h.remove("content-encoding");
                    h.remove("content-length");
                }
            }
            complete = true;
            return new Response(uri, status, Map.copyOf(h), body);
        } finally {
            // An abandoned body (too large, timed out) must not go back to the keep-alive pool half read.
            if (!complete) c.disconnect();
        }
    }

    private byte[] readCapped(String url, InputStream in, long limit, boolean truncate, long deadline)
            throws IOException, FetchException {
        GrowingBuffer out = new GrowingBuffer();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > limit) {
                if (!truncate) throw new TooLargeException(url, limit);
                out.write(buf, (int) (limit - out.size()));
                break;
            }
            out.write(buf, n);
            if (clock.millis() > deadline) {
                throw new SocketTimeoutException("response took longer than " + options.totalTimeout().toSeconds() + " s");
            }
        }
        return out.toByteArray();
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k == null || v == null) return; // the status line comes under a null key
            out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
        });
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    /** A byte buffer that grows as it fills (ByteArrayOutputStream without the synchronisation). */
    private static final class GrowingBuffer {
        private byte[] data = new byte[8192];
        private int size;

        int size() {
            return size;
        }

        void write(byte[] b, int n) {
            if (size + n > data.length) data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            System.arraycopy(b, 0, data, size, n);
            size += n;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
