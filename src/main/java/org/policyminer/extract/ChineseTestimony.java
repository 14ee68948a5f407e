package org.policyminer.extract;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;
import org.policyminer.util.QuickFindSet;

/**
 * A user's testimony of a product in Chinese, the shape of the cosmetics and health-product advert dressed as a review:
 * "亲测有效！用了某某精华才3周，头顶就长出新发两千多根，朋友都问我秘诀". The Chinese counterpart of {@link EnglishTestimony},
 * without its address: what it sells is the first-person result. Its marks, each a family: the writer vouches for it
 * having tried it (亲测有效, 亲身试用, 自从用了); a result in a short time after using it (用了…才 3 周, 只用了两个星期就);
 * the people around ask for the secret (朋友都问我, 同事都问我秘诀); a recommendation or a re-purchase (强烈推荐, 真心推荐,
 * 回购, highly recommend); the writer urging peers to buy (兄弟们冲, 姐妹们闭眼入, 冲就完事了: a report quoting a user tells
 * the result, never urges). A number's digits may be spaced, as a paste or a filter-dodge leaves them (才 2 8 天). Two families together are a testimony ({@link #POINTS}, as a call and its claim: never spam
 * alone). A report quoting a patient ("王女士说，她用了这种药才三天就出现皮疹") has one family at most.
 */
final class ChineseTestimony {
    private ChineseTestimony() {}

    /** What the testimony adds to a line's advert shape. */
    static final double POINTS = 1.5;

    /** The fewest Han characters: a Chinese line. */
    private static final int MIN_HAN = 8;

    /** A number, its digits spaced as a paste or a filter-dodge leaves them ("才 2 8 天", "1 . 5 cm"). */
    private static final String NUMBER = "(?:[0-9](?:\\s?[0-9])*(?:\\s*\\.\\s*[0-9]+)?|[一二两兩三四五六七八九十半几幾]+)";

    private static final Pattern[] FAMILIES = {
        // the writer vouches for it, having tried it
        Pattern.compile(any("亲测有效|亲测|亲身试用|亲身体验|自从用了|自从吃了|本人亲测|我自己用了")),
        // a result a short time after using it: 用了…才 3 周, 只用了两个星期就
        Pattern.compile(any("用了|吃了|喝了|涂了|擦了|抹了|敷了|贴了|坚持用") + "[^。！!？?]{0,20}?" + any("才|只|仅|不到|短短")
                + "\\s*" + NUMBER + "\\s*(?:个|個)?\\s*" + any("天|日|周|週|星期|礼拜|个月|月")),
        // the people around ask for the secret
        Pattern.compile(any("朋友|同事|闺蜜|身边的人|身边人|家人|大家|姐妹们?") + "都" + any("问我|夸我|说我|羡慕")),
        // the writer urging peers to buy (兄弟们冲, 姐妹们闭眼入, 冲就完事了)
        Pattern.compile(any("冲就完事|衝就完事|闭眼入|閉眼入|闭眼冲|閉眼衝|赶紧冲|趕緊衝|冲鸭|衝鴨") + "|" + any("姐妹们|姐妹們|兄弟们|兄弟們|宝宝们|寶寶們|家人们|家人們")
                + "[^。！!？?，,]{0,4}?" + any("冲|衝|买它|買它|入手|抢|搶")),
        // a recommendation or a re-purchase in the writer's voice
        Pattern.compile("(?i)" + any("强烈推荐|真心推荐|诚意推荐|必须推荐|无限回购|已回购|回购了|已经回购") + "|highly recommend|must[- ]try"),
    };

    /**
     * {@link #FAMILIES} in one pass, each tried only where its first word can start ({@link QuickFind}): searched each
     * at every position of every line the screen let by (用, 推, 回, 问 are common in a policy's prose), they were a
     * thirtieth of extraction. Which families match is what each one's own search says.
     */
    private static final QuickFindSet FAMILY_SET = QuickFindSet.of(Arrays.stream(FAMILIES).map(QuickFind::of).toList());

    /** {@link #POINTS} for two families or more in a Chinese line, else 0. */
    static double points(String wide) {
        return points(wide, LineStarts.NONE);
    }

    /** {@link #points(String)} of {@code wide}, a part of the line {@code line} read (see {@link LineStarts}). */
    static double points(String wide, LineStarts line) {
        if (Chars.cjk(wide) < MIN_HAN) return 0;
        return Integer.bitCount(FAMILY_SET.matching(wide, line)) >= 2 ? POINTS : 0;
    }

    /** Whether each family's pattern is searched only where it can start (the set's fast path); for tests. */
    static boolean familiesAreQuick() {
        return Arrays.stream(FAMILIES).map(QuickFind::of).allMatch(QuickFind::isQuick);
    }

    private static String any(String alternatives) {
        return SpamLexicon.anyScriptForm(alternatives);
    }
}
