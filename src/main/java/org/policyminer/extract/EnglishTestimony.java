package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A reader's money testimony in English, the shape of the work-from-home and side-hustle comment: the writer or one of
 * theirs (I, we, my sister) made or earned an amount of money in a period ("I made $4,800 last month", "my wife earns
 * 300 dollars a day"). Its words are a comment's (great article, by the way, product reviews), so the English words model
 * reads it at most at its cut ({@link EnglishAdvertWords}: 4.95 with its file left out), and it names no call the shape
 * reads. What it sells is the claim, and it sends the reader somewhere (a site, a handle, check out, link in bio): both
 * together are a call and its claim (1.5, as {@link AdvertShape}'s call), never spam alone; on a Chinese page the topic
 * adds its English script and the handle part the address. A news quote ("I earned $500 a month in the factory, he
 * said") sends nowhere and gets nothing. Only on a line with no more than three Han characters (an English line,
 * counted first), then a screen for the verbs.
 */
final class EnglishTestimony {
    private EnglishTestimony() {}

    /** What the testimony adds to a line's advert shape. */
    static final double POINTS = 1.5;

    /** The earning verb (made, earned, make, earn, earning, cleared, took home, pulled in): the screen before the shape. */
    private static final QuickFind VERB = QuickFind.of(Pattern.compile("(?i)made|ma[dk]ing|make|earn|clear|took home|pull|gr[eo]w|turn|flip"));

    private static final String AMOUNT = "(?:[$€£¥]\\s?[0-9][0-9,.]*[kK]?|[0-9][0-9,.]*[kK]?\\s?(?:dollars|bucks|usd|USD|euros|pounds|yuan|rmb|RMB))";

    /**
     * The writer or one of theirs, an earning verb, an amount: "I made $4,800", "we've earned over 3,000 dollars", "my
     * husband makes 200 bucks".
     */
    private static final Pattern EARNED = Pattern.compile("(?i)(?<![a-z])(?:i|i'm|i've|we|we've|my(?:\\s+[a-z]+){1,2})\\s+"
            + "(?:(?:have|has|had|just|already|now|am|was|been|easily|actually|literally)\\s+){0,3}"
            + "(?:made|make|makes|making|earned|earn|earns|earning|cleared|took home|pulled in)\\s+"
            + "(?:(?:over|about|around|nearly|almost|an extra|extra|more than|up to|at least)\\s+)?" + AMOUNT
            // or a sum grown many times over, the crypto tutor's claim: "(my mentor showed me how to) grow 2,000 USDT into
            // 48,000", "turned $500 into $9,000"; the writer or theirs is asked for by WRITER
            + "|(?i)(?<![a-z])(?:grow|grew|grown|turn|turned|turning|growing|flip|flipped)\\s+(?:my\\s+|our\\s+)?(?:" + AMOUNT
            + "|[0-9][0-9,.]*[kK]?\\s?(?:usdt|btc|eth|usdc|coins?|tokens?))\\s+(?:into|to)\\s+[$€£¥]?\\s?[0-9][0-9,.]*[kK]?");

    /** The writer or one of theirs, for the grown sum (EARNED's first branch has it in its own words). */
    private static final Pattern WRITER = Pattern.compile("(?i)(?<![a-z])(?:i|i'm|i've|me|my|we|we've|our)(?![a-z'])");

    /** The period the money came in: last month, a day, per week, in two weeks, every month, weekly. */
    private static final Pattern PERIOD = Pattern.compile("(?i)(?<![a-z])(?:(?:last|this|per|a|an|every|each|in|within|in just|in only)"
            + "\\s+(?:(?:a|one|two|three|four|five|six|[0-9]+|few|couple of)\\s+)?(?:day|days|week|weeks|month|months|hours?)"
            + "|daily|weekly|monthly)(?![a-z])");

    /**
     * Where the testimony sends the reader: an address (a name, a dot with no space after it or a spelled one, a
     * domain's ending: clickpay dot site, cash[.]online; not a sentence's end, "then. He"), a handle (@cash_daily), or
     * the call (check out, visit, DM me, link in bio, sign up, join).
     */
    private static final Pattern SENDS = Pattern.compile("(?i)(?<![a-z0-9])[a-z0-9-]{3,}(?:\\.|\\s+\\.\\s*|\\s*(?:\\bdot\\b|\\[\\.\\]|\\(\\.\\)|\\(dot\\)|\\[dot\\])\\s*)[a-z]{2,6}(?![a-z])"
            + "|@[a-z0-9_]{3,}|(?<![a-z])(?:check out|visit|dm me|message me|link in (?:my )?bio|sign up|join (?:us|my|our)|click"
            // or asks to be asked, pointing below: "Ask me how on the platform below", "link below"
            + "|ask me how|(?:platform|link|app|group|site) below)(?![a-z])");

    /** {@link #POINTS} for the testimony with where it sends the reader, else 0. */
    static double points(String wide) {
        // the Han count first: most lines are Chinese, and the verbs' case-blind pattern is searched at every position
        if (Chars.cjk(wide) > 3 || !VERB.find(wide)) return 0;
        java.util.regex.Matcher earned = EARNED.matcher(wide);
        if (!earned.find() || !PERIOD.matcher(wide).find()) return 0;
        if (earned.group().regionMatches(true, 0, "gr", 0, 2) || earned.group().regionMatches(true, 0, "tu", 0, 2)
                || earned.group().regionMatches(true, 0, "fl", 0, 2)) {
            if (!WRITER.matcher(wide).find()) return 0;
        }
        return SENDS.matcher(wide).find() ? POINTS : 0;
    }
}
