package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A public body's account of the gambling trade it oversees: an office says, announces or discloses (博彩監察協調局昨日
 * 公布…, 局长…表示, 據博監局披露的數據), speaks as itself (本局已要求…), or a lottery's draw is told (3月1日晚上攪珠的…,
 * 六合彩…是香港唯一的合法彩票). A regulator's figures and a lottery's news hold the trade's words (賭枱, 角子機, 博彩, 頭獎)
 * because they are about it; an advert names no office that speaks and tells no draw that took place.
 * <p>
 * The whole line only, and only when no aside is found in it: a news sentence an advert was run into ("特區政府今日公布
 * …＊＊＊美國合法試管…") is read by its asides as before, never excused as a whole ({@link SpamDetector#withoutSpamAsides}
 * does not read this class).
 */
final class OfficialAccount {
    private OfficialAccount() {}

    private static final QuickFind ACCOUNT = QuickFind.of(Pattern.compile("(?<![赌賭饭飯棋牌骗騙])(?:局|署|政府|当局|當局|委员会|委員會)"
            + "(?:长|長)?[^，。,;；]{0,12}?(?:表示|公布|披露|指出|宣布|通报|通報|准许|准許)|本局"
            // a draw that took place, and a lottery named lawful: news of it, not a tip sold for the next one
            + "|攪珠|搅珠|合法彩票"));

    /** The line is a public body's account, asks nothing (nor opens with a bracketed label), gives no handle, and holds no aside. */
    static boolean excuses(String text, String wide) {
        if (!ACCOUNT.find(text)) return false;
        if (SpamDetector.holdsHandle(text)) return false;
        // a call, a hook, or a bracketed label opening the line (【限時優惠】…》》》據報道，…貿發局今日公布…)
        if (AdvertShape.asksToAct(wide)) return false;
        return InsertedAsides.find(text).isEmpty();
    }
}
