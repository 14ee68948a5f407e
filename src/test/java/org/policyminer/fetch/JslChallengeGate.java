package org.policyminer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A 加速乐-style (jiasule) cookie challenge in front of a fixture site, in the shape public reports of MIIT describe
 * (notes/sources.md; RSSHub #8351, #8896): the first request of a session gets HTTP 521 with a {@code __jsluid_s}
 * session cookie and a script that builds a first {@code __jsl_clearance_s} value from obfuscated expressions (JSFuck-style
 * {@code (-~[]+[])} digits, {@code ([][[]]+[])[2]} letters, {@code String.fromCharCode} arithmetic), sets it and
 * reloads; the reload with it gets a second 521 whose script {@code go({...})} is given two halves ({@code bts}), an
 * alphabet ({@code chars}) and a SHA-1 or SHA-256 digest ({@code ct}) and must find the two characters that make the
 * hashed string, set it as {@code __jsl_clearance_s} for {@code vt} seconds and reload after {@code wt} ms. Only a
 * request with the session's cookie and that clearance, before it expires by {@link #clock}, is let through.
 */
public final class JslChallengeGate {
    public static final String SESSION = "__jsluid_s";
    public static final String CLEARANCE = "__jsl_clearance_s";
    private static final String CHARS = "MtWcHrwqpKuPGvXeFhZgYa";
    private static final String ROUND2 = resource("/fetch/jsl-round2.js");

    /** The response to send instead of the page. */
    public record Answer(int status, String body, String setCookie) {}

    private static final class Session {
        String first;
        String clearance;
        Instant until;
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final Random random = new Random(20);
    private final Duration validity;
    /** The site's time: a test shares the watcher's fake clock with it so that a clearance expires between polls. */
    public volatile Clock clock = Clock.systemUTC();
    public final AtomicInteger firstRounds = new AtomicInteger();
    public final AtomicInteger secondRounds = new AtomicInteger();
    public final AtomicInteger passed = new AtomicInteger();
    private int sessionsMade;

    public JslChallengeGate(Duration validity) {
        this.validity = validity;
    }

    /** Null: let the request through. Otherwise the challenge to answer with. */
    public synchronized Answer check(String cookieHeader) {
        Map<String, String> c = cookies(cookieHeader);
        Session s = c.get(SESSION) == null ? null : sessions.get(c.get(SESSION));
        String setCookie = null;
        if (s == null) {
            String id = token(32);
            s = new Session();
            sessions.put(id, s);
            setCookie = SESSION + "=" + id + "; max-age=31536000; path=/; HttpOnly";
        }
        String v = c.get(CLEARANCE);
        Instant now = clock.instant();
        if (v != null && v.equals(s.clearance) && now.isBefore(s.until)) {
            passed.incrementAndGet();
            return null;
        }
        if (v != null && v.equals(s.first)) return secondRound(s, now);
        // no clearance, a wrong one, or one past its time: the first round again
        s.first = now.getEpochSecond() + "." + (100 + random.nextInt(900)) + "|-1|" + token(28) + "%3D";
        s.clearance = null;
        firstRounds.incrementAndGet();
        String js = "document.cookie=" + obfuscate(CLEARANCE + "=" + s.first + ";max-age=3600;path=/")
                + ";location.href=location.pathname+location.search";
        return new Answer(521, "<script>" + js + "</script>", setCookie);
    }

    /** A cookie header a browser that passed the challenge would hold (for --cookie tests): "__jsluid_s=…; __jsl_clearance_s=…". */
    public synchronized String browserCookies() {
        String id = token(32);
        Session s = new Session();
        s.clearance = clock.instant().getEpochSecond() + ".500|0|" + token(30) + "%3D";
        s.until = clock.instant().plus(validity);
        sessions.put(id, s);
        return SESSION + "=" + id + "; " + CLEARANCE + "=" + s.clearance;
    }

    private Answer secondRound(Session s, Instant now) {
        String ha = (sessionsMade++ % 2 == 0) ? "sha1" : "sha256";
        String head = now.getEpochSecond() + "." + (100 + random.nextInt(900)) + "|0|";
        String tail = token(26) + "%3D";
        s.clearance = head + CHARS.charAt(random.nextInt(CHARS.length())) + CHARS.charAt(random.nextInt(CHARS.length())) + tail;
        s.until = now.plus(validity);
        s.first = null;
        secondRounds.incrementAndGet();
        String call = "go({\"bts\":[\"" + head + "\",\"" + tail + "\"],\"chars\":\"" + CHARS + "\",\"ct\":\"" + digest(ha, s.clearance)
                + "\",\"ha\":\"" + ha + "\",\"is\":true,\"tn\":\"" + CLEARANCE + "\",\"vt\":\"" + validity.toSeconds() + "\",\"wt\":\"1500\"})";
        return new Answer(521, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                + "<script>" + ROUND2 + call + "</script></body></html>", null);
    }

    /** The string as a sum of pieces that only evaluate to its characters: no character appears as itself. */
    private String obfuscate(String text) {
        StringBuilder js = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (i > 0) js.append('+');
            js.append(piece(ch));
        }
        return js.toString();
    }

    private String piece(char ch) {
        int undef = "undefined".indexOf(ch), tru = "true".indexOf(ch), fal = "false".indexOf(ch);
        int pick = random.nextInt(3);
        if (ch >= '0' && ch <= '9' && pick < 2) {
            int d = ch - '0';
            return d == 0 ? "(+[]+[])" : "(" + "-~[]+".repeat(d - 1) + "-~[]+[])";
        }
        if (undef >= 0 && pick == 0) return "([][[]]+[])[" + number(undef) + "]";
        if (tru >= 0 && pick == 1) return "(!![]+[])[" + number(tru) + "]";
        if (fal >= 0 && pick == 2) return "(![]+[])[" + number(fal) + "]";
        int a = 2 + random.nextInt(7);
        return "String.fromCharCode(" + (ch / a) + "*" + a + "+" + (ch % a) + ")";
    }

    private static String number(int n) {
        return n == 0 ? "+[]" : "-~[]" + "+-~[]".repeat(n - 1);
    }

    private String token(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null) return out;
        for (String kv : header.split(";\\s*")) {
            int eq = kv.indexOf('=');
            if (eq > 0) out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return out;
    }

    static String digest(String ha, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(ha.equals("sha1") ? "SHA-1" : "SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = JslChallengeGate.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
