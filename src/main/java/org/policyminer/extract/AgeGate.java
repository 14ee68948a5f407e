package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * An adult site's age gate, the site's own furniture copied with its pages: the site speaks of itself (本站, 本网站),
 * says what it shows is adult (成人, 限制级, 18禁), and tells the under-age reader to leave (未满十八岁请离开). A policy page
 * on minors speaks of 未成年人 and of places (网吧, 娱乐场所) in the third person; it never calls its own content adult
 * nor sends its reader away. All three marks: a call and its claim ({@link #POINTS}), never spam alone; on a page about
 * something else the topic adds the rest.
 */
final class AgeGate {
    private AgeGate() {}

    /** What the gate adds to a line's advert shape: a call's. */
    static final double POINTS = 1.5;

    private static final Pattern SITE = Pattern.compile("本站|本網站|本网站|本平台|本頻道|本频道");
    private static final Pattern ADULT = Pattern.compile("成人|限制级|限制級|(?:18|十八)禁");
    /** Under eighteen, then within a few characters the order to leave (or not to enter). */
    private static final Pattern LEAVE = Pattern.compile("(?:未满|未滿|不满|不滿)\\s*(?:18|十八)\\s*(?:周岁|週歲|周歲|岁|歲)[^。！!]{0,8}?(?:离开|離開|退出|勿入|禁止进入|禁止進入|请勿进入|請勿進入)");

    /** {@link #POINTS} for a line (width-folded) with all three marks, else 0. */
    static double points(String wide) {
        if (wide.length() > AdvertShape.MAX_CHARS || wide.indexOf('满') < 0 && wide.indexOf('滿') < 0) return 0;
        return SITE.matcher(wide).find() && ADULT.matcher(wide).find() && LEAVE.matcher(wide).find() ? POINTS : 0;
    }
}
