package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;
import org.policyminer.util.QuickFindSet;

/**
 * The shape of an advert line, whatever it sells: gambling, loan and porn adverts pasted into hacked pages are built
 * the same way, so their shape catches brands and services no lexicon lists.
 * <ul>
 * <li>a call to action: a short clause that tells the reader to act now (点击注册, 进入官网, 立即下载, 扫码关注 …);</li>
 * <li>a bracketed brand opening the line (【某某最新版】, 【某某官方版】);</li>
 * <li>choppy clauses: three or more short clauses and no sentence, a string of selling points;</li>
 * <li>a run of services: three or more short items joined by 、 (代办信用卡、大额信用贷、企业过桥垫资…).</li>
 * </ul>
 * The score alone stays below {@link SpamDetector#SPAM}: an advert must also be off the page's topic (or hit the
 * lexicon, or give a contact), so a notice that ends "欢迎咨询" on its own subject is kept.
 */
final class AdvertShape {
    /** At most this much from shape alone. */
    static final double MAX = 2.5;
    /** What a {@link BareOffers bare offer} adds to the shape: a call's worth, never spam alone. */
    static final double BARE_OFFER = 1.5;
    /** Lines longer than this are prose, not adverts. */
    static final int MAX_CHARS = 120;

    /**
     * An English line is capped in words, not in the characters {@link #MAX_CHARS} counts for Han: an advert of two
     * English sentences ("Best offshore sportsbook of 2026 — grab a 150% welcome bonus …, visit … today", 25 words) has
     * 126 letters, and English spends four or five letters where Chinese spends one character.
     */
    static final int MAX_ENGLISH_WORDS = 40;
    /** No English line of {@link #MAX_ENGLISH_WORDS} words is longer than this (without spaces): the cheap bound first. */
    static final int MAX_ENGLISH_CHARS = 320;

    /**
     * Whether a line over {@link #MAX_CHARS} is an English line within {@link #MAX_ENGLISH_WORDS}: under four Han
     * characters (as {@link #englishPitch} asks) and at most that many words. {@code nonSpace}: the line's length without
     * spaces. One pass that stops at the fourth Han character: a long Chinese paragraph answers in its first few.
     */
    static boolean englishWithinCap(String t, int nonSpace) {
        if (nonSpace > MAX_ENGLISH_CHARS) return false;
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isCjk(c) && ++han >= 4) return false;
            boolean wordChar = !Chars.isSpace(c);
            if (wordChar && !inWord && ++words > MAX_ENGLISH_WORDS) return false;
            inWord = wordChar;
        }
        return true;
    }

    /**
     * What ends a clause: punctuation, spaces, and the bars, stars and emoji (Unicode "other symbols") that adverts
     * string their selling points on (⭐全国空降⭐学生嫩模⭐, 🎰老虎机🎰捕鱼达人🎰).
     */
    /** What ends a clause (and the regex {@link #clauses} splits as, kept as the definition its test checks against). */
    static final Pattern CLAUSES = Pattern.compile("(?:[，。！？；：!?;:\\s…~～|｜\\p{So}]|(?<![0-9])[,.]|[,.](?![0-9]))+");
    private static final String CLAUSE_MARKS = "，。！？；：,.!?;:…~～|｜ \t\n\u000B\f\r";
    /** An urgency or pointer word before the action: what makes a verb a command to the reader. */
    private static final String URGE = "请|点击|点此|点我|点这里|戳此|戳我|戳这里|戳链接|立即|立刻|马上|赶快|赶紧|快来|速来|即刻|扫码|扫一扫|长按|欢迎|直接|一键|前往|进群|免费|现在|快速|从速";
    /** What a web advert asks the reader to do. */
    private static final String ACT = "注册|下载|安装|进入|登录|登陆|申请|报名|领取|领|咨询|垂询|来询|洽谈|致电|详聊|详谈|加入|添加|联系|来电|观看|购买|选购|抢购|进店|预约|体验|开户|参与|查看|关注|借款|入金|充值|试用|开始|访问|打开|输入|解锁|点开|收藏|私信|私聊|留言|下单|抢|进群|入群|加群|玩";
    private static final QuickFind URGED_ACTION = QuickFind.of(Pattern.compile("(?:" + bothScripts(URGE) + ")(?:[^，。]{0,3})(?:" + bothScripts(ACT) + ")"));
    /**
     * A reader sent to a private channel: add me / add the WeChat / join the group / DM (加微信, 加V详聊, 加我拉你进群,
     * 私聊拿货价), or told where the contact is (微信号在主页, 咨询热线见主页). A notice's "联系电话：…" is neither:
     * it names an office, it does not ask the reader to add anyone; nor are 增加群众…, 参加我市… (the lookarounds).
     */
    private static final QuickFind CONTACT_CALL = QuickFind.of(Pattern.compile("(?<![增参追施更附叠外再新强])(?:" + bothScripts("加|添加|私信|私聊|拉你|拉您") + ")(?:"
            + bothScripts("V|v|VX|vx|微信|薇信|QQ|qq|扣扣|客服") + "|我(?![国市省区县校院部厅局委们])|群(?![众体岛组]))"
            + "|(?:" + bothScripts("微信|微信号|电话|热线|联系方式|QQ|qq|客服") + ")[^，。]{0,4}(?:" + bothScripts("见|在") + ")(?:"
            + bothScripts("主页|首页|简介|头像|下方|图片|签名") + ")"
            + "|^(?:" + bothScripts("私聊|私信|私我") + ")|" + bothScripts("私我") + "$"));
    /** A strong urging word opening the closing clause: "马上租赁", "赶紧来玩", "有意者速联系". */
    private static final QuickFind URGED_CLOSE = QuickFind.of(Pattern.compile("^(?:" + bothScripts("马上|立即|立刻|赶紧|赶快|速") + ")"
            + "|(?<![" + "加快迅高全增提低减失神飞极光" + "])" + "(?:" + bothScripts("速") + ")(?:" + bothScripts(ACT) + ")"));
    /**
     * The closing action may name its channel: "电话咨询", "在线咨询", "微信咨询"; up to ten characters when the
     * channel and action close it ("二十四小时在线预约": what is promised comes first).
     */
    private static final QuickFind CHANNEL_ACTION = QuickFind.of(Pattern.compile("(?:" + bothScripts("电话|微信|在线|来电|致电|网上") + ")(?:"
            + bothScripts("咨询|垂询|联系|预约|办理|洽谈|下单") + ")$"));
    /** Urging words that are a whole command on their own ("急用速来"). */
    private static final QuickFind URGE_ALONE = QuickFind.of(Pattern.compile("(?:" + bothScripts("速来|快来|从速") + ")$"));
    private static final QuickFind BARE_ACTION = QuickFind.of(Pattern.compile("^(?:" + bothScripts(ACT) + ")"));
    private static final Pattern BRACKET_BRAND = Pattern.compile("^[\\[【〖〔「『]([^】〗\\]〕」』]{2,16})[】〗\\]〕」』]");
    /** Whether {@link #BRACKET_BRAND} can match: a line that does not open with a bracket is not matched at all. */
    private static final QuickFind MAY_OPEN_WITH_BRAND = QuickFind.of(BRACKET_BRAND);
    private static final Pattern BRAND_MARK = Pattern.compile(bothScripts("版|官网|官方|APP|App|app|VIP|vip|客户端|平台|娱乐|棋牌|彩票|影院|直播"));

    /**
     * A commercial name in title or quotation marks anywhere in the line (《永利皇宫》官方直营, 「雷霆电竞」, 《金马国际》):
     * short, no punctuation inside, and ending in the head word of a venue or a brand (皇宫, 娱乐城, 国际, 电竞, 视讯, 会所,
     * 平台, 商城, 钱包 …) or followed by what only a brand is followed by (官方, 官网, 直营, 平台, APP). A document, a newspaper
     * or a book in 《》 ends otherwise (规划, 办法, 通知, 日报, 杂志): 《国际金融报》 ends in 报.
     */
    private static final Pattern NAMED_VENUE = Pattern.compile("[《「『〖]([^》」』〗，。、；：！？,.;:!?\\s]{2,10})[》」』〗]"
            + "(" + bothScripts("官方|官网|直营|平台|APP|App|app|客户端|娱乐|线上|在线") + ")?");
    private static final Pattern VENUE_HEAD = Pattern.compile("(?:" + bothScripts("皇宫|王宫|宫殿|娱乐城|娱乐场|娱乐|国际|赌场|赌城|会所|俱乐部|会馆|棋牌|彩票|电竞|体育|视讯|真人|平台|官方|官网|商城|钱包|金服|网贷|借贷|贷|直播|影院|APP|App|app") + ")$");
    private static final Pattern OWN_SITE = Pattern.compile(bothScripts("官网|直营"));
    private static final Pattern DOCUMENT_END = Pattern.compile("(?:" + bothScripts("报|刊|志|法|例|则|规|划|见|知|案|要|定|告|录|南|准|书|集|史|记|传|论") + ")$");

    /**
     * 1.5 for a commercial name in 《》「」 followed by a brand's word (《永利皇宫》官方直营), 0.75 for one whose name ends in a
     * venue's or brand's head word alone (「雷霆电竞」) or with no head word but its own site (《澳门新葡京》官网); 0 when the line has no such mark (the cheap test first).
     */
    static double namedVenue(String t) {
        if (t.indexOf('《') < 0 && t.indexOf('「') < 0 && t.indexOf('『') < 0 && t.indexOf('〖') < 0) return 0;
        java.util.regex.Matcher m = NAMED_VENUE.matcher(t);
        double best = 0;
        while (m.find()) {
            String name = m.group(1);
            if (DOCUMENT_END.matcher(name).find()) continue;
            boolean head = VENUE_HEAD.matcher(name).find();
            String after = m.group(2);
            if (head && after != null) return 1.5;
            // 官方 or 平台 after a programme's name (《新闻联播》官方微博) is no brand's: only 官网 and 直营 count alone
            if (head || (after != null && OWN_SITE.matcher(after).matches())) best = 0.75;
        }
        return best;
    }

    /**
     * What a grey trade sells, named by the reader who praises it: a way over the wall (VPN, 梯子, 加速器, 翻墙), goods
     * bought abroad for you (代购, 海淘), quick loans (网贷, 小贷), game cheats (外挂, 代练). A policy page says
     * 贷款 and 加速 in its own sense: the words here are the trade's own, and they count only with praise or a question.
     */
    private static final QuickFind TRADE = QuickFind.of(Pattern.compile("(?i:vpn|ssr|v2ray|clash)|" + bothScripts(
            "梯子|加速器|翻墙|科学上网|代购|海淘|网贷|小贷|外挂|代练")));
    /**
     * A reader's praise or pick of a product: it works (速度超快, 好用, 很稳, 秒开, 不卡, 没断过, 放款快, 额度高; not 稳定 or 正品, a report's words too), it is
     * recommended (推荐给大家, 强推, 亲测, 安利, 真心推荐, 可以试试), or asked about as a forum does (有人用过…吗, 求推荐).
     */
    private static final QuickFind PRAISE = QuickFind.of(Pattern.compile(bothScripts(
            "超快|贼快|飞快|好用|很稳|超稳|秒开|不卡|不掉线|没断过|没掉过|放款快|到账快|额度高|真香|靠谱")));
    private static final QuickFind PICK = QuickFind.of(Pattern.compile(bothScripts(
            "推荐给大家|推荐大家|强推|强烈推荐|墙裂推荐|真心推荐|亲测|安利|可以试试|去试试|值得一试|用过都说好|谁用谁知道")
            + "|(?:" + bothScripts("有人|有没有人|谁|大家") + ")(?:" + bothScripts("用过|试过|知道") + ")|" + bothScripts("求推荐|哪个好用|哪家好")));

    /**
     * A reader's testimony for a product of a grey trade ({@link #TRADE}), forum style and with no contact: "请问有人用过
     * 「极光VPN」吗？…速度超快，推荐给大家～". With the product's name in 「」《》『』〖〗 ({@code marked}): 1.5 when the
     * line also praises it, picks it or asks about it; without marks, 0.75 when it both praises and picks. A reader's
     * comment on a news page names a book, a film or a company, not a trade's product; a report on 网贷 neither praises
     * nor recommends one.
     */
    static double productTestimony(String t, boolean marked) {
        return productTestimony(t, marked, LineStarts.NONE);
    }

    /** {@link #productTestimony(String, boolean)} of {@code t}, a part of the line {@code line} read (see {@link LineStarts}). */
    private static double productTestimony(String t, boolean marked, LineStarts line) {
        if (!TRADE.find(t, line)) return 0;
        boolean praise = PRAISE.find(t, line);
        boolean pick = PICK.find(t, line);
        if (marked) return (praise || pick) && namesProduct(t) ? 1.5 : 0;
        return praise && pick ? 0.75 : 0;
    }

    /** Whether a title ends like a document's, a paper's or a book's (《…办法》, 《…日报》, 《…公告》): {@link #DOCUMENT_END}. */
    static boolean endsLikeDocument(String title) {
        return DOCUMENT_END.matcher(title.strip()).find();
    }

    /** A name in marks that does not end like a document, a paper or a book's (《…办法》, 《…日报》). */
    private static boolean namesProduct(String t) {
        java.util.regex.Matcher m = MARKED_NAME.matcher(t);
        while (m.find()) if (!DOCUMENT_END.matcher(m.group(1)).find()) return true;
        return false;
    }

    /** A name in title or quotation marks, as {@link #NAMED_VENUE} reads it, with nothing after it. */
    private static final Pattern MARKED_NAME = Pattern.compile("[《「『〖]([^》」』〗，。、；：！？,.;:!?\\s]{2,10})[》」』〗]");
    /** What a line that lists brands opens with: a pick of the week, what is hot. */
    private static final Pattern LIST_CUE = Pattern.compile(bothScripts("推荐|本期|热门|热推|精选|必玩"));
    /**
     * A word that makes the names a reading or viewing list, not a brand list: a document (通知, 意见, 办法, 规划, 报告, 条例,
     * 法), a book, a paper, a programme, a film or a song.
     */
    private static final Pattern DOCUMENT_WORD = Pattern.compile(bothScripts("通知|意见|办法|规划|报告|条例|法|书|报|刊|志|文件|纲要|方案|决定|规定"
            + "|文章|论文|读物|教材|著作|作品|小说|诗|电影|影片|片|剧|节目|动画|歌|曲|专辑|栏目|课|展"));

    /**
     * A brand list: two or more names in 《》「」 in a line that recommends them (本期推荐：《新濠汇》《博盈天下》《豪利七七七》),
     * with no word that makes them documents, books or films and no name that ends like one. Whatever the names are:
     * the line's form is a pick of brands. 1.5, as much as a brand with its own site.
     */
    static double brandList(String t) {
        java.util.regex.Matcher m = MARKED_NAME.matcher(t);
        int names = 0;
        while (m.find()) {
            if (DOCUMENT_END.matcher(m.group(1)).find()) return 0;
            names++;
        }
        if (names < 2 || !LIST_CUE.matcher(t).find()) return 0;
        // the cue and the document words are read outside the names: 《推荐》 is a name, 《博盈天下》 no document
        String outside = MARKED_NAME.matcher(t).replaceAll("　");
        return LIST_CUE.matcher(outside).find() && !DOCUMENT_WORD.matcher(outside).find() ? 1.5 : 0;
    }

    /** A price in a half-English line: 880 RMB, ¥99, $19.9, 99元, USD 50. */
    private static final Pattern LATIN_PRICE = Pattern.compile("(?i)[0-9][0-9,.]*\\s*(?:rmb|usd|hkd|yuan|元|块)(?![a-z])"
            + "|[¥￥$＄]\\s*[0-9]|(?<![a-z])(?:rmb|usd|hkd)\\s*[0-9]");
    /** An English pitch word: a trial, a discount, a sale, a VIP, what is free or cheap, the reader sent to a messenger. */
    private static final Pattern LATIN_PITCH = Pattern.compile("(?i)(?<![a-z])(?:free|trial|sale|vip|discount|cheap|only|promo|bonus"
            + "|[0-9]+\\s*%\\s*off|for hire|whatsapp|telegram|download)(?![a-z])");
    /**
     * What an English advert sells with, beyond {@link #LATIN_PITCH}: money fast and sure (instant, approved, guaranteed,
     * no credit check, payday), a trader's promise (win rate, 100x leverage, signals, profit), sex and betting.
     */
    private static final Pattern ENGLISH_PITCH = Pattern.compile("(?i)(?<![a-z])(?:instant|guaranteed|approved|no credit check"
            + "|payday|cash ?back|risk[- ]free|win rate|leverage|[0-9]+x|signals?|profits?|earn|jackpot|casino|betting|slots"
            + "|hot singles|singles|cams|xxx|nude|escorts?|hook ?up|no signup|limited|exclusive|100% ?(?:legit|safe|real)"
            // betting's words: the odds, the payout, the deposit bonus, the games
            + "|odds|payouts?|pay ?outs?|welcome bonus|deposit bonus|first deposit|free spins|free bets?|cash ?out|withdraw(?:al)?s?|rebates?"
            + "|poker|roulette|baccarat|blackjack|sportsbook|wagers?|bookies?|parlays?|spins"
            // forged papers: what is sold (passports, licences, diplomas, test scores) and how (real, registered, fake, novelty)
            + "|passports?|driver'?s licen[cs]es?|driving licen[cs]es?|id cards?|diplomas?|degree certificates?|transcripts|ielts|toefl|gmat"
            + "|visas?|green cards?|residence permits?|fake|counterfeit|novelty|undetectable|registered|real documents?"
            + "|worldwide delivery|fast delivery|discreet(?:ly)?"
            // grey services for hire: hacking, spying, grades and scores changed, reviews faked, paid only after
            + "|hackers?|hacked accounts?|hack back|hack into|spy on|track (?:a |your )?cheating|cheating (?:spouse|partner|wife|husband)"
            + "|change (?:your |their )?grades|boost your credit(?: score)?|credit repair|fake reviews|(?:delete|remove) negative (?:reviews|news|posts)"
            + "|pay (?:only )?after|no upfront (?:fee|payment|cost)|for hire|available 24/7|24/7 support"
            // a spell-caster's and a guarantee's words; quick money's and the account trade's
            + "|curses?|love spells?|spell casters?|black magic|voodoo|lost lovers?|bring back (?:your )?(?:ex|lover)|psychic|money back"
            + "|no collateral|approval rate|bulk (?:discounts?|orders?)|aged accounts?|verified accounts?"
            // copies sold as the brand (replica watches, 1:1, identical to the originals) and shipped quietly
            + "|replicas?|1:1|mirror[- ]grade|identical to the originals?|designer (?:hand)?bags|(?:worldwide|discreet) shipping|shipping worldwide"
            // a degree sold in other words than diploma: verifiable, accredited, bachelor's / master's / PhD certificates
            + "|verifiable|(?:bachelor|master|phd|doctorate)'?s? (?:and (?:master|phd)'?s? )?(?:degree )?certificates?|(?:university|real) degrees?|accredited (?:[a-z]+ ){0,2}degrees?"
            // betting's claims: no identity checks, no limits on what a winner takes
            + "|no id checks?|no kyc|no (?:betting |withdrawal )?limits(?: on winn(?:ers|ings))?|pays? out [0-9]+(?:\\.[0-9]+)?\\s*%"
            // an escort's: she comes to you (outcall, to your hotel), is as pictured, is paid on the door
            + "|outcall|incall|companionship|pay on arrival|(?:models?|girls?) (?:to|at) your hotel|real (?:photos|pictures)(?: guaranteed)?"
            // a game's rank sold: boosted by hired players, by hand, no bots that get the account banned
            + "|boost(?:ing)? your (?:rank|elo|mmr|account|level)|(?:rank|elo|mmr) boost(?:ing|ers?)?|hand-?played|no bots|pro players)(?![a-z])");
    /**
     * An English call to action: an imperative at a sentence's or a dash's start (Apply now, — join us on, Visit
     * meetnow24.live, Click here) or a verb with now / today / here after it.
     */
    private static final Pattern ENGLISH_CALL = Pattern.compile("(?i)(?:^|[.!?:;,—–(\\[（【]\\s*|\\s[-—–]\\s)(?:apply|join|visit|click|sign ?up"
            + "|register|download|subscribe|order|buy|call|text|dm|message|contact|claim|grab|chat|book|add me|follow|get|try|shop|bet|spin|deposit|win|earn)(?![a-z])"
            // a game at a venue, the venue named: play online slots at LuckySpin888, play poker on …
            + "|(?:^|[.!?:;,—–(\\[（【]\\s*)play\\s+(?:[a-z0-9']+\\s+){0,3}(?:at|on|with)\\s"
            // … or the game itself, for money (Play real money slots online, play casino games for real cash)
            + "|(?:^|[.!?:;,—–(\\[（【]\\s*)play\\s+(?:[a-z0-9']+\\s+){0,3}(?:slots|poker|casino|roulette|blackjack|baccarat)(?:\\s+games?)?\\s+(?:online|for real (?:money|cash)|now)(?![a-z])"
            + "|(?<![a-z])(?:apply|join|sign ?up|register|order|buy|call|click|claim|download|chat|act|book)\\s+(?:now|today|here|us)(?![a-z])"
            // the same with up to two of the words a call puts before now (Apply online now, Download the app today, Claim
            // yours now) or a tap or a swipe on what is below (just tap the button below, swipe up now)
            + "|(?<![a-z])(?:apply|join|sign ?up|register|order|buy|click|claim|download|tap|swipe|start)\\s+"
            + "(?:(?:online|here|us|it|yours|free|in|up|right|instantly|securely|the app|the button|the link|the banner)\\s+){1,2}(?:now|today|below|here)(?![a-z])"
            + "|(?<![a-z])(?:tap|swipe) (?:here|now|below|up|right|left)(?![a-z])|(?<![a-z])start (?:matching|chatting|dating|earning|winning|betting|trading)(?![a-z])"
            // a private channel and its number or handle: WhatsApp +44 …, Telegram: @acc, Viber 0912 … (not Signal nor Line:
            // words of prose)
            + "|(?<![a-z])(?:whatsapp|telegram|viber|wechat|kik|snapchat|skype|wickr)\\s*(?:me\\s*)?[:：]?\\s*(?:\\+\\s?[0-9]|@\\s?[a-z0-9_]|[0-9]{4})"
            // goods sent from an address (discreet worldwide shipping from luxoria.shop, order at replica.top): the shop
            // named by its domain, its dot plain or bracketed (as the fold joins it); prose's "available at www.miit.gov.cn" sends nothing
            + "|(?<![a-z])(?:shipping|ships|shipped|order|orders|shop|buy)\\s+(?:from|at|on|via)\\s+(?:www\\.)?[a-z0-9-]+(?:\\.|\\s*[(\\[【（〔［]\\s*[.．。]\\s*[)\\]】）〕］]\\s*)[a-z]{2,}(?![a-z])"
            // a sale's label opening the line, as 【广告】 opens an aside: FOR SALE:, WTS:, Selling:
            + "|^\\W{0,3}(?:for sale|wts|selling|on sale)\\s*[:：]");
    /** An English advert's label opening a line (ADVERTISEMENT:, Sponsored:, Ad:, Promo:): the hook may stand after it. */
    private static final String ENGLISH_AD_LABEL = "(?:(?:advertisement|advert|sponsored|promoted|promo|ad)\\s*[:：\\-—]\\s*)";
    /** {@link #ENGLISH_AD_LABEL} as the line's opening: an advert declared, a claim's weight in {@link #englishPitch}. */
    private static final Pattern OPENS_WITH_AD_LABEL = Pattern.compile("(?i)^\\W{0,3}" + ENGLISH_AD_LABEL);

    /** A run of two or more Latin letters: an English word or a brand. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /**
     * A half-English pitch (LV、Gucci、Chanel顶级原单包包，专柜品质，Only 880 RMB; VPN free trial! 稳定翻墙 …): a line that
     * is not mostly Han but has Han words and at least two English words, with a price, English pitch words or a Chinese
     * pitch family. 0.75 for each of a price, the English pitch words (two or more count twice) and the Chinese pitch
     * families, at most 1.5. The clause rules cannot read such a line (its spaces cut it into choppy clauses), and an
     * English line in a Chinese article is not kept from the topic check by this: the topic reads its Han words.
     */
    static double latinPitch(String t) {
        return latinPitch(t, LineStarts.NONE);
    }

    /** {@link #latinPitch(String)} of {@code t}, a part of the line {@code line} read (see {@link LineStarts}). */
    private static double latinPitch(String t, LineStarts line) {
        if (Chars.cjk(t) < 4) return 0;
        java.util.regex.Matcher w = LATIN_WORD.matcher(t);
        int words = 0;
        while (w.find() && words < 2) words++;
        if (words < 2) return 0;
        int signals = LATIN_PRICE_FIND.find(t, line) ? 1 : 0;
        java.util.Set<String> pitchWords = new java.util.HashSet<>();
        // the English pitch words too ("no credit check", "instant", "payout" in a reader's half-English testimony), read
        // after the short list
        addMatches(LATIN_PITCH_FIND, pitchWords, 2, t, line);
        addMatches(ENGLISH_PITCH_FIND, pitchWords, 2, t, line);
        signals += pitchWords.size();
        signals += families(t, line);
        // a mixed-script betting or crypto pitch with its English call anywhere ("最火 esports betting 平台，…赔率全网最高，
        // register now 送 10 USDT"): the call and the stakes' words in either script; without the call the cap stays
        if (!englishCall(t, line)) return Math.min(1.5, 0.75 * signals);
        java.util.Set<String> stakes = new java.util.HashSet<>();
        addMatches(STAKES_FIND, stakes, 2, t, line);
        if (stakes.isEmpty()) return Math.min(1.5, 0.75 * signals);
        return Math.min(MIXED_PITCH, 0.75 * (signals + 1 + stakes.size()));
    }

    /** The most {@link #latinPitch} gives a mixed-script pitch with an English call and the stakes' words. */
    static final double MIXED_PITCH = 2.0;
    /** Betting's and crypto's words in either script: what is staked, the odds, the bonus on the first deposit, the leverage. */
    private static final Pattern STAKES = Pattern.compile("(?i)(?<![a-z])(?:usdt|usdc|btc|eth|betting|casino|sportsbook|odds|esports|no credit check|payday|payout)(?![a-z])|"
            + any("滚球|赔率|盘口|彩金|首充|首存|爆分|泰达币|博彩|投注|下注|杠杆|合约|网贷|下款|借了|贷了|赢了"));

    /**
     * An English advert on a line with almost no Han (a Chinese page's English advert: "Get instant payday loans up to
     * $5,000 … Apply now at …"): the Chinese clause rules and {@link #latinPitch} (which needs four Han characters) read
     * nothing in it. 0.75 for each of a price and the pitch words (two count twice, {@link #LATIN_PITCH} and
     * {@link #ENGLISH_PITCH}), at most 1.5, and only with a call to action ({@link #englishCall}): an English abstract,
     * caption or reference says "free" or "only" but sends nobody anywhere.
     */
    static double englishPitch(String t) {
        return englishPitch(t, LineStarts.NONE);
    }

    /** {@link #englishPitch(String)} of {@code t}, a part of the line {@code line} read (see {@link LineStarts}). */
    static double englishPitch(String t, LineStarts line) {
        if (Chars.cjk(t) >= 4 || !englishCall(t, line)) return 0;
        java.util.regex.Matcher w = LATIN_WORD.matcher(t);
        int words = 0;
        while (w.find() && words < 4) words++;
        if (words < 4) return 0;
        int signals = LATIN_PRICE_FIND.find(t, line) ? 1 : 0;
        java.util.Set<String> pitchWords = new java.util.HashSet<>();
        addMatches(LATIN_PITCH_FIND, pitchWords, 2, t, line);
        addMatches(ENGLISH_PITCH_FIND, pitchWords, 2, t, line);
        signals += pitchWords.size();
        // an advert's claim (a timed result, a cure without its cost, a doctor's word or a secret): the English twins of
        // the Chinese claim families, counted as they are, past the pitch words' 1.5 up to the shape's most
        int claims = Integer.bitCount(ENGLISH_CLAIMS.matching(t, line)) + (OPENS_WITH_AD_LABEL.matcher(t).find() ? 1 : 0);
        if (claims == 0) return Math.min(1.5, 0.75 * signals);
        return Math.min(MAX, Math.min(1.5, 0.75 * signals) + 0.75 * claims);
    }

    /**
     * English claim families, as {@link #TIMED_RESULT}, {@link #WONDER_CURE} and {@link #RETURNS} in Chinese: a result in
     * a set time (lose 15 kg in 30 days, grow 3 inches in 60 days, reverse diabetes in 2 weeks); a result without its cost
     * (without dieting, no exercise, no side effects); an authority or a secret (doctor-approved, clinically proven,
     * doctors hate, one weird trick, what they don't want you to know, Big Pharma); money a day (earn $500 a day). A report
     * or an abstract may say "in 30 weeks" or "without side effects": read only in a line with an English call.
     */
    private static final QuickFindSet ENGLISH_CLAIMS = QuickFindSet.of(Stream.of(
            Pattern.compile("(?i)(?<![a-z])(?:lose|lost|drop|burn|shed|melt|grow|gain|cure|reverse|heal|fix|double|triple|earn|make|brings? back|removes?|approves?|funds?|pays? out|boost)(?![a-z])"
                    + "[^.!?]{0,40}?(?<![a-z])in (?:just |only |under )?(?:[0-9]+|one|two|three|seven|ten) (?:days?|weeks?|hours?|minutes?|nights?)(?![a-z])"
                    + "|(?i)(?<![a-z0-9])[0-9]+\\s*(?:kg|kgs|lbs?|pounds|inches|cm)(?![a-z])[^.!?]{0,12}?(?<![a-z])in [0-9]+ (?:days?|weeks?)(?![a-z])"),
            Pattern.compile("(?i)(?<![a-z])(?:without|no) (?:any )?(?:dieting|diets?|exercis(?:e|ing)|surgery|pills|insulin|medication|side effects|gym"
                    + "|sign-?up fees?|signup fees?|joining fees?|membership fees?|hidden fees?|credit check|collateral|paperwork)(?![a-z])"),
            Pattern.compile("(?i)(?<![a-z])(?:doctor[- ]approved|doctors? (?:hate|recommend)|clinically proven|miracle (?:cure|formula|pill)|one (?:weird|simple) trick"
                    + "|(?:don'?t|do not|doesn'?t) want you to know|big pharma|secret (?:formula|trick|method))(?![a-z])"),
            Pattern.compile("(?i)(?<![a-z])(?:earn|make)\\s+(?:up to\\s+)?[$€£]?[0-9][0-9,]*k?\\s*(?:usd|dollars)?\\s*(?:a|per|every)\\s+(?:day|week|hour)(?![a-z])"),
            // a spell-caster's promise: curses removed, lovers brought back, luck turned, or the money back
            Pattern.compile("(?i)(?<![a-z])(?:removes? (?:curses?|bad luck|black magic|evil)|curse removal|lost lovers?|love spells?|spell casters?"
                    + "|bring(?:s|ing)? back (?:your |lost )?(?:ex|lovers?|love)|or your money back|money[- ]back guarantee|[0-9]{2,3}% guaranteed)(?![a-z])"),
            // a date waiting nearby: singles or girls in your area, waiting to chat, tonight, 100% private
            Pattern.compile("(?i)(?<![a-z])(?:(?:singles|girls|women|wives|milfs|men) (?:in your area|near you|nearby)|waiting (?:to chat|to meet|for you)"
                    + "|(?:100%|totally|completely) (?:private|anonymous|discreet))(?![a-z])"),
            // the account trade: verified or aged accounts in bulk
            Pattern.compile("(?i)(?<![a-z])(?:verified (?:[a-z]+,? (?:and )?){0,4}accounts|aged [0-9]+\\+? ?(?:years?|months?)|aged accounts?"
                    + "|bulk (?:discounts?|orders?|accounts?)|accounts? for sale)(?![a-z])"),
            // a saving against the usual price (a third of the price, save up to 70%, cheaper than at home): the medical
            // tourist's and the pharmacy's claim
            Pattern.compile("(?i)(?<![a-z])(?:(?:a|one)[- ](?:third|quarter|tenth|fifth|fraction)|half) (?:of )?(?:the|what you'?d pay|its usual) (?:price|cost)"
                    + "|save (?:up to |over )?[0-9]{2}\\s*%|[0-9]{2}\\s*% (?:cheaper|less) than|(?:cheaper|less) than (?:at home|back home)(?![a-z])"),
            // a crowd that got the result: thousands of happy patients, hundreds of new partners who earned
            Pattern.compile("(?i)(?<![a-z0-9])(?:over |more than )?[0-9][0-9,]*\\+? (?:happy|satisfied|new) (?:patients|customers|clients|members|partners|distributors|students)(?![a-z])"
                    + "|(?<![a-z0-9])[0-9][0-9,]* (?:of our |new )?(?:partners|members|distributors|moms|mums|reps) (?:have |already )?(?:earned|made|quit)(?![a-z])"),
            // the recruiter's pitch: leave the job, be your own boss, ask me how
            Pattern.compile("(?i)(?<![a-z])(?:quit (?:your|the) (?:9-to-5|9 to 5|nine-to-five|day job|job)|be your own boss|fire your boss|ask me how"
                    + "|passive income|financial freedom)(?![a-z])"),
            // a bookmaker's claims: a payout rate, a bonus by the percent, nobody's identity checked, no cap on a winner
            Pattern.compile("(?i)(?<![a-z])(?:pays? out [0-9]+(?:\\.[0-9]+)?\\s*%|[0-9]{2,3}\\s*% (?:welcome|deposit|first[- ]deposit|sign[- ]?up) bonus"
                    + "|no (?:id|identity|kyc) checks?|no kyc|no (?:betting |withdrawal )?limits on winn(?:ers|ings)"
                    // free spins with no deposit: a casino's sign-up bonus
                    + "|[0-9]+ free spins|free spins no deposit|no deposit (?:bonus|required|needed))(?![a-z])"),
            // a VPN's: no logs kept, walls got through (unblocks, bypass the firewall), servers counted by the dozen; read, as
            // every claim here, only in a line with an English call ("Try it free for 3 days!")
            Pattern.compile("(?i)(?<![a-z])(?:(?:zero|no)[- ]logs?(?: policy)?|unblocks?|bypass(?:es)? (?:the )?(?:great firewall|gfw|firewall|censorship|geo-?blocks?)"
                    + "|[0-9]+\\+ ?(?:servers?|server nodes|locations|countries)|server nodes)(?![a-z])"),
            // a degree sold: got in days or without the exams a degree is earned by
            Pattern.compile("(?i)(?<![a-z])(?:degrees?|diplomas?|certificates?)(?: [a-z']+){0,4} in (?:just |only )?[0-9]+ days"
                    + "|(?<![a-z])without (?:exams?|attending (?:classes|school)|study(?:ing)?)(?![a-z])"))
            .map(QuickFind::of).toList());

    /** An English call to action ({@link #ENGLISH_CALL}); a cheap screen first: a line with no Latin letter has none. */
    static boolean englishCall(String t) {
        return englishCall(t, LineStarts.NONE);
    }

    private static boolean englishCall(String t, LineStarts line) {
        return ENGLISH_CALL_FIND.find(t, line) || ENGLISH_SEND_FIND.find(t, line);
    }

    /** Up to {@code most} distinct matches of {@code screen}'s pattern (lower-cased) added to {@code into}; none read when {@code screen} finds none. */
    private static void addMatches(QuickFind screen, java.util.Set<String> into, int most, String t, LineStarts line) {
        if (into.size() >= most || !screen.find(t, line)) return;
        java.util.regex.Matcher m = screen.pattern().matcher(t);
        while (m.find() && into.size() < most) into.add(m.group().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The reader sent on without an imperative from {@link #ENGLISH_CALL}: a hook question opening the line, aimed at the
     * reader's want ("Need to recover a hacked account …?", "Want to …?", "Tired of …?", "Lost access to …?": a report's
     * question asks about the world, "Do you know how the new rules …?"), an address to write to after a colon
     * ("Email: x at y dot z", "E-mail: …", "Write to …"), or a pointer to a profile ("link in bio", "link 在我 profile 里",
     * "DM me"). Alone it is no advert: {@link #englishPitch} and {@link #latinPitch} still ask for a price or pitch words.
     */
    private static final Pattern ENGLISH_SEND = Pattern.compile("(?i)^\\W{0,3}" + ENGLISH_AD_LABEL + "?(?:need|want|tired of|sick of|lost access|looking for|struggling with"
            + "|wish you could|ever wanted)\\b[^?？]{3,120}[?？]"
            // a yes/no hook at the reader's trouble or want (Is bad luck following you?, Are you drowning in debt?, Does your
            // partner lie to you?); not a quiz's "Do you know …?" / "Did you know …?" nor "Do you think …?"
            + "|^\\W{0,3}" + ENGLISH_AD_LABEL + "?(?:is|are|does|do|has|have|can't|cannot|did)\\s(?!you (?:know|think|remember|agree|believe)\\b)"
            + "[^?？.!]{0,80}?(?<![a-z])(?:you|your)(?![a-z])[^?？.!]{0,60}[?？]"
            + "|(?:^|[.!?;,—–(\\[（【，。！？]\\s*)(?:e-?mail|mail|write to|reach us at|contact us at)\\s*[:：]?\\s*[a-z0-9._-]{3,}\\s*(?:@|\\(at\\)|\\[at\\]|\\bat\\b)"
            + "|(?<![a-z])link\\s*(?:in|在)\\s*(?:my\\s*|我的?\\s*)?(?:bio|profile|主页|简介|簡介|主頁)|(?<![a-z])dm\\s+(?:me|us)(?![a-z])");

    /**
     * The English patterns tried only where a match can start ({@link QuickFind}): searched at every position, each
     * of them read every Han character of the mixed lines {@link #latinPitch} and {@link #englishPitch} are asked about
     * (a twentieth of the advert shape). Same matches; the loops that collect the pitch words still use the patterns.
     */
    private static final QuickFind ENGLISH_CALL_FIND = QuickFind.of(ENGLISH_CALL), ENGLISH_SEND_FIND = QuickFind.of(ENGLISH_SEND),
            LATIN_PRICE_FIND = QuickFind.of(LATIN_PRICE), LATIN_PITCH_FIND = QuickFind.of(LATIN_PITCH),
            ENGLISH_PITCH_FIND = QuickFind.of(ENGLISH_PITCH), STAKES_FIND = QuickFind.of(STAKES);

    /** The English patterns' quick finds, for the test that each is quick and finds what its pattern finds. */
    static List<QuickFind> englishFinds() {
        return List.of(ENGLISH_CALL_FIND, ENGLISH_SEND_FIND, LATIN_PRICE_FIND, LATIN_PITCH_FIND, ENGLISH_PITCH_FIND, STAKES_FIND);
    }

    /** A Chinese or Arabic number: the slot of a price or a sum in a pitch. */
    private static final String NUM = "[0-9一二三四五六七八九十百千万两几]+";
    /**
     * Trading on a tipster's calls, whatever the market (forex, gold, stocks, coins, lottery, football): the tipster calls
     * or leads the orders (喊单, 带单, 跟单, 荐股, 老师带单, 导师一对一带单), a sure pick (稳胆), the
     * reader sent to the group to learn (进群学习, 入群领). Not 老师带领 nor 一对一指导: a school's or an office's words;
     * not 必中 (未必中国) nor 计划单 (计划单列市).
     */
    static final Pattern SIGNALS = Pattern.compile(any("喊单|带单|跟单|荐股|牛股|金股|抓涨停|稳胆|内幕资料|内部资料")
            + "|(?:" + any("老师|导师|大神|高手|分析师|专家") + ")(?:" + any("带你|带您|一对一|喊|操盘") + ")"
            + "|(?:" + any("进群|入群|加群") + ")(?:" + any("学习|领|免费|听课|看") + ")");
    /**
     * A return promised over a short period or as a multiple (月收益30%以上, 日收益百分之五, 每天回报2%, 百倍币, 十倍收益):
     * a rate, not a sum (家庭月收入1000元 is a survey's figure); a yearly rate (年化收益率3%) is a bank's or a report's
     * and is left out.
     */
    static final Pattern RETURNS = Pattern.compile("(?:" + any("日|周|月|每天|每周|每月|单日|当月|一个月") + ")(?:"
            + any("收益|回报|盈利|利润") + ")" + any("率") + "?(?:" + any("高达|稳定|超过|可达|达到|轻松") + ")?\\s*(?:"
            + "[0-9.]+\\s*[%％]|" + NUM + any("个点") + "|" + any("百分之") + ")"
            + "|" + NUM + any("倍") + "(?:" + any("收益|回报|币|股|利润") + ")");
    /**
     * A wonder cure, whatever the body part or the illness: 神药, 神器, 克星, 秘方, 特效药, 一粒见效, 药到病除, 永不复发, 断根.
     */
    static final Pattern WONDER_CURE = Pattern.compile(any("神药|神器|神效|奇效|克星|秘方|特效药|药到病除|永不复发|断根|除根|一粒见效|一贴见效|一次见效|一针见效"));
    /**
     * A result promised in a set time or without the cure's cost: 三天根治, 七天见效, 一个疗程根治, 一个月瘦三十斤, 瘦二十斤, 不用打针,
     * 告别节食, 胰岛素不用打了, a weight kept off (瘦…不反弹; 疫情不反弹 is an office's words and has no 瘦 before it). With
     * {@link #WONDER_CURE} a separate family: "增高神药 一个月长高五厘米" makes both claims.
     */
    static final Pattern TIMED_RESULT = Pattern.compile(NUM + any("个") + "?(?:" + any("天|日|周|星期|个月|疗程") + ")(?:" + any("就|即|即可|便|能") + ")?(?:"
            + any("瘦|根治|治愈|痊愈|见效|长高|增高|增大|丰胸|断根|美白|降糖|降压") + ")"
            + "|" + any("瘦") + NUM + "(?:" + any("斤|公斤") + ")"
            + "|(?:" + any("不用|无需|无须|告别|不必") + ")" + any("再") + "?(?:" + any("打针|吃药|节食|运动|手术|开刀|胰岛素|打胰岛素") + ")"
            + "|(?:" + any("胰岛素|针|药") + ")(?:" + any("不用|不必") + ")" + any("再") + "?(?:" + any("打|吃") + ")"
            + "|(?:" + any("瘦|减肥|减重|体重") + ")[^，。,]{0,8}" + any("不反弹")
            // money in minutes: a loan approved or paid, a withdrawal, in so many minutes or seconds (3分钟到账, 审批时间仅为3分钟;
            // an office's 审批时间压缩至3个工作日 counts days)
            + "|(?:" + any("到账|放款|下款|出款|提现|审批|批款") + ")[^，。,]{0,4}?" + NUM + "(?:" + any("分钟|秒") + ")"
            + "|" + NUM + "(?:" + any("分钟|秒") + ")" + any("内|即可|就能|极速") + "?(?:" + any("到账|放款|下款|出款|提现|审批|批款") + ")");

    /**
     * An exam's papers or answers sold before it: answers got before the exam (考前三天发送答案, 提前拿到真题), papers sent
     * before it (真题答案考前三天发送), or a sale of them (出售答案, 有偿提供考题). A report on such a racket names them too
     * (警方查获出售高考答案的团伙): a family, never spam alone. Not 试题 or 试卷 after 提前 (教师提前准备好试题): answers, the
     * real paper (真题, 原题) or a sealed one (密卷) only.
     */
    static final Pattern EXAM_SALE = Pattern.compile("(?:" + any("考前|提前|开考前|考试前") + ")[^，。,]{0,6}(?:" + any("答案|真题|原题|密卷") + ")"
            + "|(?:" + any("答案|真题|原题|考题|试题|密卷") + ")[^，。,]{0,6}(?:" + any("考前|提前") + ")[^，。,]{0,4}?(?:"
            + any("发送|发|到手|拿到|获取|提供|送") + ")"
            + "|(?:" + any("出售|代售|售卖|贩卖|有偿提供") + ")[^，。,]{0,4}?(?:" + any("答案|真题|原题|考题|试题|试卷|密卷") + ")");

    /**
     * Whether one of the claim families ({@link #SIGNALS}, {@link #RETURNS}, {@link #WONDER_CURE}, {@link #TIMED_RESULT})
     * is in the text.
     */
    static boolean makesClaim(String t) {
        return CLAIMS.find(t);
    }

    private static final QuickFind CLAIMS = QuickFind.of(Pattern.compile(SIGNALS.pattern() + "|" + RETURNS.pattern() + "|" + WONDER_CURE.pattern()
            + "|" + TIMED_RESULT.pattern()));

    /**
     * Sales-pitch formulae, whatever is sold: each family is a pattern with slots, the way a pitch is worded, not a
     * list of products. Families: a guarantee (包过, 包成功, 包收录, 不成功不收费, 先服务后付款, 不过退款); trade terms (量大从优,
     * 全网最低, 价格美丽, 一条龙：, 全国可办, 假一赔十, 隐私发货; not 货到付款, which a report on online shopping names); easy money (日结, 日赚, 躺赚, 稳赚, 秒到账, 当天放款, 月入三万, 零门槛,
     * 无需经验); a sum per day or a low price (一天三百, 每月多赚八千, 只要十块); an offer (出售…, 代写, 服务器租用); a
     * clearance (清仓, 尾货); a gift for ordering (下单送, 运费险); a shop's review (买家评价：, 下次还会回购). Each
     * family that a line uses adds to its shape; none is spam alone (a news report may quote 零门槛 or 当天到账).
     */
    static final List<QuickFind> PITCH = Stream.of(
            Pattern.compile(any("包") + "(?:" + any("过|成功|上线|通过|赢|回本|赚|吃住|邮|男孩|女孩|性别|下款|放款|满意|退|教会|上岸|收录|排名") + ")"
                    // its homophone (保过, 保通过), not 确保过程 nor 担保过
                    + "|(?<![确担环擔確])" + any("保") + "(?:" + any("过|通过|赢|下款|上岸") + ")"
                    + "|" + any("先") + "[^，。,]{1,4}" + any("后") + "(?:" + any("付|收费|付款|收款|付费|结算") + ")"
                    + "|" + any("不") + "(?:" + any("成功|通过|过|上|满意|到账|中|赢") + ")[^，。,]{0,2}(?:"
                    + any("不收费|不要钱|全额退|退款|免费") + ")"
                    + "|(?:" + any("全额|无效|不过|不中") + ")" + any("退款")),
            Pattern.compile("(?:" + any("量大从优|价格美丽|全网最低|价格最低|最低价|假一赔十|隐私发货|保密发货|低价处理|高价回收|保密第一|信誉第一|童叟无欺"
                    // a tradesman's plain terms (价格公道, 随叫随到): what a service's card says of itself
                    + "|价格公道|价格实惠|收费合理|随叫随到") + ")"
                    + "|" + any("一条龙") + "(?=[：:，,]|$)"
                    + "|" + any("全国") + "(?:" + any("可|均可|接单|空降|包邮|上门|通用") + ")"),
            Pattern.compile("(?<![0-9一二三四五六七八九十])" + any("日结") + "|(?:" + any("日赚|躺赚|稳赚|零门槛|零投资|零投入|零成本|零风险") + ")"
                    + "|" + any("秒到") + "|" + any("月入") + "(?:" + any("过万") + "|" + NUM + any("万") + ")"
                    + "|" + any("无需") + any("任何") + "?(?:" + any("经验|抵押|面审|押金|出门") + ")"
                    + "|" + any("当天") + "(?:" + any("到账|放款|下款|审批") + ")"
                    // paid by the piece of work, the click farm's and the paid reviewer's terms (按单计酬, 一单一结)
                    + "|" + any("按单计酬|按单结算|按单付费|一单一结|一单一付")),
            Pattern.compile("(?:" + any("每天|一天|每单|每月|一个月|每晚") + ")(?:" + any("赚|收益|收入|佣金|提现|挂机") + ")?[^，。,]{0,2}"
                    + NUM + "(?:" + any("元|块") + ")"
                    + "|(?:" + any("多赚|能赚|可赚|赚了") + ")" + NUM
                    + "|" + any("赚") + "[了到]?" + NUM + "(?:" + any("元|块") + ")"
                    + "|(?:" + any("只要|仅需|低至|只需") + ")" + NUM + "(?:" + any("元|块") + ")"
                    // or a price told as a share of another's (价格只要三分之一, 价格仅为医院的三分之一, 认购价仅为发行价的一半):
                    // a seller's comparison; a report on a cheaper product says it too, so it is one family, never spam alone
                    + "|(?:" + any("价格|价钱|售价|认购价|只要|仅为|仅需|只需|不到") + ")(?:" + any("只要|仅为|仅需|只有|只需|不到") + ")?"
                    + "[^，。,；;]{0,8}?(?:" + any("的") + ")?(?:" + any("一半|半价") + "|[二三四五六七八九十]" + any("分之一") + ")"
                    // a service's unit price: 一分五十元, 一次两百块 (not 一次性补助五千元: nothing may stand between; not
                    // 一套10万元, a purchase told in a story: no goods, no 万)
                    + "|" + any("一") + "(?:" + any("分|次|单|晚|小时") + ")[0-9一二三四五六七八九十百千两几]+(?:" + any("元|块") + ")"),
            // a promised rate: 成功率高达百分之九十, 胜率九成, 下款率98%
            Pattern.compile("(?:" + any("成功率|通过率|胜率|准确率|命中率|下款率|回报率|收益率|中奖率|过审率") + ")(?:"
                    + any("高达|高于|超过|达到|达|在") + ")?\\s*(?:" + any("百分之") + "|[0-9]{2}|[九八七]" + any("成") + ")"),
            // service round the clock: 24小时在线, 二十四小时上门, 全天候接单, 7×24客服 (not 24小时内报告: a deadline)
            Pattern.compile("(?:(?:24|二十四)\\s*(?:" + any("小时|h|H") + ")|" + any("全天候") + "|7\\s*[×xX*]\\s*24)[^，。,]{0,2}(?:"
                    + any("在线|营业|服务|接单|客服|放款|到账|上门|发货|秒回|陪|回复|咨询|预约|出单") + ")"),
            // an offer of goods or a service: opened by a selling verb, a 代-service (代开, 代写, 代练; not 代表, 代码,
            // 时代), or a clause closed by what is offered (服务器租用, 账号回收)
            // a business that takes on work, in the present (调查公司承接…; not 该公司承接了…工程, a report)
            Pattern.compile("^" + any("出售|出租|回收|批发|招聘|求购|转让|低价出售|高价回收|专业代|承接")
                    // a shop speaking as itself of what it has (本店另有印度仿制版, 小店现货): a report names a shop in the third person
                    + "|(?:" + any("本店|小店|我店|本网店") + ")(?:" + any("另有|还有|均有|有售|现货|专营|直销|出售|代购|包邮|长期") + ")"
                    + "|(?:" + any("公司|工作室|团队|事务所|本店|我司") + ")(?:" + any("专业|长期") + ")?" + any("承接") + "(?![了过著着])"
                    + "|(?<![时现年取替交一历新世当近古后前時現歷當後])" + any("代") + any("开|写|考|练|刷|还|孕|购") + "(?![表码价谢言工替碼價謝])"
                    + "|" + any("租用|出售|回收|批发|代练|陪玩") + "(?=[，。, \u3000]|$)"),
            SIGNALS, RETURNS, WONDER_CURE, TIMED_RESULT, EXAM_SALE,
            // scarcity pressed on the buyer (名额有限, 数量有限, 售完即止, 先到先得, 欲购从速): an offer's hurry; a notice of a
            // training or a fair says 名额有限 too, on its own page, so one family, never spam alone
            Pattern.compile(any("名额有限|数量有限|库存有限|售完即止|先到先得|欲购从速|手慢无|错过不再|机不可失")
                    // or the last places counted down (名额仅剩最后200个, 仅剩最后三席)
                    + "|" + any("名额仅剩|仅剩最后|最后一批名额")),
            // a sure return: a yield told as steady or as a floor at a figure (年化收益稳定在48%以上, 回报保底12%), or the
            // principal guaranteed (本金由第三方担保, 保本保息). Since 2018 no regulated product may promise either (the asset
            // management rules end 刚性兑付), so a line that promises it is a seller's; a report on a fraud quotes it, so
            // one family, never spam alone
            Pattern.compile("(?:" + any("收益|回报|利息|收益率|回报率") + ")(?:" + any("稳定|保底|保证|稳稳|固定") + ")"
                    + any("在|为|达") + "?\\s*(?:[0-9.]+\\s*[%％]|" + any("百分之") + ")"
                    + "|" + any("本金") + "(?:" + any("由") + "[^，。,]{1,8})?(?:" + any("担保|兜底|保障|无忧|零风险") + ")"
                    + "|" + any("保本保息|保本保收益|保本高息")),
            // a recruit's pitch: partners or agents invited at large to join (诚邀各地合伙人加盟, 诚招代理); a company's own
            // notice of a partnership names its partner
            Pattern.compile("(?:" + any("诚邀|诚招|招募|火热招募|广招") + ")[^，。,]{0,6}?(?:" + any("合伙人|代理|加盟商|团队长") + ")"),
            // a bounty per head brought in (拉新一人返现50元, 推荐一人奖励, 每邀请一位得): the pyramid's and the referral app's
            // terms; an employer's or a city's programme pays for work, not per recruit
            Pattern.compile("(?:" + any("拉新|拉人|推荐|邀请|介绍") + ")(?:" + any("一人|一位|一个|每人|每位|1人") + ")(?:" + any("返|奖|得|送|赚") + ")"),
            // a clearance (清仓, 甩卖, 尾货, 跳楼价); not a discount's floor alone (五折起: a report on a shopping festival says it)
            Pattern.compile(any("清仓|甩卖|尾货|跳楼价|亏本价")),
            // a gift for ordering now: 下单送, 今日下单即送, 拍下就送, 送运费险 (a signup's bonus is SIGNUP_BONUS's)
            Pattern.compile("(?:" + any("下单|拍下") + ")" + any("即|就|再|立") + "?" + any("送|赠") + "|" + any("运费险")),
            // a shop's review: its label opening the line (买家评价：, 买家秀：) or the buyer coming back (下次还会回购, 无限回购);
            // not a company's 回购 of its shares
            Pattern.compile("^(?:" + any("买家|用户|顾客|网友") + ")(?:" + any("评价|评论|秀|反馈") + ")\\s*[：:]"
                    + "|(?:" + any("下次|以后|还会|还要|无限") + ")" + any("还") + "?" + any("会") + "?" + any("回购")
                    // or a buyer's formula on the parcel and the listing (物流很快, 和描述一致, 五星好评): a shop's page asks
                    // its buyers for these words; a report on e-commerce counts parcels, it does not praise one
                    + "|" + any("物流") + "(?:" + any("很|超|特别|非常") + ")?" + any("快") + "(?=[，。！!,\\s]|$)"
                    + "|(?:" + any("和|与|跟") + ")" + any("描述") + "(?:" + any("一致|相符|一样") + ")"
                    + "|" + any("五星好评|必须好评|给个好评|已经好评|好评返现")))
            // each family opens with a few hundred words in both scripts: tried only where one of them can start
            .map(QuickFind::of).toList();

    /**
     * An advert written as a reader's comment: a first-person testimony of money got (我…批了五万, 朋友…赚了两万) and an
     * endorsement that sends the reader on (良心平台, 亲测靠谱, 有需要的朋友…, 应用商店搜索…). Counted as pitch families
     * (0.75 each): a news report may quote a victim's 借了五万元, so neither is spam alone.
     */
    static final List<QuickFind> TESTIMONY = Stream.of(
            Pattern.compile("(?:" + any("我|本人|朋友|兄弟|姐妹|老公|老婆|同事|闺蜜|亲戚") + ")[^。！？!?]{0,24}?(?:"
                    + any("批了|借了|贷了|下款|到账|赚了|赢了|中了|提了|提现|拿了|回本|翻了") + ")[^，。,]{0,3}"
                    // a space inside the sum as a half-English line types it ("借了 2 万")
                    + NUM + "\\s?(?:" + any("万|元|块|千|倍") + ")"),
            Pattern.compile("(?:" + any("良心平台|平台靠谱|靠谱平台|真心靠谱|亲测有效|亲测靠谱|亲测|强烈推荐|推荐给大家|安利给大家|强推|墙裂推荐|真心推荐") + ")"
                    + "|" + any("有需要的") + "(?:" + any("朋友|兄弟|姐妹|宝妈|老铁|小伙伴|亲|直接|私|加|联系我|找我|滴滴") + ")"
                    + "|(?:" + any("应用商店|应用市场|商店|淘宝|抖音|小红书") + ")" + any("搜索|搜")
                    // a platform, a site or an app recommended to the reader (推荐一个我玩了半年…的平台)
                    + "|" + any("推荐") + "(?:" + any("一个|一款|一家|个|款") + ")[^，。,]{0,12}?(?:" + any("平台|网站|软件|APP|App|app") + ")"),
            // the reader sent to look the name up at the end of a clause (你们自己搜。, 直接百度一下): a family of its own,
            // so that 推荐一个…平台…你们自己搜 both endorses and sends on
            Pattern.compile("(?:" + any("自己|直接|百度|去") + ")(?:" + any("搜|搜索|搜一下|百度一下") + ")(?=[，。！!？? ]|$)"))
            .map(QuickFind::of).toList();

    /**
     * A bonus for signing up: the reader's first act and what it brings (注册即送体验金188元, 首存即送百分之百,
     * 下载就送, 邀请好友再送888, zc送38U). Counted as a pitch family, with the testimony's.
     */
    static final QuickFind SIGNUP_BONUS = QuickFind.of(Pattern.compile("(?:" + any("注册|首存|首充|充值|存款|下载|开户|登录|邀请|绑定|新人|新用户") + ")"
            + "[^，。,]{0,4}(?:" + any("即送|就送|再送|立送|送|即得|就得|即领|返") + ")[^，。,]{0,4}(?:[0-9]|" + any("百分之|体验金|彩金|红包|现金") + ")"));

    /** How many testimony families ({@link #TESTIMONY}) the line uses, and the sign-up bonus ({@link #SIGNUP_BONUS}). */
    static int testimonyFamilies(String t) {
        return Integer.bitCount(TESTIMONY_SET.matching(t));
    }

    /** {@link #SIGNUP_BONUS} and {@link #TESTIMONY} searched in one pass (three passes a line before). */
    private static final QuickFindSet TESTIMONY_SET = QuickFindSet.of(
            Stream.concat(Stream.of(SIGNUP_BONUS), TESTIMONY.stream()).toList());

    /** {@link #PITCH} searched in one pass. */
    private static final QuickFindSet PITCH_SET = QuickFindSet.of(PITCH);

    /**
     * {@link #PITCH}, {@link #SIGNUP_BONUS} and {@link #TESTIMONY} in one pass: the shape counts their families
     * together, and each pattern's bit is whether it matches anywhere, whatever else is in the set (two passes a line before).
     */
    private static final QuickFindSet ALL_FAMILIES = QuickFindSet.of(
            Stream.of(PITCH.stream(), Stream.of(SIGNUP_BONUS), TESTIMONY.stream()).flatMap(f -> f).toList());

    /** {@code pitchFamilies(t) + testimonyFamilies(t)}, read in one pass. */
    static int families(String t) {
        return families(t, LineStarts.NONE);
    }

    /** {@link #families(String)} of {@code t}, a part of the line {@code line} read (see {@link LineStarts}). */
    static int families(String t, LineStarts line) {
        return Integer.bitCount(ALL_FAMILIES.matching(t, line));
    }

    /**
     * The call-to-action patterns in one pass over a clause, in the order {@link #hasCallToAction(String[], LineStarts)} reads
     * them: {@link #URGED_ACTION}, {@link #URGE_ALONE}, {@link #CONTACT_CALL} (any clause), {@link #BARE_ACTION},
     * {@link #URGED_CLOSE} (a short closing clause), {@link #CHANNEL_ACTION} (the last clause).
     */
    private static final QuickFindSet CALLS = QuickFindSet.of(List.of(URGED_ACTION, URGE_ALONE, CONTACT_CALL, BARE_ACTION, URGED_CLOSE, CHANNEL_ACTION));
    private static final int ANY_CLAUSE = 0b111, CLOSING = 0b11000, LAST = 0b100000;

    private AdvertShape() {}

    /** The alternatives in both scripts as one group, safe to put next to others. */
    private static String any(String alternatives) {
        return SpamLexicon.anyScriptForm(alternatives);
    }

    /** How many pitch families ({@link #PITCH}) the line uses. */
    static int pitchFamilies(String t) {
        return Integer.bitCount(PITCH_SET.matching(t));
    }

    /** The alternatives with their traditional forms added: mirrors convert whole pages to traditional script. */
    private static String bothScripts(String alternatives) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        // Taiwan's forms too where they differ from OpenCC's (群 not 羣, 裡 not 裏, 著 not 着): how a writer types it
        for (String a : alternatives.split("\\|")) all.addAll(SpamLexicon.scriptForms(a));
        return String.join("|", all);
    }

    /** The advert-shape score of one line, 0 to {@link #MAX}. */
    static double score(String text) {
        return score(text, LineStarts.NONE);
    }

    /**
     * {@link #score(String)} with the line's start characters read once ({@link LineStarts} of {@code text} or of a
     * line {@code text} is a part of): each pattern the line holds no start character of answers without reading it.
     */
    static double score(String text, LineStarts line) {
        String t = text.strip();
        if (t.isEmpty()) return 0;
        // an English line is measured without its spaces, as the detector measures every line (a Chinese one as before)
        if (t.length() > MAX_CHARS) {
            int nonSpace = Chars.nonSpace(t);
            return (nonSpace <= MAX_CHARS && !mostlyHan(t)) || englishWithinCap(t, nonSpace) ? englishPitch(t, line) : 0;
        }
        // the clause rules read Chinese punctuation; an English line cut at its spaces would look choppy
        // a half-English pitch (four Han characters or more), else an English advert
        // a bare English offer ("Cheap VPN no logs") is a keyword line the pitch rules, which ask for a call, do not read;
        // so is a Chinese one spelling its coin or brand in Latin (USDT高收益, 高仿AJ: BareOffers.wordUnits)
        if (!mostlyHan(t)) return Math.max(Math.max(latinPitch(t, line), englishPitch(t, line)), BareOffers.english(t) || BareOffers.chinese(t) ? BARE_OFFER : 0);
        // split once: every clause rule below reads the same clauses (split five times a line, it was a tenth of extraction)
        String[] clauses = clauses(t);
        double s = 0;
        // a hook aimed at the reader (ReaderHook: two of a question put to them, a pointer, a promise) asks as a call does
        if (hasCallToAction(clauses, line) || ReaderHook.hooks(t, line)) s += 1.5;
        var brand = MAY_OPEN_WITH_BRAND.find(t, line) ? BRACKET_BRAND.matcher(t) : null;
        if (brand != null && brand.find()) s += BRAND_MARK.matcher(brand.group(1)).find() ? 1.5 : 0.75;
        else if (t.indexOf('《') >= 0 || t.indexOf('「') >= 0 || t.indexOf('『') >= 0 || t.indexOf('〖') >= 0) s += Math.max(Math.max(namedVenue(t), brandList(t)), productTestimony(t, true, line));
        else s += productTestimony(t, false, line);
        int choppy = choppyClauses(t, clauses);
        // a line of statistics is cut as short by its figures (共 6,624張,較去年第 4季增加 36張): no selling points
        if (choppy >= 3 && FigureReport.reads(t, line)) choppy = 0;
        // five or more clauses of about four characters: a string of selling points (延时持久，无副作用，货到付款…)
        if (choppy >= 5 && shortClauses(clauses) && !narrative(clauses)) s += 1.5;
        else if (choppy >= 4) s += 1;
        else if (choppy == 3) s += 0.5;
        if (hasServiceRun(clauses)) s += 0.5;
        // papers done on someone's behalf, alone on a short line (代办各类证件): an offer with nothing else to read
        if (BareOffers.chinese(t)) s += BARE_OFFER;
        s += Math.min(1.5, 0.75 * families(t, line));
        return Math.min(MAX, s);
    }

    /**
     * The line split at {@link #CLAUSES}, as {@code CLAUSES.split(t)} gives it (an empty first clause when the line
     * opens with a mark, no empty last ones): a regex split was a twentieth of extraction.
     */
    static String[] clauses(String t) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        boolean found = false;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!isClauseMarkAt(t, i, cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (i < t.length() && isClauseMarkAt(t, i, cp = t.codePointAt(i))) i += Character.charCount(cp);
            out.add(t.substring(start, end));
            start = i;
            found = true;
        }
        if (!found) return new String[] {t};
        out.add(t.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) n--;
        return out.subList(0, n).toArray(new String[0]);
    }

    /**
     * {@link #isClauseMark}, but a point or comma between two digits is part of a number (1.2亿欧元, 1,000), not a
     * clause's end: cut there, "将在欧洲投资1.2亿欧元建设磁材生产基地" read as two short clauses and a news sentence
     * looked choppy like a string of selling points.
     */
    private static boolean isClauseMarkAt(String t, int i, int cp) {
        if (!isClauseMark(cp)) return false;
        if (cp != '.' && cp != ',') return true;
        return !(i > 0 && i + 1 < t.length() && isAsciiDigit(t.charAt(i - 1)) && isAsciiDigit(t.charAt(i + 1)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isClauseMark(int cp) {
        // a Han ideograph is neither a listed mark nor an "other symbol": most of a line answers here
        if (cp >= 0x4E00 && cp <= 0x9FFF) return false;
        // any other char from its bit (the marks' string searched and the type looked up, a char at a time, were most of the split)
        return cp <= Character.MAX_VALUE ? CLAUSE_MARK_CHARS.get(cp) : isClauseMarkRead(cp);
    }

    private static boolean isClauseMarkRead(int cp) {
        return CLAUSE_MARKS.indexOf(cp) >= 0 || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /** {@link #isClauseMarkRead} of every char, as bits (8 KB). */
    private static final java.util.BitSet CLAUSE_MARK_CHARS = new java.util.BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) if (isClauseMarkRead(c)) CLAUSE_MARK_CHARS.set(c);
    }

    /** A clause of at most twelve characters that is a command to the reader: urged, or a bare verb closing the line. */
    static boolean hasCallToAction(String t) {
        return hasCallToAction(clauses(t), LineStarts.NONE);
    }

    /** Whether a clause of the line {@code line} read (see {@link LineStarts}) is a call to action. */
    private static boolean hasCallToAction(String[] clauses, LineStarts line) {
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i].strip();
            if (c.isEmpty() || c.length() > 12) continue;
            int calls = CALLS.matching(c, line);
            if (calls == 0) continue;
            if ((calls & ANY_CLAUSE) != 0) return true;
            boolean last = i == clauses.length - 1;
            boolean closing = last && c.length() <= 6;
            if (closing && (calls & CLOSING) != 0) return true;
            if (last && c.length() <= 10 && (calls & LAST) != 0) return true;
        }
        return false;
    }

    static boolean isChoppy(String t) {
        return choppyClauses(t) >= 3;
    }

    /**
     * The clause count when the line is choppy (three or more clauses averaging at most nine characters, at most one
     * full stop: selling points, not sentences), else 0.
     */
    static int choppyClauses(String t) {
        return choppyClauses(t, clauses(t));
    }

    private static int choppyClauses(String t, String[] clauses) {
        int n = 0;
        int chars = 0;
        for (String c : clauses) {
            if (c.isBlank()) continue;
            n++;
            chars += c.strip().length();
        }
        int stops = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '。') stops++;
        return n >= 3 && chars / (double) n <= 9 && stops <= 1 ? n : 0;
    }

    /** Particles and pronouns of narrative prose: selling points are bare noun and verb phrases without them. */
    private static final Pattern NARRATIVE = Pattern.compile("[的了着著过過我你他她它们們吗嗎呢吧]");

    /** Two or more clauses with a particle or pronoun: prose cut into short clauses (an essay, dialogue), not a pitch. */
    private static boolean narrative(String[] clauses) {
        int n = 0;
        for (String c : clauses) if (NARRATIVE.matcher(c).find()) n++;
        return n >= 2;
    }

    /**
     * Whether the line asks the reader to act (a call, or a {@link ReaderHook}) or opens with a bracketed brand: the
     * shapes that make an advert whatever it sells. Choppiness alone does not count here: dialogue and hard-wrapped prose are choppy too.
     */
    static boolean asksToAct(String text) {
        return asksToAct(text, LineStarts.NONE);
    }

    /** {@link #asksToAct(String)} of {@code text}, a part of the line {@code line} read (see {@link LineStarts}). */
    static boolean asksToAct(String text, LineStarts line) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || !mostlyHan(t)) return false;
        return hasCallToAction(clauses(t), line) || BRACKET_BRAND.matcher(t).find() || ReaderHook.hooks(t, line);
    }

    /**
     * At least half the line's characters other than spaces, contact numbers and handles are Han. A contact number (a
     * run of five to twelve digits, ASCII or full-width, after a channel's name: {@link ContactHandles}) or a handle
     * (a token of letters with a digit, or with an @ or an _ and no dot: tg@pgmj_kf, jd9d.com, 38U) is neither
     * Chinese nor English: counted, it made a short advert "not Chinese" (代写论文 包过查重 QQ：3124567, seven digits
     * against eight Han characters) and kept it from every shape rule. Times, dates and sums (9:50—10:10, 2019年12月)
     * have shorter runs and still count; an English line is still kept out by its plain words.
     */
    static boolean mostlyHan(String t) {
        return mostlyHan(t, true);
    }

    /**
     * {@link #mostlyHan(String)}, with contact numbers left out of the count only when {@code numbers}: the vocabulary
     * score leaves out handles only, or an office's "联系电话：0531-86915226" would be read as a line of words.
     */
    static boolean mostlyHan(String t, boolean numbers) {
        int skipped = 0;
        int contactDigits = 0;
        // Han and non-space characters counted in the same pass (Chars.cjk, Chars.nonSpace: two more passes before);
        // a token character is neither a space nor Han
        int han = 0;
        int nonSpace = 0;
        int n = t.length();
        for (int i = 0; i < n; ) {
            char ch = t.charAt(i);
            if (!isTokenChar(ch)) {
                if (Chars.isCjk(ch)) han++;
                if (!Chars.isSpace(ch)) nonSpace++;
                i++;
                continue;
            }
            int j = i;
            int digits = 0;
            int maxRun = 0;
            int run = 0;
            boolean letters = false;
            boolean marks = false;
            boolean dotted = false;
            for (; j < n && isTokenChar(t.charAt(j)); j++) {
                char c = t.charAt(j);
                boolean digit = (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
                run = digit ? run + 1 : 0;
                maxRun = Math.max(maxRun, run);
                if (digit) digits++;
                else if (c == '@' || c == '_' || c == '＠' || c == '＿') marks = true;
                else if (c == '.' || c == '．') dotted = true;
                else if (c != '-') letters = true;
            }
            int len = j - i;
            nonSpace += len;
            // a handle or an address with a digit in it; not an e-mail address (a dot after the @) nor a document number
            if (letters && maxRun <= 12 && (digits > 0 || (marks && !dotted))) skipped += len;
            // a channel's label before its colon (IG：, TG:, WX：) is the handle's, no English word
            else if (letters && len <= 3 && j < n && (t.charAt(j) == '：' || t.charAt(j) == ':')) skipped += len;
            else if (numbers && !letters && maxRun >= DisguisedDigits.MIN_DIGITS && maxRun <= 12) contactDigits += digits;
            i = j;
        }
        int han2 = han * 2;
        int rest = nonSpace - skipped;
        if (han2 >= rest) return true;
        // a number counts as a contact only after a channel's name (QQ：3124567, 扣 3124567): an office's
        // "电话：010-68205000。欢迎咨询。" is a notice's line, and the shape rules would read 欢迎咨询 as a pitch
        return contactDigits > 0 && han2 >= rest - contactDigits && ContactHandles.find(t);
    }

    /** A character of a Latin token: an ASCII or full-width letter or digit, or a handle's @ _ . - */
    private static boolean isTokenChar(char c) {
        char a = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return (a >= '0' && a <= '9') || ((a | 0x20) >= 'a' && (a | 0x20) <= 'z') || a == '@' || a == '_' || a == '.' || a == '-';
    }

    /** Clauses of six characters or fewer on average. */
    private static boolean shortClauses(String[] clauses) {
        int n = 0;
        int chars = 0;
        for (String c : clauses) {
            if (c.isBlank()) continue;
            n++;
            chars += c.strip().length();
        }
        return n > 0 && chars <= 6 * n;
    }

    /** Three or more items of two to six characters joined by 、 inside one clause. */
    static boolean hasServiceRun(String t) {
        return hasServiceRun(clauses(t));
    }

    private static boolean hasServiceRun(String[] clauses) {
        for (String clause : clauses) {
            if (clause.indexOf('、') < 0) continue;
            // the items between the 、 read in place (a split and a strip of each item were a seventh of the shape's
            // cost); an empty item, as the split's dropped trailing ones, breaks a run as it did
            int run = 0;
            for (int from = 0; from <= clause.length(); ) {
                int to = clause.indexOf('、', from);
                if (to < 0) to = clause.length();
                int len = strippedLength(clause, from, to);
                run = len >= 2 && len <= 6 ? run + 1 : 0;
                if (run >= 3) return true;
                from = to + 1;
            }
        }
        return false;
    }

    /** {@code s.substring(from, to).strip().length()} without the strings. */
    private static int strippedLength(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) from++;
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
        return to - from;
    }
}
