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

    /**
     * 瑞数 (Ruishu)'s marks: the obfuscated token in a meta opening "{qqqq" (seen in saved NMPA pages), the {@code r="m"}
     * attribute on its meta and script tags, and its state object {@code $_ts}. Its cookie is computed by a virtual
     * machine that an external script builds and that fingerprints a full browser, which the shim cannot pass.
     */
    private static final Pattern RUISHU = Pattern.compile("content=[\"']\\{qqqq|\\sr=[\"']?m[\"'\\s>]|\\$_ts\\s*=");

    /** Whether a challenge page is 瑞数's: tell it apart to say that it cannot be solved here and what to do instead. */
    public static boolean isRuishu(byte[] body) {
        return body != null && RUISHU.matcher(new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8)).find();
    }

    /** The reason given for a 瑞数 page: what it is and what the user can do. */
    public static String ruishuReason(int status) {
        return "blocked by a 瑞数 (Ruishu) anti-bot challenge (HTTP " + status + " with an obfuscated virtual-machine script), "
                + "which PolicyMiner cannot run: open the page in a browser and pass the cookies it then holds for the site "
                + "with --cookie NAME=VALUE (repeatable)";
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
