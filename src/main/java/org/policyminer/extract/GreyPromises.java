package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;

/**
 * Two grey trades' promises that name no product, no call and no contact the shape reads:
 * <ul>
 *   <li>a tip group's money multiplied: a sum turned into a larger one (十萬變三十萬, 两万翻到四十万) told beside the group
 *       or its few places left (群裡公布, 名額只剩七個). {@link AdvertShape}'s returns read rates and 倍, not "A 變 B";
 *       a report of growth ("产值由一万亿变成三万亿") names no group and no places;</li>
 *   <li>a gambling den's meeting in its slang: two of 老地方, 开局, 暗号, 上车, 子弹 (stake money) in one short line. One of
 *       them is common ("十四五开局之年", "上车" of a commute); two together are the den's invitation.</li>
 * </ul>
 * Each is a call and its claim (1.5, as {@link AdvertShape}'s call); never spam alone. Only on a line of at most
 * {@value #MAX_HAN} Han characters: the promise is a short line's whole message.
 */
final class GreyPromises {
    private GreyPromises() {}

    static final int MAX_HAN = 40;

    private static final String SUM = "[0-9０-９一二两兩三四五六七八九十百千]+(?:万|萬|千|w|W)";
    /** A sum turned into a larger one. */
    private static final QuickFind MULTIPLIED = QuickFind.of(Pattern.compile(SUM + "(?:变|變|变成|變成|翻到|翻成|滚到|滾到|做到)" + SUM));
    /** The group the tips are given in, or its places running out. */
    private static final QuickFind GROUP = QuickFind.of(Pattern.compile("群里|群裡|群内|群內|进群|進群|名额|名額|只剩|仅剩|僅剩"));
    /** A den's slang. */
    private static final Pattern SLANG = Pattern.compile("老地方|开局|開局|暗号|暗號|上车|上車|子弹|子彈");
    private static final QuickFind SLANG_SCREEN = QuickFind.of(SLANG);

    /** What the promise adds to a line's advert shape: 1.5 for either, else 0. */
    static double points(String wide) {
        return points(wide, LineStarts.NONE);
    }

    /** {@link #points(String)} of {@code wide}, a part of the line {@code line} read (see {@link LineStarts}). */
    static double points(String wide, LineStarts line) {
        if (Chars.cjk(wide) > MAX_HAN) return 0;
        if (MULTIPLIED.find(wide, line) && GROUP.find(wide, line)) return 1.5;
        if (SLANG_SCREEN.find(wide, line)) {
            java.util.Set<String> kinds = new java.util.HashSet<>();
            java.util.regex.Matcher m = SLANG.matcher(wide);
            while (m.find()) kinds.add(m.group().replace('開', '开').replace('號', '号').replace('車', '车').replace('彈', '弹'));
            if (kinds.size() >= 2) return 1.5;
        }
        return 0;
    }
}
