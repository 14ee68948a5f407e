package org.policyminer.eval;

import org.policyminer.entities.ChineseNumerals;

/**
 * Decides whether a numeral of one Chinese character stands as a number or is a syllable of a word. Chinese has no
 * spaces, so 一 in 一看 / 一切 and 四 in 四川 are word-internal, while 五 in 这是五那是四 is a number. A numeral
 * is followed by a classifier (三双, 一种), by a unit (两小时), or ends its phrase: then the next word is a
 * function word (的, 是, 这, 不, 而, 却 …) or punctuation. Anything else glued to it forms a word with it.
 */
final class LoneNumeral {
    private LoneNumeral() {}

    /** Classifiers and measure units written with one character (个 只 斤 吨 双 对 …; 点 and 分 as clock units). */
    private static final String CLASSIFIERS = "个只斤吨双对打年月日号点台次人家元块本张条件位名种分秒岁天周里米克套辆架艘棵头匹句";
    /** Units written with two characters whose first character is no classifier on its own. */
    private static final String[] UNIT_WORDS = {"小时", "公里", "公斤", "公顷", "钟头", "星期", "礼拜"};
    /** Function words that open the next phrase: particles, copula, demonstratives, negation, conjunctions. */
    private static final String PHRASE_OPENERS = "的地得了着过是这那哪不没而却和与或及也都就还又才吗呢吧啊呀比跟同在";
    /**
     * Financial digits that are also everyday morphemes: 伍 (队伍), 陆 (大陆), 拾 (收拾), 肆 (放肆). Alone next to
     * another ideograph they are read as the word, never as the digit.
     */
    private static final String AMBIGUOUS_FINANCIAL = "伍陆陸拾肆";

    /** Whether the one-character numeral t[start] is a number here. */
    static boolean standsAlone(String t, int start) {
        char c = t.charAt(start);
        boolean ideographBefore = start > 0 && isIdeograph(t.charAt(start - 1));
        boolean ideographAfter = start + 1 < t.length() && isIdeograph(t.charAt(start + 1));
        if (AMBIGUOUS_FINANCIAL.indexOf(c) >= 0) return !ideographBefore && !ideographAfter;
        if (!ideographAfter) return true;
        char next = t.charAt(start + 1);
        if (isAdverbShifen(t, start)) return false;
        if (CLASSIFIERS.indexOf(next) >= 0 || PHRASE_OPENERS.indexOf(next) >= 0) return true;
        for (String w : UNIT_WORDS) if (t.startsWith(w, start + 1)) return true;
        return false;
    }

    /**
     * 十分重要: 十分 is the adverb "very" unless 分 is a unit (十分钟 ten minutes, 十分之一 a tenth, 十分制 a
     * ten-point scale is a number too), so 分 as a classifier does not make 十 a number when a word follows.
     */
    private static boolean isAdverbShifen(String t, int start) {
        if (t.charAt(start) != '十' || !t.startsWith("分", start + 1) || start + 2 >= t.length()) return false;
        char after = t.charAt(start + 2);
        return isIdeograph(after) && "钟之制".indexOf(after) < 0;
    }

    /**
     * 两两 (in pairs), 一一 (one by one): a doubled 一 or 两 is an adverb, not the number 11 or 22. 三三两两 (in twos
     * and threes), 千千万万 (countless): two different doubled numerals side by side (AABB) form an idiom.
     */
    static boolean isReduplication(String numeral) {
        if (numeral.length() == 2) return numeral.charAt(0) == numeral.charAt(1) && "一两俩".indexOf(numeral.charAt(0)) >= 0;
        return numeral.length() == 4 && numeral.charAt(0) == numeral.charAt(1) && numeral.charAt(2) == numeral.charAt(3)
                && numeral.charAt(0) != numeral.charAt(2) && numeral.chars().allMatch(c -> ChineseNumerals.isChineseNumeralChar((char) c));
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
