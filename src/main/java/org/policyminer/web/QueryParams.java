package org.policyminer.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters of one request. Strict on purpose: a misspelt or repeated parameter is a 400 that names it,
 * not a filter silently ignored. Empty values (what an HTML form sends for an empty field) count as absent.
 */
final class QueryParams {
    static final int MAX_PARAMS = 32;
    static final int MAX_VALUE_LENGTH = 1000;

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    static QueryParams parse(String rawQuery) {
        Map<String, String> m = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return new QueryParams(m);
        String[] pairs = rawQuery.split("&", -1);
        if (pairs.length > MAX_PARAMS) throw HttpError.badRequest("too many parameters (at most " + MAX_PARAMS + ")");
        for (String pair : pairs) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            if (value.length() > MAX_VALUE_LENGTH) throw HttpError.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters");
            if (m.containsKey(name)) throw HttpError.badRequest("parameter '" + name + "' is given twice");
            m.put(name, value);
        }
        return new QueryParams(m);
    }

    /** Refuses parameters this resource does not know, naming the known ones. */
    QueryParams allowOnly(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw HttpError.badRequest("unknown parameter '" + name + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return this;
    }

    /** The value, stripped, or null when absent or blank. */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    int intParam(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
        if (n < min || n > max) throw HttpError.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
        return n;
    }

    boolean flag(String name) {
        String v = get(name);
        if (v == null) return false;
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw HttpError.badRequest("parameter '" + name + "' must be true or false, not '" + v + "'");
        };
    }

    /**
     * Percent-decoding as UTF-8 that fails loudly: a malformed escape or invalid UTF-8 is a 400, where
     * {@link java.net.URLDecoder} would throw an unchecked exception or quietly insert replacement characters.
     */
    static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) throw HttpError.badRequest("malformed percent escape in '" + abbreviate(s) + "'");
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw HttpError.badRequest("malformed percent escape in '" + abbreviate(s) + "'");
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("parameter is not valid UTF-8: '" + abbreviate(s) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** {@code format}: json (the default), jsonl or csv, the export formats; anything else is a 400. */
    org.policyminer.view.Format exportFormat() {
        try {
            return org.policyminer.view.Format.parse(get("format", "json"), org.policyminer.view.Format.JSON, org.policyminer.view.Format.JSONL,
                    org.policyminer.view.Format.CSV);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }
}
