package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;

/**
 * What a casino or a game's operator pays its players to put money in or to come back: the first deposit matched or
 * doubled (首充翻倍, 首存即送, "first top-up doubled", "double your first deposit"), a gift for logging in (這次登入就有禮).
 * Such a line needs no call, no contact and no price ("Old friends of Golden Koi already know: first top-up doubled,
 * weekly surprises … Welcome back."): the bonus is the call, it tells the reader what to do and what it brings. A
 * deposit bonus is a call with its claim (1.5, as {@link AdvertShape}'s call); a login gift, which a shop's or a bank's
 * app also gives, half of it. Only in a line with no call of its own. Not a sign-up bonus with a sum (注册即送188元: {@link AdvertShape#SIGNUP_BONUS} counts it).
 */
final class PlayerBonus {
    private PlayerBonus() {}

    private static final QuickFind DEPOSIT = QuickFind.of(Pattern.compile("(?:首充|首存|首儲|首储)(?:即|就|便|再)?(?:送|翻倍|双倍|雙倍|加倍|返)"
            + "|(?i)(?<![a-z])(?:first|1st) (?:top-?ups?|deposits?|recharges?|reloads?)(?: (?:is|are|gets?|get))? (?:doubled|tripled|matched|x2|x3)(?![a-z])"
            + "|(?i)(?<![a-z])(?:double|triple|match) your (?:first )?(?:top-?up|deposit|recharge)s?(?![a-z])"));
    /** A gift, unnamed, for logging in (登入就有禮, 登录即有好礼): a loyalty programme names what it gives (登录即送500里程). */
    private static final QuickFind LOGIN = QuickFind.of(Pattern.compile("(?:登入|登录|登錄|上线|上線)(?:就|即|便)(?:有|送|领|領)?(?:好)?(?:礼|禮)"));
    /** The operator back, or waiting for the player (回來了, 回归, 等你啦): the gift is a nudge to come back. */
    private static final QuickFind COMEBACK = QuickFind.of(Pattern.compile("回来了|回來了|回归|回歸|又回来|又回來|等你|等您"));

    /**
     * A line with more Han characters than this is not read: the nudge is a short line's whole message, and a bonus run
     * into a news sentence ("…首存即送百分百彩金（立即注册）会议强调，要加快推进…") is cut out of it as an aside, not
     * taken with it.
     */
    static final int MAX_HAN = 40;

    /**
     * What the bonus adds to a line's advert shape: 1.5 for a deposit bonus, or a login gift with the nudge to come
     * back (a call and its claim); 0.75 for a login gift alone; else 0.
     */
    static double points(String wide) {
        return points(wide, LineStarts.NONE);
    }

    /** {@link #points(String)} of {@code wide}, a part of the line {@code line} read (see {@link LineStarts}). */
    static double points(String wide, LineStarts line) {
        if (Chars.cjk(wide) > MAX_HAN) return 0;
        double bonus = DEPOSIT.find(wide, line) ? 1.5 : !LOGIN.find(wide, line) ? 0 : COMEBACK.find(wide, line) ? 1.5 : 0.75;
        // the bonus stands for the call: a line that asks the reader to act has its call counted already (and an advert
        // glued before a sentence by its own call, "首存即送百分百彩金（立即注册）会议强调…", is cut as an aside, not whole)
        return bonus > 0 && AdvertShape.asksToAct(wide, line) ? 0 : bonus;
    }
}
