package org.policyminer.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells a JavaScript cookie challenge from a real page. MIIT has answered 521 with a 加速乐 script that sets
 * {@code __jsl_clearance}; 瑞数-protected sites answer 412 with an obfuscated meta token. Some WAFs send the same
 * script with status 200, so a page that is nothing but a cookie/redirect script counts as a challenge too.
 */
public final class ChallengeDetector {
    /** Statuses that WAFs in front of Chinese government sites use for their challenge pages. */
    public static boolean isChallengeStatus(int status) {
        return status == 521 || status == 412;
    }

    /**
     * Whether a response is a challenge: a challenge status whose body holds a script (an empty 521 is the server's
     * trouble, nothing to run), or a 2xx page that is nothing but a cookie/redirect script.
     */
    public boolean isChallenge(int status, byte[] body) {
        if (isChallengeStatus(status)) {
            return body != null && new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT).contains("<script");
        }
        return status >= 200 && status < 300 && isChallenge(body);
    }

    private static final Pattern MARKERS = Pattern.compile(
            "document\\.cookie|__jsl_clearance|__jsluid|wzws_cid|location\\.(href|replace|reload)|\\beval\\(",
            Pattern.CASE_INSENSITIVE);
    /** A real article page has far more visible text than this; a challenge shell has next to none. */
    private static final int MAX_VISIBLE_CHARS = 80;
    private static final int SNIFF_BYTES = 64 << 10;

    /** Whether a 2xx body is a challenge script rather than content. JSON and non-HTML bodies never are. */
    public boolean isChallenge(byte[] body) {
        if (body == null || body.length == 0) return false;
        String text = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!text.startsWith("<")) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("<script") && !lower.contains("{qqqq")) return false;
        Document d = Jsoup.parse(text);
        StringBuilder scripts = new StringBuilder();
        for (Element s : d.select("script")) scripts.append(s.data()).append('\n');
        boolean tokenMeta = !d.select("meta[content^={qqqq]").isEmpty();
        d.select("script, style, noscript").remove();
        int visible = d.body() == null ? 0 : d.body().text().strip().length();
        return visible <= MAX_VISIBLE_CHARS && (tokenMeta || MARKERS.matcher(scripts).find());
    }
}
