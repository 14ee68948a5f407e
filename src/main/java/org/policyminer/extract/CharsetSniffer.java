package org.policyminer.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes, without I/O: HTTP charset, then BOM, then {@code <meta>} (or an XML/corpus
 * {@code encoding=} attribute), then strict UTF-8, then GB18030.
 *
 * <p>Labels on Chinese pages lie often (extraction notes §3.3): gb2312 pages hold GBK-only bytes, so GB2312 and
 * GBK labels decode as GB18030 (a superset of both); big5 decodes as Big5-HKSCS; and a page labelled with a legacy
 * charset whose bytes are valid UTF-8 with multibyte sequences is UTF-8 (a GBK text of any length is practically
 * never valid UTF-8). A page labelled UTF-8 whose bytes are not UTF-8 falls back to GB18030.
 */
final class CharsetSniffer {
    /** Where a meta charset is looked for: browsers scan the first 1024 bytes; old pages put it later. */
    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern CHARSET = Pattern.compile(
            "(?i)(?:charset|encoding)\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{2,40})");
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset used. */
    record Decoded(String text, Charset charset) {}

    Decoded decode(byte[] bytes, Optional<String> contentType, String url) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
        }
        Charset label = contentType.map(CharsetSniffer::labelIn).map(CharsetSniffer::forLabel).orElse(null);
        if (label == null) label = forLabel(metaLabel(bytes));
        // Most pages are UTF-8: decode once with the JDK's fast decoder, and scan byte by byte only when that shows a
        // replacement character (broken bytes, a cut-off tail, another charset, or a page that holds U+FFFD itself).
        // A page whose first non-ASCII bytes already break as UTF-8 (GBK text: two of three zh-cwced pages) goes to the
        // byte scan straight away, which gives up within its first Han text: the whole UTF-8 decode would have shown a
        // replacement character all the same, and was a third of the sniffing's cost on such pages.
        String asUtf8 = null;
        Utf8Check utf8;
        if (breaksEarly(bytes)) {
            utf8 = Utf8Check.of(bytes);
        } else {
            asUtf8 = new String(bytes, StandardCharsets.UTF_8);
            utf8 = asUtf8.indexOf('\uFFFD') < 0 ? Utf8Check.clean(asUtf8.length() < bytes.length) : Utf8Check.of(bytes);
        }
        Charset chosen;
        if (label == null) {
            chosen = utf8.valid || utf8.mostlyUtf8() ? StandardCharsets.UTF_8 : legacyFallback(url);
        } else if (label == StandardCharsets.UTF_8) {
            chosen = utf8.valid || utf8.mostlyUtf8() ? label : GB18030;
        } else if (utf8.mostlyUtf8() && isAsciiCompatible(label)) {
            chosen = StandardCharsets.UTF_8; // the label lies: these bytes are UTF-8
        } else {
            chosen = label;
        }
        if (chosen != StandardCharsets.UTF_8) return new Decoded(new String(bytes, chosen), chosen);
        return new Decoded(asUtf8 != null ? asUtf8 : new String(bytes, StandardCharsets.UTF_8), chosen);
    }

    /** How many bytes from the first non-ASCII one {@link #breaksEarly} decodes (then on to the next ASCII byte). */
    static final int PROBE_BYTES = 512;

    /**
     * Whether the page's UTF-8 decode holds a replacement character, as far as its first non-ASCII bytes tell: those
     * bytes, from the first non-ASCII one to the first ASCII byte after {@link #PROBE_BYTES} of them, decoded as UTF-8.
     * Exact one way: only ASCII stands before the window and an ASCII byte (or the end) right after it, and no UTF-8
     * sequence holds an ASCII byte, so a replacement character in the window is one in the whole decode; false says
     * nothing (the whole decode then decides, as before).
     */
    static boolean breaksEarly(byte[] bytes) {
        int from = 0;
        while (from < bytes.length && bytes[from] >= 0) from++;
        if (from == bytes.length) return false;
        int to = Math.min(bytes.length, from + PROBE_BYTES);
        while (to < bytes.length && bytes[to] < 0) to++;
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0;
    }

    private static boolean isAsciiCompatible(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return !n.startsWith("UTF-16") && !n.startsWith("UTF-32");
    }

    /** Unlabelled, not UTF-8: Taiwan and Hong Kong sites use Big5, everything else GB18030. */
    private static Charset legacyFallback(String url) {
        String host = hostOf(url);
        if ((host.endsWith(".tw") || host.endsWith(".hk")) && Charset.isSupported("Big5-HKSCS")) {
            return Charset.forName("Big5-HKSCS");
        }
        return GB18030;
    }

    private static String hostOf(String url) {
        if (url == null) return "";
        int s = url.indexOf("://");
        if (s < 0) return "";
        int e = s + 3;
        while (e < url.length() && "/?#:".indexOf(url.charAt(e)) < 0) e++;
        return url.substring(s + 3, e).toLowerCase(Locale.ROOT);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    static String labelIn(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The first charset/encoding label in the head of the page, read as ASCII. */
    static String metaLabel(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** Maps a label to the decoder that fits what Chinese sites actually send; null for unknown labels. */
    static Charset forLabel(String label) {
        if (label == null) return null;
        Optional<Charset> known = LABELS.get(label);
        if (known != null) return known.orElse(null);
        Charset cs = lookup(label);
        if (LABELS.size() < 256) LABELS.put(label, Optional.ofNullable(cs)); // bounded: labels come from the web
        return cs;
    }

    /** Labels already resolved: the charset registry lookups cost more than the rest of the sniffing. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Charset>> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Charset lookup(String label) {
        String l = label.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "gb-2312", "cp936", "ms936", "windows-936", "euc-cn", "gb18030", "hz-gb-2312":
                return GB18030;
            case "big5", "big-5", "big5-hkscs", "x-x-big5", "cn-big5":
                return Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
            case "utf8", "utf-8", "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            case "utf-16", "unicode", "utf-16le", "utf-16be":
                // A page announcing UTF-16 in ASCII bytes is not UTF-16 (a real one starts with a BOM).
                return null;
            default:
                try {
                    return Charset.forName(l);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
        }
    }

    /**
     * UTF-8 validity; an incomplete sequence cut off at the very end (a truncated page) is tolerated. Also counts
     * valid and broken multibyte sequences: a UTF-8 page with a few corrupt bytes is still UTF-8, while GBK text
     * read as UTF-8 breaks on nearly every Han character.
     */
    record Utf8Check(boolean valid, boolean multibyte, int goodSequences, int badSequences) {
        /** Valid with multibyte text, or at least 50 good sequences and under 1 bad one per 100. */
        boolean mostlyUtf8() {
            return (valid && multibyte) || (goodSequences >= 50 && badSequences * 100 < goodSequences);
        }

        /** Bytes that decode without a single broken sequence; {@code multibyte}: some of them encode non-ASCII text. */
        static Utf8Check clean(boolean multibyte) {
            return new Utf8Check(true, multibyte, multibyte ? 1 : 0, 0);
        }

        static Utf8Check of(byte[] b) {
            int good = 0;
            int bad = 0;
            int i = 0;
            int n = b.length;
            while (i < n) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    len = 2;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    len = 3;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    len = 4;
                    min = 0x10000;
                } else {
                    bad++;
                    i++;
                    if (hopeless(good, bad, n - i)) break;
                    continue;
                }
                if (i + len > n) {
                    if (!tailIsContinuations(b, i + 1)) bad++;
                    break;
                }
                int cp = c & (0xFF >> (len + 1));
                boolean ok = true;
                for (int k = 1; k < len; k++) {
                    int x = b[i + k] & 0xFF;
                    if ((x & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (x & 0x3F);
                }
                if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    bad++;
                    i++;
                    if (hopeless(good, bad, n - i)) break;
                    continue;
                }
                good++;
                i += len;
            }
            return new Utf8Check(bad == 0, good > 0, good, bad);
        }

        /**
         * Neither valid nor mostly UTF-8 whatever the remaining bytes hold (each further good sequence takes at least
         * two bytes): the scan can stop, the verdict is known. GBK pages reach this within their first Han text.
         */
        private static boolean hopeless(int good, int bad, int remaining) {
            return (long) bad * 100 >= good + remaining / 2 + 1;
        }

        private static boolean tailIsContinuations(byte[] b, int from) {
            for (int i = from; i < b.length; i++) if ((b[i] & 0xC0) != 0x80) return false;
            return true;
        }
    }

    /** True when the bytes decode under {@code cs} without a single malformed sequence. */
    static boolean decodesCleanly(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer unused = d.decode(ByteBuffer.wrap(bytes));
            return unused != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
