package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * A bare offer: a short line that is nothing but a grey trade's keywords, with no sentence, no price and no contact
 * ("Cheap VPN no logs", "代办各类证件"). Too short for the vocabulary's strong cut and for the topic's bigram count, it
 * reads as a heading would; what tells it from a heading is what it offers (a way over the wall, an escort, a quick
 * loan; papers done on someone's behalf) and that the page does not speak of it ({@link SpamDetector}'s topic part,
 * which asks this class only on a short line).
 * <ul>
 * <li>English: no Han, two to eight words, a grey trade's word (VPN, proxy, escort, payday loans, casino, IPTV, the
 *     pharmacy trade's pills …) and a selling point (cheap, fast, no logs, unlimited, instant, anonymous, 24/7 …) or a
 *     buying verb opening the line (Buy Viagra).</li>
 * <li>Chinese: at most {@link #MAX_HAN} characters, mostly Han, an offer on someone's behalf or a sale (代办, 代开, 代考,
 *     出售, 办证, 办理各类 …) of papers an office issues (证件, 驾照, 学历, 文凭, 发票, 护照, 签证 …). A government page's heading
 *     names the same papers ("证件办理指南", "发票管理办法") but as a service's name, a guide or a rule, not as an offer
 *     of all kinds of them on a page about something else. Or counterfeit goods by their grade (高仿名表, 精仿包包), a
 *     prescription drug offered past the prescription (威而钢代购), or a coin offered at a yield (USDT高息理财).</li>
 * <li>Chinese, any trade ({@link #byWords}): a keyword line of at most ten Han characters whose words the Han model
 *     reads far past its strong cut (私家侦探查人).</li>
 * </ul>
 */
final class BareOffers {
    /** A Chinese bare offer has at most this many non-space characters: a keyword line, not a sentence. */
    static final int MAX_HAN = 16;
    /** What an English bare offer has: a line this short in words is a keyword line. */
    private static final int MIN_WORDS = 2, MAX_WORDS = 8;
    /** With a selling point beside the trade's word, a product line of this many words: the offer and what it is for. */
    private static final int MAX_WORDS_POINTED = 12;

    private static final Pattern GREY_TRADE = Pattern.compile("(?i)(?<![a-z])(?:vpns?|prox(?:y|ies)|escorts?|call ?girls?|payday"
            + "|loans?|casinos?|betting|slots|iptv|viagra|cialis|followers|essays?|diplomas?|passports?|fake ids?|likes"
            // the pharmacy trade's products: what spam sells without a prescription
            + "|levitra|kamagra|tramadol|xanax|valium|oxycodone|adderall|phentermine|steroids|pills"
            // the game-cheat trade's products (the Chinese lines' 外挂, 透视, 自瞄): words only its sellers and its bans use
            + "|aimbots?|wallhacks?|triggerbots?|spinbots?|esp hacks?|hwid spoofers?)(?![a-z])");
    /**
     * A line that opens with a buying verb before a grey trade's product ("Buy Viagra", "Order Tramadol online"): the verb
     * is the offer's selling point. "Buy tickets" names no grey trade.
     */
    private static final Pattern BUY_TRADE = Pattern.compile("(?i)^\\s*(?:buy|order|purchase)(?![a-z])");
    private static final Pattern SELLING_POINT = Pattern.compile("(?i)(?<![a-z])(?:cheap(?:est)?|fast(?:est)?|no ?logs?|unlimited|instant"
            + "|anonymous|guaranteed|lifetime|discreet|no credit check|no ban|best|hot|free|premium|24/7|24h|same ?day|legit|unblock(?:ed)?"
            // a cheat's selling points: that the game's checks miss it, that it keeps pace with the game's patches
            + "|undetected|undetectable|updated daily|daily updates)(?![a-z])");
    /**
     * The selling points of {@link #SELLING_POINT} a news line does not use of what it reports on (it says best, hot,
     * free, fast of a casino hotel or a VPN's rival): what allows a product line past {@link #MAX_WORDS}.
     */
    private static final Pattern SELLER_ONLY_POINT = Pattern.compile("(?i)(?<![a-z])(?:no ?logs?|anonymous|guaranteed|discreet"
            + "|no credit check|no ban|24/7|same ?day|legit|unblock(?:ed)?|undetected|undetectable|updated daily|daily updates)(?![a-z])");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9/]+");

    /**
     * An offer on someone's behalf or a sale (代办, 代开, 出售, 加急办 …), or 办理 / 制作 of every kind (各类, 各种, 全套: an office
     * names the one paper its page is about), then, within a few characters, papers an office issues; both scripts. Not
     * 办理 alone: "办理居住证需要哪些材料" is an office's question.
     */
    private static final Pattern PAPERS_OFFER = Pattern.compile("(?:" + any("代办|代开|代考|代发|代领|出售|转让|包办|快速办|加急办|急办|办假|高价收")
            + "|" + any("办理|制作|办") + any("各类|各种|一切|全套|所有|各地|各国") + ")"
            + "[^，。,；;！!？?]{0,6}?" + any("证件|证书|证|驾照|驾驶证|学历|文凭|毕业证|学位证|发票|护照|签证|身份证|户口|资质|执照|职称|社保|居住证|结婚证|离婚证")
            + "|" + any("办证|刻章|办假证|代开发票"));

    /**
     * Counterfeit goods offered by their grade: an imitation's grade (高仿, 精仿, 超A, A货, 复刻, 原单, 一比一) then, within a
     * few characters, the branded goods it copies (名表, 手表, 包包, 名牌, 奢侈品, 球鞋 …); both scripts. A report on a seizure
     * names them too ("查获高仿名表三百余块"), but in a sentence on a page about it, not as a keyword line on a page
     * about something else.
     */
    private static final String DRUGS = "伟哥|韦哥|威而钢|万艾可|犀利士|希爱力|艾力达|必利劲|曲马多|阿普唑仑|三唑仑|格列卫|仿制药|壮阳药|减肥药|安眠药|春药|催情药|迷药";
    private static final String DRUG_OFFERS = "代购|出售|直邮|批发|专卖|货到付款|免处方|正品|包邮|现货";

    private static final Pattern COUNTERFEIT_OFFER = Pattern.compile("(?i)(?:" + any("高仿|精仿|超a|a货|复刻|原单|一比一|顶级复刻") + "|1[:：]1)"
            + "[^，。,；;！!？?]{0,4}?(?:" + any("名表|手表|腕表|包包|名包|手袋|皮具|名牌|大牌|奢侈品|球鞋|运动鞋|香水|皮带|首饰")
            // or the brand itself in its Latin capitals (高仿AJ, 精仿LV, 复刻GUCCI): the grade's word names what is copied
            + "|(?-i:[A-Z]{2,8})(?![A-Za-z]))");

    /**
     * A prescription drug offered on someone's behalf or sold past the prescription: the pharmacy trade's products that
     * {@link #GREY_TRADE} names in English (Viagra 伟哥 / 威而钢 / 万艾可, and 韦哥, the homophone the trade writes to pass a filter on the name, Cialis 犀利士 / 希爱力, Levitra 艾力达, tramadol 曲马多,
     * Xanax 阿普唑仑 …; Indian generics 格列卫 / 仿制药; the classes 壮阳药, 减肥药, 安眠药, 春药) next to an offer (代购, 出售, 直邮,
     * 批发, 专卖, 货到付款, 免处方, 正品). A line that warns of the trade (谨防, 警惕, 骗, 诈) is none.
     */
    private static final Pattern PHARMACY_OFFER = Pattern.compile("(?:" + any(DRUGS) + ")[^，。,；;！!？?]{0,4}?(?:" + any(DRUG_OFFERS) + ")"
            + "|(?:" + any(DRUG_OFFERS) + ")[^，。,；;！!？?]{0,6}?(?:" + any(DRUGS) + ")");

    /**
     * A coin offered at a yield: a crypto token (USDT, BTC, 比特币, 泰达币, 虚拟币 …) next to a promise of interest or of a
     * trader's lead (高息, 高收益, 稳赚, 日息, 理财, 带单, 搬砖套利). A warning (警惕虚拟币理财骗局) is none.
     */
    private static final Pattern TOKEN_YIELD = Pattern.compile("(?i)(?:usdt|usdc|btc|eth|" + any("比特币|以太坊|泰达币|虚拟币|数字货币|币圈|合约") + ")"
            + "[^，。,；;！!？?]{0,4}?(?:" + any("高息|高收益|高回报|稳赚|日息|月息|理财|带单|搬砖|套利|返息") + ")");

    /** A line that warns of a trade names it too: 谨防, 警惕, 骗局, 诈骗, 风险提示. */
    private static final Pattern WARNING = Pattern.compile(any("谨防|警惕|提防|骗|诈|风险|曝光|查处|打击|严禁"));

    private BareOffers() {}

    /** Whether {@code t} (width-folded) is an English bare offer (see the class comment). */
    static boolean english(String t) {
        if (Chars.cjk(t) > 0 || t.length() > 90) return false;
        java.util.regex.Matcher w = LATIN_WORD.matcher(t);
        int words = 0;
        while (w.find() && words <= MAX_WORDS_POINTED) words++;
        if (words < MIN_WORDS || words > MAX_WORDS_POINTED || !GREY_TRADE.matcher(t).find()) return false;
        // a selling point names what the line offers as an offer does at a sentence's length ("Undetected aimbot and
        // wallhack for all major shooters, updated daily"); a buying verb alone, in a line of a keyword line's length
        if (words > MAX_WORDS) return SELLER_ONLY_POINT.matcher(t).find();
        return SELLING_POINT.matcher(t).find() || BUY_TRADE.matcher(t).find();
    }

    /** Whether {@code t} is a Chinese bare offer (see the class comment): short, mostly Han, no sentence. */
    static boolean chinese(String t) {
        int n = Chars.nonSpace(t);
        if (n < 4 || n > MAX_HAN || Chars.cjk(t) * 2 < wordUnits(t)) return false;
        for (int i = 0; i < t.length(); i++) if (Chars.isSentenceEnd(t.charAt(i))) return false;
        if (PAPERS_OFFER.matcher(t).find() || COUNTERFEIT_OFFER.matcher(t).find()) return true;
        return (PHARMACY_OFFER.matcher(t).find() || TOKEN_YIELD.matcher(t).find()) && !WARNING.matcher(t).find();
    }

    /**
     * The line's length in words of either script: a Han character is one, and so is a run of Latin letters or digits (a
     * token's or a brand's name: USDT, AJ, LV). Counted by characters, "USDT高收益" was no Chinese line (four letters
     * against three Han), so a coin's or a brand's keyword line in the trade's own spelling was read by neither branch.
     */
    static int wordUnits(String t) {
        int units = 0;
        boolean inLatin = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean latin = c < 128 && Character.isLetterOrDigit(c);
            if (latin && !inLatin) units++;
            else if (!latin && !Character.isWhitespace(c)) units++;
            inLatin = latin;
        }
        return units;
    }

    /** At most this many non-space characters: a trade's keywords, no sentence ({@link #byWords}). */
    static final int BY_WORDS_MAX = 10;

    /**
     * The Han model's evidence a keyword line needs ({@link #byWords}): above the strong cut ({@link SpamDetector#WORDS_STRONG},
     * 6.0), because a line of three to nine bigrams has few features to read. The top clean line of four to ten Han
     * characters in zh-cwced's, AEB's and the corpus's gold, in either script, is a related-reading label (推荐阅读, 6.00:
     * adverts open with it); the dev files' short keyword lines reach 6.5 in 25 of 40 at 4.0 or more (私家偵探查人 7.18,
     * its file not in the model's training).
     */
    static final double BY_WORDS_CUT = 6.5;

    /**
     * A Chinese keyword line of any trade, told by its words rather than a list of trades: at most {@link #BY_WORDS_MAX}
     * characters, all Han but for spaces, and the Han model's evidence at {@link #BY_WORDS_CUT}. Such a line (a private
     * detective's 私家侦探查人) has too few bigrams for the topic's bands and no papers to offer ({@link #chinese}), so
     * its words alone left it at 1.5. The page must not speak of it ({@link Topic#isForeignShort}).
     */
    static boolean byWords(String t, double evidence) {
        if (evidence < BY_WORDS_CUT) return false;
        int n = Chars.nonSpace(t);
        return n >= 4 && n <= BY_WORDS_MAX && Chars.cjk(t) == n;
    }

    /**
     * A grey trade's product and a selling point in English words, at any length: the mark of an English run already
     * picked out of a sentence as leaning to an advert ({@link GluedInserts#marked}; "cheap viagra and cialis no
     * prescription needed overnight shipping worldwide"). {@link #english}'s word cap is for a line that is the offer
     * alone; a run the sentence's reader cut out has its own length.
     */
    static boolean englishTradeOffer(String t) {
        return Chars.cjk(t) == 0 && GREY_TRADE.matcher(t).find() && SELLING_POINT.matcher(t).find();
    }

    /** Either kind. */
    static boolean isBareOffer(String t) {
        return chinese(t) || english(t);
    }

    private static String any(String alternatives) {
        return SpamLexicon.anyScriptForm(alternatives);
    }
}
