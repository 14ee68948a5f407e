package org.policyminer.extract;

/**
 * A short line standing alone on the page whose words are an advert's, with nothing else to tell it by: no sentence, no
 * contact, no price ("同城约会", "1.76复古私服", "吃鸡透视辅助"). It has too few bigrams for the topic's bands, and its words,
 * at the vocabulary's cut but short of {@link BareOffers#BY_WORDS_CUT}, gave it one point. What tells it from a page's own
 * short line (a heading, a caption, a byline, a label) is the two together: its words lean to an advert's at
 * {@link #CUT}, two of them at least ({@link #MIN_WORDS}), and it shares none of the page's words ({@link Topic#isForeignShort}, asked by {@link SpamDetector}). The
 * page's furniture (推荐阅读, 相关链接: {@link Boilerplate}) leans that way too and is left to the boilerplate reader.
 * <p>
 * Or a brand set in full-width Latin letters and digits alone on a line ("ＬＵＣＫＹ７７"): the width fold exists because
 * adverts write their names so to slip past a filter; a page writes a Latin name in full width inside its sentences
 * (ＧＤＰ增长…), not as a line of its own, and a name with a number (a casino's LUCKY77, BET365) is no heading.
 */
final class LoneKeywordLine {
    private LoneKeywordLine() {}

    /** At most this many non-space characters: a keyword line, not a clause. */
    static final int MAX_CHARS = 12;
    /**
     * The Han model's evidence such a line needs: just over the vocabulary's cut ({@link SpamDetector#WORDS_CUT}). On the
     * gold of zh-cwced, AEB and the corpus (9 069 lines), the short lines without a sentence that share none of their
     * page's words and are not its furniture reach 3.35 at most (a programme's "6:10—7:45欢迎晚宴"; a column's label 3.34);
     * the dev files' keyword lines that no other rule reads lean 3.6 to 5.0.
     */
    static final double CUT = 3.5;

    /** What {@link SpamDetector}'s topic part gives such a line foreign to the page: a foreign Han line's most. */
    static final double FOREIGN = 2.0;

    /** A keyword line by its words (see the class comment); the page is asked by the caller. */
    static boolean byWords(String text, double evidence) {
        if (evidence < CUT) return false;
        int n = Chars.nonSpace(text);
        if (n < 4 || n > MAX_CHARS || Chars.cjk(text) * 2 < n) return false;
        for (int i = 0; i < text.length(); i++) if (Chars.isSentenceEnd(text.charAt(i))) return false;
        return advertWords(text) >= MIN_WORDS && !Boilerplate.isBoilerplate(text.strip());
    }

    /**
     * A keyword line's words, not one word: at least this many of its bigrams each lean to an advert's at
     * {@link GluedInserts#OFF_EVIDENCE}. A category's name with one such word (网络棋牌: 棋牌 alone) or a programme's line
     * (欢迎晚宴) has one; an offer names the service and its terms (同城 and 约会, 复古 and 私服, 吃鸡 and 透视 and 辅助).
     */
    static final int MIN_WORDS = 2;

    /** How many of the text's Han bigrams lean to an advert's at {@link GluedInserts#OFF_EVIDENCE}. */
    static int advertWords(String text) {
        AdvertWords words = AdvertWords.standard();
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i), b = text.charAt(i + 1);
            if (Chars.isCjk(a) && Chars.isCjk(b) && words.value((a << 16) | b) >= GluedInserts.OFF_EVIDENCE) n++;
        }
        return n;
    }

    /** What a {@link #styledBrand} adds to the advert's shape: with the page's 2, spam. */
    static final double STYLED_BRAND = 1.0;

    /**
     * A line of full-width Latin letters and digits only (spaces aside): at least three letters and a digit, the letters
     * first (a name and its number).
     */
    static boolean styledBrand(String text) {
        int letters = 0, digits = 0;
        boolean digitFirst = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                letters++;
            } else if (c >= '０' && c <= '９') {
                if (letters == 0) digitFirst = true;
                digits++;
            } else {
                return false;
            }
        }
        return letters >= 3 && digits >= 1 && !digitFirst && letters + digits <= MAX_CHARS;
    }

    /** {@link #STYLED_BRAND} for a {@link #styledBrand}, else 0. */
    static double styledBrandPoints(String text) {
        return text.length() <= 2 * MAX_CHARS && (styledBrand(text) || luckyBrand(text)) ? STYLED_BRAND : 0;
    }

    /**
     * A Latin name with a lucky number alone on a line ("WinFox88", "Royal777"): letters first, then one digit of luck
     * repeated (66, 88, 99, 777, 888). The gambling trade names its sites so (8 sounds like 发, prosper; 6 like 顺, smooth;
     * 9 like 久, lasting; 7 a slot machine's win); a page's own Latin names with a number are a product's or a version's
     * (iPhone15, Windows11, GB2312, Mate60), which are not one lucky digit repeated. Without a space, so that no English
     * phrase ends in a number; in ASCII (the full-width form is {@link #styledBrand}).
     */
    static boolean luckyBrand(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z' || t.charAt(i) >= 'a' && t.charAt(i) <= 'z')) i++;
        int letters = i, digits = t.length() - i;
        if (letters < 3 || digits < 2 || digits > 4 || t.length() > MAX_CHARS) return false;
        char lucky = t.charAt(i);
        if (lucky != '6' && lucky != '7' && lucky != '8' && lucky != '9') return false;
        for (int j = i; j < t.length(); j++) if (t.charAt(j) != lucky) return false;
        return true;
    }
}
