package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A line that tells of an advert's trade as a crime or a scam: a police report (李某报警称…通过QQ认识了一个网友…刷单),
 * a warning (刷单本就是违法行为…皆是诈骗; 警方強調，只要聲稱「保證獲利」…絕對是詐騙), a court's account of a gambling ring
 * or an illegal exchange (团伙…宣传推介该“茶楼”赌博的二维码; 非法交易外匯，涉案金額…). Such a line holds an advert's words
 * (刷单, 返利, 保证获利, USDT, 赌博, 扫码) because it is about them, and names them as what an advert never calls itself:
 * a scam, a crime, a case for the police. An advert that borrows a warning ("…高收益理财骗局频发，唯有「恒鑫资本」…立即开户")
 * still asks the reader to act or gives a contact, and is read as before ({@link #excuses}).
 * <p>
 * Not the words a recovery scam sells with (被骗, 追回: "黑客技术追回被骗资金"), nor a document's name (无犯罪证明), nor
 * 防骗 alone (a pitch's own reassurance).
 */
final class ScamReport {
    private ScamReport() {}

    /** Common surnames, both scripts: the first character of a name a court or the police writes as 马某. */
    private static final String SURNAMES = "王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|马|馬|朱|胡|郭|何|林|罗|羅|高|郑|鄭|梁|谢|謝|宋|唐"
            + "|许|許|韩|韓|冯|馮|邓|鄧|曹|彭|曾|肖|田|董|袁|潘|蒋|蔣|蔡|余|杜|叶|葉|程|苏|蘇|魏|吕|呂|丁|任|沈|姚|卢|盧|姜|崔|钟|鍾|谭|譚|陆|陸"
            + "|汪|范|金|廖|贾|賈|夏|韦|韋|付|方|白|邹|鄒|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|龍|史|陶|黎|贺|賀|顾|顧|毛|郝|龚|龔|邵|钱|錢|严|嚴"
            + "|武|戴|莫|孔|汤|湯";

    /** Words of a crime, a scam, the police or a court, in both scripts. */
    private static final QuickFind REPORT_WORDS = QuickFind.of(Pattern.compile(
            "诈骗|詐騙|欺诈|欺詐|骗局|騙局|违法|違法|非法|涉案|涉嫌|团伙|團夥|團伙|报警|報警|报案|報案|警方|公安|民警|嫌疑人|犯罪嫌疑|抓获|抓獲|"
                    + "查处|查處|判处|判處|落网|落網|反诈|反詐|防范诈|防範詐"
                    // an enforcement notice (a game's, a platform's, a regulator's): what is fought, punished, forbidden
                    + "|打击|打擊|处罚|處罰|严禁|嚴禁|违规|違規|取缔|取締|受害人|被害人|受害者"
                    // a person named as a case names them, by the surname alone (马某, 黄某等人): a court's or the police's habit
                    + "|(?:" + SURNAMES + ")某(?!某)"));

    /**
     * A criminal case's own words (a gang, the sums of a case, a suspect, an arrest, a sentence, a report to the police):
     * a court's or a police account, never a pitch's, so it stays a report though it tells what the gang asked of its
     * victims in a call's words ("…吸纳大量赌客扫码进入").
     */
    private static final QuickFind CASE_WORDS = QuickFind.of(Pattern.compile(
            "团伙|團夥|團伙|涉案|嫌疑人|犯罪嫌疑|抓获|抓獲|判处|判處|落网|落網|报警|報警|报案|報案|民警"));

    /** The line speaks of the trade as a crime or a scam. */
    static boolean reads(String text) {
        return REPORT_WORDS.find(text);
    }

    /**
     * The line is a report and not an advert wearing one: it tells of a scam or a crime and neither asks the reader to
     * act (a criminal case's own words may tell of a call: {@link #CASE_WORDS}) nor gives a contact handle ({@code wide}: the line width-folded, as {@link AdvertShape} reads it).
     */
    static boolean excuses(String text, String wide) {
        return excuses(text, wide, PhishingNotice.reads(wide));
    }

    /** {@link #excuses(String, String)}, {@code phishing} whether the line is a phishing notice ({@link PhishingNotice#reads}). */
    static boolean excuses(String text, String wide, boolean phishing) {
        // the scam's own notice (a threat, an order with a deadline, where to act) is no report of one
        if (phishing) return false;
        if ((reads(text) || RECEIVED_AND_TOLD.find(text))
                && (CASE_WORDS.find(text) || !asks(wide)) && !SpamDetector.holdsHandle(text)) return true;
        String told = outsideQuotedMessage(text);
        return told != null && !asks(SpamDetector.foldWidth(told)) && !SpamDetector.holdsHandle(told);
    }

    /**
     * The line asks the reader to act: a call or a hook ({@link AdvertShape#asksToAct} without its bracketed brand: a
     * report's label, 【now新聞台】, opens a line as a brand does, and asks nothing).
     */
    private static boolean asks(String wide) {
        String t = wide.strip();
        if (t.isEmpty() || t.length() > AdvertShape.MAX_CHARS || !AdvertShape.mostlyHan(t)) return false;
        return AdvertShape.hasCallToAction(t) || ReaderHook.hooks(t) || ENDORSES.find(t);
    }

    /**
     * The warning names the one platform to trust, by its name in quotes: "近期詐騙猖獗，如需辦理小額借款，請認準官方唯一合作平台
     * 「某某速借」，額度…最快十分鐘到帳". A police or a bank's warning sends the reader to an office or an official number
     * (请认准官方客服电话), not to a named platform in quotes: the lender's advert borrows the warning to sell itself.
     */
    private static final QuickFind ENDORSES = QuickFind.of(Pattern.compile("(?:认准|認準|认明|認明|选择|選擇|认定|認定)[^。！？!?]{0,10}?"
            + "(?:官方|唯一|指定|正规|正規)[^。！？!?]{0,8}?(?:平台|平臺|渠道|app|APP|App|网站|網站)\\s*[「“『\"《]"));

    /**
     * Someone received a call or a text and the line tells what it claimed (阿先生收到了…的来电,对方声称无需抵押…; 收到一陌生
     * 短信,称其…有贷款额度): reported speech, the report's own words around it.
     */
    private static final QuickFind RECEIVED_AND_TOLD = QuickFind.of(Pattern.compile("(?:收到|接到|接获|接獲)[^，。,]{0,24}?"
            + "(?:短信|簡訊|简讯|短訊|短讯|信息|訊息|讯息|私信|邮件|郵件|电话|電話|来电|來電)[,，]?(?:对方|對方)?(?:声称|聲稱|自称|自稱|称|稱)"));

    /**
     * Someone received a message and the line quotes it: 收到 / 接到 a text, a call, a mail (短信, 簡訊, 信息, 私信, 邮件,
     * 来电 …), then the message in quotes, then the account goes on ("胡小姐收到一條…短信:“…諮詢QQ:280××804…”,李小姐有些心動了…").
     * The quote holds an advert's words and its handle because the report is about them; the line's own words, outside
     * the quote, neither ask the reader to act nor give a handle. An advert has no narrator who received it, and none
     * goes on telling after its own handle.
     */
    private static final QuickFind RECEIVED = QuickFind.of(Pattern.compile("(?:收到|接到|接获|接獲)(?:[^，。,:：“「\"]|“[^”]{1,8}”|「[^」]{1,8}」){0,16}?"
            + "(?:短信|簡訊|简讯|短訊|短讯|信息|訊息|讯息|消息|私信|邮件|郵件|电话|電話|来电|來電)[^“「\"。]{0,6}[“「\"]"));
    private static final QuickFind TOLD_A_REPORTER = QuickFind.of(Pattern.compile("告诉记者|告訴記者|对记者|對記者|向记者|向記者|记者了解|記者了解"));
    /** The fewest Han characters of the account after the quote closes: the report goes on (a reaction, what was done). */
    private static final int TOLD_AFTER = 4;

    /** The line without its quoted message, when it tells of one received and goes on after it; else null. */
    static String outsideQuotedMessage(String text) {
        if (!RECEIVED.find(text)) return null;
        java.util.regex.Matcher m = RECEIVED.pattern().matcher(text);
        if (!m.find()) return null;
        char open = text.charAt(m.end() - 1);
        char close = Brackets.closing(open);
        int end = text.indexOf(close, m.end());
        if (end < 0) return null;
        String after = text.substring(end + 1);
        // the account goes on after the quote, or a reporter was told it (小赵告诉记者,…她的手机接到一条…短信,“…”)
        if (Chars.cjk(after) < TOLD_AFTER && !TOLD_A_REPORTER.find(text.substring(0, m.start()))) return null;
        return text.substring(0, m.end() - 1) + after;
    }
}
