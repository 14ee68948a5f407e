package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A phishing notice: the shape of the scam itself, whatever authority it borrows. It threatens the reader's account or
 * standing (冻结, 停用, 注销, 逾期, 影响征信, 强制执行), orders the reader to log in, call or click within a deadline (请于24小时内
 * 登录, 限今日内致电), and gives the address or number to do it at; it speaks to the reader (您, 你) or opens with an
 * official-sounding header in brackets (【…提示】). A police or a bank's real warning tells of this shape and names it a
 * scam (it never orders a log-in at a given address within hours): {@link ScamReport} excuses such a report, and a line
 * this reads is the notice itself, no report of one.
 */
final class PhishingNotice {
    private PhishingNotice() {}

    /**
     * What the notice adds to a line's advert shape: the most the shape gives (a call, its threat and its contact). The
     * detector reads the notice once a line ({@code SpamDetector.Line#phishing}) for the shape and for the report's excuse.
     */
    static final double POINTS = AdvertShape.MAX;

    /** The most Han characters: a notice is a short message. */
    private static final int MAX_HAN = 120;

    private static final String THREAT_WORDS = "冻结|凍結|停用|注销|註銷|封停|封号|封號|逾期|失效|黑名单|黑名單|征信|徵信|强制执行|強制執行|拘留|起诉|起訴|通缉|通緝";
    private static final QuickFind THREAT = QuickFind.of(Pattern.compile(THREAT_WORDS));

    /** What the reader is ordered to do. */
    private static final String VERBS = "(?:登录|登錄|登陆|登陸|访问|訪問|点击|點擊|拨打|撥打|致电|致電|回电|回電|联系|聯繫|聯系|下载|下載|扫码|掃碼)";

    /** An order with a deadline: within hours or days, or today, log in, call, click, download. */
    private static final Pattern ORDER = Pattern.compile(
            "(?:[0-9０-９]+|[一二两兩三四五六七八九十半]+)\\s*(?:个|個)?\\s*(?:小时|小時|钟头|鐘頭|分钟|分鐘|天|日|工作日)\\s*(?:内|內|之内|之內)"
                    + "[^。！？!?]{0,12}?" + VERBS + "|(?:今日|今天|当天|當天|限期|立即|立刻|马上|馬上)[^。！？!?]{0,6}?" + VERBS);

    /** Where to act: a web address plain or spelled ({@link GluedInserts#ADDRESS}), or a number of seven digits or more. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])[0-9][0-9 -]{5,}[0-9](?![0-9])");

    /** Spoken to the reader, or opening with a header in brackets. */
    private static final Pattern ADDRESSED = Pattern.compile("^\\s*[【\\[〔［][^】\\]〕］]{2,12}[】\\]〕］]|您|你的|你名下|你已");

    /**
     * What a notice's clause baits the reader with: the threats above, or a parcel held, a sum waiting, an account gone
     * wrong (无法投递, 待领取, 异常, 过期).
     */
    private static final QuickFind BAIT = QuickFind.of(Pattern.compile(THREAT_WORDS
            + "|无法投递|無法投遞|无法派送|無法派送|待领取|待領取|异常|異常|过期|過期|受限"));

    /** An order to act now: please, at once or within a time, update, fill in, verify, log in, click, call, claim. */
    private static final Pattern PLEASE_ACT = Pattern.compile("(?:请|請)[^。！？!?，,]{0,4}?(?:尽速|盡速|尽快|盡快|立即|立刻|马上|馬上|于|於|在)"
            + "[^。！？!?，,]{0,8}?(?:更新|填写|填寫|补全|補全|认证|認證|核实|核實|验证|驗證|提交|领取|領取|" + VERBS.substring(3));

    /** Spoken to the reader (no header: a clause inside a sentence has none). */
    private static final Pattern READER = Pattern.compile("您|你的|你名下|你已");

    /**
     * A notice's clause on its own: spoken to the reader, baiting them with a threat or a thing held for them, and ordering
     * them to act now (您的包裹因地址不全无法投递，请尽速更新资料). Read on a run the glued-insert reader picked out of a news
     * sentence ({@link GluedInserts}): a report's sentence speaks of people in the third person, and a police warning that
     * quotes such an order says it is a scam (the paragraph is excused, {@link ScamReport}).
     */
    static boolean readerOrder(String run) {
        int han = Chars.cjk(run);
        if (han < 8 || han > MAX_HAN) return false;
        return READER.matcher(run).find() && BAIT.find(run) && PLEASE_ACT.matcher(run).find();
    }

    /** A sum the notice says is owed to the reader, phishing's other bait (a tax refund, a claim paid out). */
    private static final QuickFind REFUND = QuickFind.of(Pattern.compile("退税|退稅|退款|理赔|理賠|赔付|賠付"));

    /** What a {@link #threatHeading} adds to the advert shape: with the page's 2 (a heading foreign to it), spam. */
    static final double HEADING_POINTS = 1.0;
    /** A notice's name alone has at most this many characters. */
    static final int HEADING_MAX = 12;
    private static final Pattern HEADING_END = Pattern.compile("(?:通知|提醒|公告|告知|警告|通告)\\s*$");

    /**
     * A phishing notice's name alone on a line, the message's header without its body (社保卡冻结通知, 账户注销提醒, 个税退税通知):
     * a thing of the reader's and a threat to it or a sum owed to the reader, named a notice. A document's title says whose notice it is and on what
     * (关于…的通知, a body's name before it), and a page that is about such a notice shares its words; the detector asks
     * the page ({@link Topic}) as for any short line.
     */
    static boolean threatHeading(String wide) {
        String t = wide.strip();
        int n = Chars.nonSpace(t);
        if (n < 5 || n > HEADING_MAX || Chars.cjk(t) != n || t.startsWith("关于") || t.startsWith("關於")) return false;
        if (t.contains("的") || t.contains("局") || t.contains("部") || t.contains("委") || t.contains("厅") || t.contains("廳")) return false;
        return HEADING_END.matcher(t).find() && (THREAT.find(t) || REFUND.find(t));
    }

    /** {@link #HEADING_POINTS} for a {@link #threatHeading}, else 0. */
    static double headingPoints(String wide) {
        return wide.length() <= 2 * HEADING_MAX && threatHeading(wide) ? HEADING_POINTS : 0;
    }

    /** Whether the line is a phishing notice (its four marks). */
    static boolean reads(String wide) {
        int han = Chars.cjk(wide);
        if (han < 8 || han > MAX_HAN || !THREAT.find(wide)) return false;
        return ORDER.matcher(wide).find() && ADDRESSED.matcher(wide).find()
                && (GluedInserts.ADDRESS.matcher(wide).find() || NUMBER.matcher(wide).find());
    }
}
