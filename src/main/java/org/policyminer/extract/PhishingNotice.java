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

    private static final QuickFind THREAT = QuickFind.of(Pattern.compile(
            "冻结|凍結|停用|注销|註銷|封停|封号|封號|逾期|失效|黑名单|黑名單|征信|徵信|强制执行|強制執行|拘留|起诉|起訴|通缉|通緝"));

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

    /** Whether the line is a phishing notice (its four marks). */
    static boolean reads(String wide) {
        int han = Chars.cjk(wide);
        if (han < 8 || han > MAX_HAN || !THREAT.find(wide)) return false;
        return ORDER.matcher(wide).find() && ADDRESSED.matcher(wide).find()
                && (GluedInserts.ADDRESS.matcher(wide).find() || NUMBER.matcher(wide).find());
    }
}
