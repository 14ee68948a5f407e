package org.policyminer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A gambling venue named and nothing else (or a bookmaker's offer in English alone: "free spins"), and a betting call
 * that sends the reader to one. Neither has a contact, a
 * price or a call from the shape's list, and their words are too few for the vocabulary: the venue's head word
 * (棋牌, 娱乐城, 电玩城, 博彩 …) after a made-up name of two or three characters (four make a common compound: 智力运动棋牌 is a category) is the whole message ("金沙湾棋牌"),
 * and "买球就上 X 体育" is betting's own call (a bet verb, 就上 / 认准 / 首选, a brand ending in 体育, 娱乐, 国际 …), glued
 * before a news sentence as often as set alone. A name holding a public body's or a place's word (协会, 局, 院, 省, 市,
 * 中心 …) is an association's or a hall's, not a venue's: "省棋牌协会", "市体育局".
 */
final class BettingVenue {
    private BettingVenue() {}

    private static final String NAME = "[\\u4e00-\\u9fff&&[^络絡国國省市县縣区區州协協会會局院部所校队隊社团團中心委厅廳站馆館]]";
    private static final String HEAD = "(?:棋牌|娱乐城|娛樂城|娱乐场|娛樂場|电玩城|電玩城|博彩|赌场|賭場|网投|網投)";
    /** The venue alone on its line (a bracket or an exclamation around it at most). */
    private static final Pattern ALONE = Pattern.compile("^[\\s【\\[「]*" + NAME + "{2,3}" + HEAD + "[\\s】\\]」！!]*$");
    /**
     * A sportsbook's sign-up alone: a made-up name of two or three characters, 体育, and 开户 ("金鲤体育开户"): a sports body registers athletes (注册), only a bookmaker opens an account for betting. A sports
     * bureau's or an association's name holds a public body's word and is no name here ({@link #NAME}); a sports
     * lottery's shop says 彩票.
     */
    private static final Pattern SIGN_UP_ALONE = Pattern.compile("^[\\s【\\[「]*" + NAME + "{2,3}(?:体育|體育)(?:开户|開戶)[\\s】\\]」！!]*$");
    /** Betting's call: a bet verb, then 就上 / 认准 / 首选, a brand, and a venue's ending. */
    private static final QuickFind CALL = QuickFind.of(Pattern.compile("(?:买球|買球|下注|投注|押注|赌球|賭球|竞猜|競猜|博彩)"
            + "(?:就上|就来|就來|就到|就去|请上|請上|认准|認準|首选|首選)" + NAME + "{2,4}?"
            + "(?:体育|體育|娱乐|娛樂|国际|國際|棋牌|彩票|电竞|電競|平台|官网|官網)"));
    /**
     * A bookmaker's or a casino's offer in English as the whole line ("free spins", "50 Free Spins!", "No deposit bonus",
     * "Live casino"): two or three words, betting's own terms, nothing else. No page's sentence is these words alone; a
     * caption or a heading names a thing ("Casino Royale", "Free Software").
     */
    private static final Pattern ENGLISH_ALONE = Pattern.compile("(?i)^[\\s\\p{Punct}【「]*(?:[0-9]+\\s*)?(?:free spins?|free bets?"
            + "|no deposit bonus|welcome bonus|deposit bonus|live casino|online casino|online slots|real money slots|sports betting"
            + "|online betting|live betting)[\\s!！.。】」]*$");

    /** The most characters a line of a venue or a call alone has. */
    static final int MAX_CHARS = 20;

    /** The line is a venue's name alone, or a betting call alone. */
    static boolean alone(String text) {
        if (text.length() > MAX_CHARS) return false;
        if (ALONE.matcher(text).matches() || SIGN_UP_ALONE.matcher(text).matches() || ENGLISH_ALONE.matcher(text).matches()) return true;
        InsertedAsides.Aside call = call(text);
        return call != null && Chars.cjk(text.substring(0, call.from())) + Chars.cjk(text.substring(call.to())) <= 4;
    }

    /** Betting's call inside a longer text (a news sentence it was run into), or null. */
    static InsertedAsides.Aside call(String text) {
        if (!CALL.find(text)) return null;
        Matcher m = CALL.pattern().matcher(text);
        if (!m.find()) return null;
        return new InsertedAsides.Aside(m.start(), m.end(), m.group());
    }
}
