package org.policyminer.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;
import org.policyminer.util.QuickFindSet;

/**
 * A hook aimed at the reader, the way a short advert talks when it names no handle and no known brand
 * ("寂寞了？点这里 → 蜜桃交友，今晚就能约"). Three families, each a small lexicon in both scripts plus a shape:
 * <ul>
 * <li>ADDRESS: the line opens on a short question or exclamation put to the reader about a want or a feeling
 * (寂寞了？ 缺钱？ 还在为…发愁？ 想…吗？), or on a vocative (兄弟们，姐妹们，老铁们);</li>
 * <li>POINT: the reader sent somewhere (点这里, 戳这里, 猛戳, 看下方, 链接在…, 私信我, 自己搜; an arrow ☞ 👉 → followed by
 * a name);</li>
 * <li>PROMISE: a result promised at once or for sure (今晚就能, 当天到账, 包过, 稳赚, 秒批, 随时提现).</li>
 * </ul>
 * Two of the three make the line speak to the reader as an advert does: {@link AdvertShape} counts it as a call to
 * action (never spam alone; the topic must still find the line far from the page). One alone is an article's: a
 * quoted question (记者问：…？), a flow chart's arrow (申报→审核→公示), a report's 当天到账.
 */
final class ReaderHook {
    private ReaderHook() {}

    /** The opening question or exclamation is short: a hook, not a quoted sentence. */
    static final int MAX_OPENING = 12;
    /** A bare opening question (no want word, no question word) is a hook only this short: 借钱应急？ */
    static final int BARE_OPENING = 6;

    /** A want or a feeling the reader is asked about; the second person; a question put as "want…?" or "still…?". */
    private static final Pattern WANT = Pattern.compile(any("寂寞|孤单|孤独|空虚|无聊|失眠|单身|脱单|缺钱|急用钱|差钱|没钱|手头紧|发愁|烦恼|犯愁|焦虑"
            + "|负债|逾期|黑户|你|您|妳|你们|大家")
            + "|^" + any("想") + "[^，。？！?!]{1,8}" + any("吗|么|嘛") + "$"
            + "|^" + any("还在") + "[^，。？！?!]{1,10}$"
            // a yes-no or what-now question about the reader's plight (输了钱能追回吗？ 被黑不给出款怎么办？)
            + "|" + any("吗|么|嘛|怎么办|咋办|怎么追回|找谁") + "$");
    /** What makes a question the writer's own, asked of the subject (why, what, who, how many): not put to the reader. */
    private static final Pattern ASKS_OF_SUBJECT = Pattern.compile(any("什么|为什么|为何|如何|哪|谁|几|多少|是否|呢|难道|岂"));
    /** A vocative opening the line: the reader hailed as one of a crowd. */
    private static final Pattern VOCATIVE = Pattern.compile("^(?:" + any("兄弟们|姐妹们|老铁们|宝妈们|家人们|老板们|亲们|各位老铁|各位老板") + ")[，,！!：:]");
    /**
     * The reader sent somewhere: a pointer word, or an arrow or a pointing hand followed by a name (a flow chart's arrow
     * points too; alone it is one family).
     */
    static final QuickFind POINT = QuickFind.of(Pattern.compile(
            // a tap or a look opens its clause (or follows an urging word): 有点我…, 地点开…, 重点看这里 are a sentence's
            "(?<![\\p{IsHan}&&[^请快速就来]])" + any("点这里|点此|点我|戳这里|戳此|戳我|猛戳|点开|点链接|戳链接|看这里")
            + "|" + any("链接在|链接见|地址在|下方链接|看下方|见下方|评论区|置顶|私信我|私我|主页有|自己搜|直接搜|搜一下|看过来")
            + "|[→⇒➡➜➔☞👉]+\\s*[\\p{IsHan}A-Za-z「《【]"));
    /** A result promised at once or for sure. */
    static final QuickFind PROMISE = QuickFind.of(Pattern.compile(any("今晚就|今晚约|今晚陪|今夜就|马上就能|立刻就能|立马就能|就能约|包你|保你"
            + "|包过|包赚|稳赚|必赚|当天到账|当天放款|当天下款|秒到账|秒批|秒下款|秒过|秒回|随时提现|稳定提现|轻松月入|月入过万|躺赚|一夜暴富"
            + "|不花一分钱|有求必应|百分百成功|无效退款|不满意不收费|不是梦|轻松赚|躺着赚")
            // at once, and the advert's verb: 今晚就能约, 马上就能借, 点开就能看 (not 就能享受: an office's benefit)
            + "|" + any("就能") + "(?:" + any("约|玩|赚|下款|到账|提现|见面") + "|" + any("看") + "(?![到出见清懂待作成])|" + any("借") + "(?![鉴助])" + ")"));
    private static final QuickFindSet POINT_OR_PROMISE = QuickFindSet.of(List.of(POINT, PROMISE));

    /** Whether two of ADDRESS, POINT and PROMISE are in the line. */
    static boolean hooks(String t) {
        return hooks(t, LineStarts.NONE);
    }

    /** {@link #hooks(String)} of {@code t}, a part of the line {@code line} read (see {@link LineStarts}). */
    static boolean hooks(String t, LineStarts line) {
        // the two word families in one pass first: most lines hold neither, and the opening is not looked at
        int found = POINT_OR_PROMISE.matching(t, line);
        if (found == 0) return false;
        return Integer.bitCount(found) + (addresses(t) ? 1 : 0) >= 2;
    }

    /**
     * The line opens on a short question or exclamation about the reader's want or feeling (寂寞了？ 缺钱？
     * 还在为资金周转发愁？), or on a vocative (兄弟们，…).
     */
    static boolean addresses(String t) {
        if (VOCATIVE.matcher(t).find()) return true;
        int end = -1;
        for (int i = 0; i < t.length() && i <= MAX_OPENING; i++) {
            char c = t.charAt(i);
            if (c == '？' || c == '?' || c == '！' || c == '!') {
                end = i;
                break;
            }
            if (c == '。' || c == '；') return false;
        }
        if (end <= 0) return false;
        // the clause the mark closes (兄弟，缺钱吗？ reads 缺钱吗)
        int start = end;
        while (start > 0 && "，,：:".indexOf(t.charAt(start - 1)) < 0) start--;
        String opening = t.substring(start, end).strip();
        // a question word makes it the writer's question about the subject ("为什么？" "结果呢？" open an article's
        // answer; 你们今年的目标是什么？ is an interview's)
        if (ASKS_OF_SUBJECT.matcher(opening).find()) return false;
        if (WANT.matcher(opening).find()) return true;
        // a bare want put as a question, a few characters opening the line (急用钱？ 借钱应急？ 钱包被盗？)
        return start == 0 && end <= BARE_OPENING && (t.charAt(end) == '？' || t.charAt(end) == '?') && Chars.cjk(opening) == opening.length();
    }

    private static String any(String alternatives) {
        return SpamLexicon.anyScriptForm(alternatives);
    }
}
