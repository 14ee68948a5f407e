package org.policyminer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes Content-Encoding while streaming, so the size cap counts decoded bytes and a small compressed bomb
 * cannot expand past it. We only ask for gzip and deflate; anything else is refused rather than passed on garbled.
 */
final class BodyDecoder {
    private BodyDecoder() {}

    static InputStream decode(String url, InputStream raw, List<String> headerValues) throws IOException, FetchException {
        List<String> codings = new ArrayList<>();
        for (String v : headerValues) {
            for (String part : v.split(",")) {
                String c = part.strip().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.equals("identity")) codings.add(c);
            }
        }
        // Codings are listed in the order they were applied; undo them last first.
        Collections.reverse(codings);
        InputStream in = raw;
        for (String c : codings) {
            switch (c) {
                case "gzip", "x-gzip" -> in = new GZIPInputStream(in, 8192);
                case "deflate" -> in = inflate(in);
                default -> {
                    raw.close();
                    throw new FetchException(url, 0, "unsupported Content-Encoding: " + c);
                }
            }
        }
        return in;
    }

    /**
     * HTTP "deflate" means a zlib stream, but some servers send raw deflate; the zlib header (CM=8 and a
     * check value divisible by 31) tells them apart.
     */
    private static InputStream inflate(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        int b0 = p.read();
        int b1 = p.read();
        if (b1 >= 0) p.unread(b1);
        if (b0 >= 0) p.unread(b0);
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(p, inflater, 8192) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }
}
