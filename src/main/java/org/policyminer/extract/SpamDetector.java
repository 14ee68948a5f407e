package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;
import org.policyminer.util.SurfaceTrie;

/**
 * Tells SEO spam from article text. The lexicon is one signal among several, so that spam built from phrases
 * the lexicon has never seen is still caught:
 * <ul>
 * <li>keyword-list structure: many short segments between {@code - | _ ，} and no sentence;</li>
 * <li>keyword stuffing: the same bigram repeated across those segments ("日本午夜视频在线-日本午夜视频…");</li>
 * <li>topic: a paragraph or title that shares almost no bigrams with the article around it;</li>
 * <li>contact bait: QQ / 微信 / phone numbers and URLs;</li>
 * <li>advert shape ({@link AdvertShape}): a call to action, a bracketed brand, a string of selling points;</li>
 * <li>lexicon hits, weighted (2 = the phrase alone marks spam, 1 = suspicious), and their density.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class SpamDetector {
    // first of the statics: a static below may fold a line while the class initialises
    /**
     * What may join a spaced-out or spelled domain's parts ({@link #SPACED_OUT}, {@link #SPELLED_DOT}): one bit test a
     * character of every line (ten comparisons a character before, most of the fold's cost on Han text).
     */
    static final java.util.BitSet DOMAIN_JOINERS = new java.util.BitSet();

    /** {@link #SPLIT_FIRST} as a bit set: the split-channel screen asks it at every character of every line. */
    static final java.util.BitSet SPLIT_FIRSTS = new java.util.BitSet();

    static {
        for (char c : "点點。 ·・([{<［（｛〔【".toCharArray()) DOMAIN_JOINERS.set(c);
        // a constant: inlined, so read before its declaration below
        for (char c : SpamDetector.SPLIT_FIRST.toCharArray()) SPLIT_FIRSTS.set(c);
    }

    private static final Pattern SEPARATORS = Pattern.compile("[-|_｜/\\\\、,，;；\\s·•—–~～]+");
    /**
     * Top-level domains an advert's address ends in: the old generic ones and the cheap new ones gambling and porn
     * sites register (jz0377.app, wyfl88.tv, hy-cp168.net, x.bet).
     */
    /** A mobile number written in groups or partly masked: 139-8876-5432, 136××××8821. */
    private static final String MASKED_MOBILE = "1[3-9][0-9][- ]?[0-9×*xX]{4}[- ]?[0-9]{4}(?![0-9])";
    private static final String TLDS = "com|net|cc|vip|top|xyz|me|info|cn|tv|app|bet|org|io|co|club|site|shop|live|win|fun|biz|asia|hk|tw|wang|ink|link|online|pro|ltd|one|in|la|ws|am|fm|bz"
            // the cheap new ones English adverts use (quick-cashnow.loan, hotcams.xxx): words no sentence ends a word in
            + "|loan|loans|cam|icu|buzz|click|bid|cash|casino|games|dating|sex|porn|xxx|adult|ai|gg|ru|su|vn|ph|ly"
            // betting's own (luckytide.bet, x.poker, y.bingo); .bet, .casino, .win, .vip above
            + "|poker|bingo|lotto"
            // the novelty ones a VPN's or a shop's advert ends in (mao-vpn.lol): words no sentence ends a word in after a dot
            + "|lol|wtf|fyi|sbs|cfd|cyou|monster|makeup|beauty|skin";
    /**
     * A domain is tried only where a run of name characters begins: tried inside the run too, each start read the
     * run to its end looking for the dot (a 1 MB paragraph of letters took minutes).
     */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(qq|微信|weixin|wechat|vx|加v|電話|电话|手机|手機|热线|熱線|联系|聯系|聯繫)[^0-9]{0,6}[0-9][0-9 -]{4,}"
                    + "|(?i)(https?://|www\\.)[a-z0-9.-]+|(?<![a-z0-9-])[a-z0-9-]+\\.(" + TLDS + ")\\b"
                    + "|1[3-9][0-9]{9}");
    /**
     * A Latin channel's name, its letters swapped for look-alikes (TeIegram with a capital I for l, VVechat with VV
     * for W, Te1egram, 5ignal): a filter reading the plain name misses them.
     */
    static final String LATIN_CHANNEL = "(?:t[e3][l1|i][e3]gr[a4@]m|(?:w|vv)[e3]ch[a4@]t|(?:w|vv)h[a4@]ts[a4@]pp|(?:w|vv)[e3][i1l|]x[i1l|]n"
            + "|[s5][i1l|]gn[a4@]l|d[i1l|]sc[o0]rd|sk[y]p[e3]|k[a4@]k[a4@][o0](?:t[a4@]lk)?|v[i1l|]b[e3]r|[l1|][i1|]n[e3])";
    /**
     * A channel named by an emoji: 🐧 (QQ's penguin), ✈ / 🛩 (Telegram's plane), 💬, 📱 📲 📞 ☎ (a phone), 📧 ✉ (mail).
     * Articles use none of them before a handle or a number.
     */
    static final String EMOJI_CHANNEL = "(?:\\uD83D\\uDC27|\\u2708|\\uD83D\\uDEE9|\\uD83D\\uDCAC|\\uD83D\\uDCF1|\\uD83D\\uDCF2|\\uD83D\\uDCDE|\\u260E|\\uD83D\\uDCE7|\\u2709)\\uFE0F?";
    /**
     * A handle after a channel's name, the name often bent so that filters miss it (薇信, 威信, V信, 扣扣, 飞机 for
     * Telegram); a bare V or TG needs a colon. Matched on the {@link #fold folded} text.
     */
    private static final Pattern CONTACT_HANDLE = Pattern.compile(
            "(?i)(qq|微信|weixin|wechat|vx|wx|v信|扣扣|薇信|威信|徽信|加v|飞机号?|電報|电报|telegram|群号|群號)\\s*[:：号號]?\\s*@?[a-z0-9_-]{4,}"
                    + "|(?i)(?<![a-z0-9])(v|tg)\\s*[:：]\\s*@?[a-z0-9_-]{4,}"
                    + "|(?i)(?<![a-z0-9])t\\.me/[a-z0-9_]{3,}"
                    + "|(?<![0-9])" + MASKED_MOBILE
                    // the number is the same on the other channel: 电话同微信, 微信同号
                    + "|(电话|電話|手机|手機)同(微信|qq|QQ)|(微信|qq|QQ|vx|VX)同号"
                    // a handle: @ and a name with no domain after it (an e-mail address has one): tg@pgmj_kf, 飞机 @paofen_boss
                    + "|(?i)@[a-z0-9_]{4,}+(?![a-z0-9_.-]*\\.[a-z])"
                    // a channel named by one character or bent (加微：, 微❤：, 企鹅群, 扣群, 飞机, LINE, Q:, 加V) before a handle
                    + "|(?i)(?:(?<![a-z])(?:q|v|tg|line|whatsapp)|飞机|飛機|企鹅|企鵝|扣|微|薇)[群号號]?\\s*[^\\sa-z0-9\\p{IsHan}]{0,2}\\s*[:：]\\s*@?[a-z0-9][a-z0-9_-]{3,}"
                    + "|(?i)(?:企鹅|企鵝|扣|q|群|群号|群號)\\s*[:：]?\\s*[0-9]{6,}"
                    + "|(?:加|➕|\\+)\\s*(?:企鹅|企鵝|扣|飞机|飛機|(?i:q|v|tg|vx|wx)(?![a-z]))"
                    // a Latin channel's name with look-alike letters, or an emoji channel, before a colon and a handle
                    + "|(?i)(?<![a-z])" + LATIN_CHANNEL + "(?![a-z])\\s*(?:id|号|號)?\\s*[:：]\\s*@?[a-z0-9][a-z0-9_.-]{3,}"
                    + "|" + EMOJI_CHANNEL + "\\s*[:：]?\\s*(?:@?(?i:[a-z][a-z0-9_.-]{3,})|\\+?[0-9][0-9 -]{4,})");
    /**
     * Symbol digits a domain's name may end in before its spelled dot (djbet⑧⑧·top, hg❽❽点vip, ab3⃣3⃣。cc): circled,
     * parenthesized, full-stop and dingbat digits, the keycap mark, and the emoji digits ({@link DisguisedDigits}). They
     * are folded to ASCII after the domain fold, so the dot must be joined after them as after an ASCII digit.
     */
    private static final String SYMBOL_DIGITS = "\\u2460-\\u249B\\u24EA-\\u24FF\\u2776-\\u2793\\u20E3\\x{1F100}-\\x{1F10C}\\x{1F51F}";
    /** Spelled-out dots between the letters of a domain: www点jinsha点vip, ｗｗｗ．ｘｐｊ．ｃｏｍ after folding, x。com. */
    private static final Pattern SPELLED_DOT = Pattern.compile("(?i)(?<=[a-z0-9" + SYMBOL_DIGITS + "])(?:\\s*(?:点|點|。|dot|·|・"
            // in brackets, English adverts' way: quick-cashnow (dot) loan, abc[.]vip, abc{dot}xyz
            + "|[(\\[{<]\\s*(?:dot|\\.|点|點)\\s*[)\\]}>]"
            // the same in full-width brackets (www［.］mao-vpn［.］lol, abc（.）top, x【.】vip): the width fold maps letters and
            // digits only, so the brackets stay wide
            + "|[［（｛〔【]\\s*(?:dot|\\.|．|。|点|點)\\s*[］）｝〕】])\\s*"
            // a dot with a space before it: no sentence ends so (abc . vip); not one with a space after only (year. In 2020)
            + "|\\s+\\.\\s*)(?=[a-z0-9])");
    /**
     * A domain spaced out letter by letter: w w w . c q s f 6 6 . c c, or its name only, the TLD kept whole:
     * m e e t n o w 2 4 . live.
     */
    private static final Pattern SPACED_OUT = Pattern.compile("(?i)(?<![a-z0-9])(?:[a-z0-9.] ){4,}(?:\\. ?(?:" + TLDS + ")|[a-z0-9.])(?![a-z0-9])");
    /**
     * Commercial-intent markers (sign up, official site, withdraw cash, same-day loan …). Alone they prove nothing;
     * two of them in a short line that shares no words with the article is an advert.
     */
    private static final SpamLexicon PROMO = promo();
    private static final String BAIT_SYMBOLS = "★☆♥❤◆◇●▲►【】✔✨";
    private static final SurfaceTrie<String> CONTACT_WORDS = withDomainEnds("qq", "QQ", "微信", "weixin", "wechat", "vx", "VX", "加v",
            "加V", "威信", "徽信", "飞机", "飛機", "电报", "電報", "telegram", "群号", "群號", "t.me/", "TG", "tg", "V:", "V：", "v:", "v：", "电话", "電話", "手机", "手機", "热线", "熱線", "联系", "聯系", "聯繫", "扣扣", "薇信", "v信", "http", "www.",
            "@", "扣：", "扣:", "扣群", "企鹅", "企鵝", "加微", "微：", "微:", "微❤", "微♥", "薇：", "薇:", "Q:", "Q：", "q:", "q：", "LINE", "line",
            "群：", "群:", "➕", "+V", "+v", "+微", "+q", "+Q",
            // a channel's one character before a spaced handle (ContactHandles): 加薇 ly520, 威信 ptx 1 9 9 8, 扣 3124567
            "薇", "加威", "加扣", "微 ", "扣 ", "V ", "v ", "Q ", "q ", "TG ", "tg ", "羣號", "羣号",
            // the channels' names in the other cases a styled alphabet folds to (ⓌⓔⒸⓗⓐⓣ, 🅛🅘🅝🅔, Ⓥ信)
            "V信", "wx", "WX", "Wx", "Vx", "Tg", "Line", "WeChat", "Wechat", "WECHAT", "Weixin", "WEIXIN", "Telegram", "TELEGRAM", "WhatsApp", "Whatsapp", "WHATSAPP", "whatsapp",
            // a channel named by an emoji (EMOJI_CHANNEL), and the look-alike spellings' first letters that no plain
            // name shares (TeIegram, Te1egram, VVechat, VVhatsApp: LATIN_CHANNEL)
            "\uD83D\uDC27", "\u2708", "\uD83D\uDEE9", "\uD83D\uDCAC", "\uD83D\uDCF1", "\uD83D\uDCF2", "\uD83D\uDCDE", "\u260E", "\uD83D\uDCE7", "\u2709",
            "Tel", "TEL", "Phone", "phone", "PHONE", "TeI", "Te1", "te1", "Te|", "T3l", "t3l", "VV", "vv", "Vv", "Signal", "signal", "5ignal", "Discord", "discord", "Skype", "skype", "Kakao", "kakao", "Viber", "viber");

    /**
     * The characters a contact word starts with, read from the trie: a compact bit set tested before the trie's table
     * over every char (read at random, it was most of this screen's cost).
     */
    private static final java.util.BitSet CONTACT_STARTS = CONTACT_WORDS.firstChars();

    /** The contact words with every domain ending the contact regex reads ({@link #TLDS}) as ".com", ".net" … */
    private static SurfaceTrie<String> withDomainEnds(String... words) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(words));
        for (String tld : TLDS.split("\\|")) all.add("." + tld);
        return SurfaceTrie.of(all.toArray(new String[0]));
    }

    private final SpamLexicon lexicon;

    public SpamDetector(SpamLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The detector over the project lexicon (models/spam-lexicon.txt). */
    public static SpamDetector standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SpamDetector STANDARD = new SpamDetector(SpamLexicon.standard());
    }

    public SpamLexicon lexicon() {
        return lexicon;
    }

    /**
     * A page {@code <title>} (or a title candidate) that is spam. {@code topic} is the article body (may be empty):
     * a real title shares bigrams with it, a keyword-stuffed porn title does not.
     */
    boolean isSpamTitle(String title, Topic topic) {
        if (title == null || title.isBlank()) return false;
        SpamLexicon.Hits hits = lexicon.scan(title);
        Shape shape = Shape.of(title);
        boolean offTopic = (!topic.isEmpty() && Topic.bigrams(title) >= 3 && topic.sharedFraction(title, false) < 0.2)
                || topic.isForeignHan(title, false);
        if (hits.weight() >= 4) return true;
        // a venue or a sportsbook's sign-up run onto the title after a space ("…4.66萬座 金鯉體育開戶")
        if (title.lastIndexOf(' ') > 0 && BettingVenue.alone(title.substring(title.lastIndexOf(' ') + 1))) return true;
        // any spam line run onto either end of the title after a space, read as a line of its own against the page
        // (…4.66萬座 濠江金殿娛樂城, 韋哥現貨 拿起跨界…): a mirror pastes its keyword into the heading as into a paragraph
        if (title.lastIndexOf(' ') > 0 && runOnSpam(title.substring(title.lastIndexOf(' ') + 1), topic)) return true;
        if (title.indexOf(' ') > 0 && runOnSpam(title.substring(0, title.indexOf(' ')), topic)) return true;
        if (hits.weight() >= 2 && (shape.listLike || offTopic || shape.stuffed)) return true;
        if (hits.weight() >= 1 && shape.listLike && offTopic) return true;
        // four or more short phrases, none of them about the article: a keyword list, not a title
        if (isKeywordList(title) && (offTopic || promoHits(title) >= 2) && !anySegmentOnTopic(title, topic)) return true;
        if (topic.isForeignHan(title, false) && (shape.listLike || promoHits(title) >= 2)) return true;
        return shape.stuffed && (offTopic || topic.isEmpty());
    }

    /** A title's end after a space that is spam as a line (at most {@link #RUN_ON_MAX} characters: a keyword, an offer). */
    private boolean runOnSpam(String segment, Topic topic) {
        int n = Chars.nonSpace(segment);
        return n >= 4 && n <= RUN_ON_MAX && segment.length() < 2 * RUN_ON_MAX && isSpamText(segment, topic, false);
    }

    static final int RUN_ON_MAX = 40;

    /** The spam score at which a text is spam. */
    static final double SPAM = 3.0;

    /**
     * A paragraph of visible text that is spam. {@code topic} holds the article's paragraphs, this one included.
     */
    boolean isSpamText(String text, Topic topic) {
        return spamScore(text, topic, true) >= SPAM;
    }

    /** {@code inTopic}: whether {@code text} was one of the texts {@code topic} was built from. */
    boolean isSpamText(String text, Topic topic, boolean inTopic) {
        return spamScore(text, topic, inTopic) >= SPAM;
    }

    double spamScore(String text, Topic topic) {
        return spamScore(text, topic, true);
    }

    double spamScore(String text, Topic topic, boolean inTopic) {
        return spamScore(text, () -> topic, inTopic);
    }

    /** {@code inTopic} as in {@link #isSpamText(String, Topic, boolean)}; the topic is asked for only when needed. */
    boolean isSpamText(String text, java.util.function.Supplier<Topic> topic, boolean inTopic) {
        return spamScore(text, topic, inTopic) >= SPAM;
    }

    /**
     * The spam score; at or above {@link #SPAM} is spam. Below that the value is a lower bound only: the checks stop as
     * soon as the rest could not reach it.
     */
    double spamScore(String text, java.util.function.Supplier<Topic> topicSource, boolean inTopic) {
        return spamScore(text, topicSource, inTopic, true);
    }

    /**
     * The score's parts and the most each can add: the exits below stop as soon as the score so far plus the most of
     * every part not yet read stays under {@link #SPAM} (branch and bound), so they stay exact for the spam / not-spam
     * decision whatever is added later. A new signal is a new constant here with its most (a rule that can add any
     * amount declares {@link Double#POSITIVE_INFINITY}, which turns the exits off), and is added through
     * {@link Tally#add}, which refuses a value above the declared most. {@code SpamScoreExitsTest} checks the
     * decision with the exits against the same score with every part read, over every line of the eval sets.
     */
    enum Part {
        /** Lexicon hits, 1.5 a weight. */
        LEXICON(SPAM),
        /** A keyword list's shape; stuffed with one keyword. */
        LIST(2), STUFFED(2),
        /** {@link AdvertShape#score}. */
        ADVERT(AdvertShape.MAX),
        /** Foreign to the article's words (it can also take 1 off: the exits read only the most). */
        TOPIC(2),
        /** {@link #farAdvert}: far from the page and speaking an advert's words. */
        FAR(SpamDetector.FAR_MOST),
        /** {@link #advertWords}. */
        WORDS(WORDS_MAX),
        /** {@link KeywordChunks#score}. */
        ROW(KeywordChunks.BOTH),
        /** A contact handle; {@link #shortHandleLine}. */
        HANDLE(1.5), SHORT_HANDLE(SpamDetector.SHORT_HANDLE),
        BAIT(0.5),
        /** Two promo words in a line of at most 80 characters. */
        PROMO(1),
        /** No sentence in 10 to 120 characters. */
        KEYWORD_RUN(0.5);

        final double most;

        Part(double most) {
            this.most = most;
        }
    }

    /** The score so far and the parts not yet read (a bit each: this runs on every line of every page). */
    static final class Tally {
        private static final Part[] PARTS = Part.values();
        private final boolean exits;
        private double score;
        private int open = (1 << PARTS.length) - 1;

        /** {@code exits} false: {@link #cannotReach} never says so, every part is read (the reference the test checks against). */
        Tally(boolean exits) {
            this.exits = exits;
        }

        void add(Part part, double value) {
            if (value > part.most) throw new IllegalStateException(part + " adds " + value + ", above its declared most " + part.most);
            int bit = 1 << part.ordinal();
            if ((open & bit) == 0) throw new IllegalStateException(part + " added twice");
            open &= ~bit;
            score += value;
        }

        /** The part cannot add anything to this line (its precondition fails). */
        void none(Part part) {
            add(part, 0);
        }

        boolean isOpen(Part part) {
            return (open & 1 << part.ordinal()) != 0;
        }

        /** The most the parts not yet read can add. */
        double most() {
            double m = 0;
            for (int left = open; left != 0; left &= left - 1) m += PARTS[Integer.numberOfTrailingZeros(left)].most;
            return m;
        }

        /** Even with every part not yet read at its most, the score stays under {@link #SPAM}. */
        boolean cannotReach() {
            return exits && score + most() < SPAM;
        }

        /** {@link #cannotReach} if {@code part} turned out to add nothing: whether reading it may end the check. */
        boolean cannotReachWithout(Part part) {
            return exits && score + most() - (isOpen(part) ? part.most : 0) < SPAM;
        }

        double score() {
            return score;
        }
    }

    /**
     * A casino's name and its sign-up, nothing else (澳門金冠線上開戶, 新葡京在线注册): a place or a casino brand, up to four
     * characters of a name, then 线上 / 在线 / 网上 and 开户 / 注册 / 下注 / 投注 ending the line. A bank's or a broker's account-opening
     * notice names itself (分行, 银行, 证券, 县): a name holding 行, 券, 司, 局, 所 or 县 is no casino's. Read only in a short
     * line, where the sign-up is the line's whole message; a cheap screen (户, 戶, 注, 註) first.
     */
    private static final Pattern CASINO_SIGNUP = Pattern.compile("(?:澳门|澳門|葡京|威尼斯人|永利|美高梅|太阳城|太陽城|皇冠|金冠|金沙)"
            + "[^\\s，。、；：！？,.;:!?行券司局所县縣府部院]{0,4}(?:线上|線上|在线|在線|网上|網上)(?:开户|開戶|注册|註冊|下注|投注)[\\s。！!]*$");
    static final int CASINO_SIGNUP_MAX = 30;

    static boolean casinoSignup(String text) {
        boolean screen = false;
        for (int i = 0; i < text.length() && !screen; i++) {
            char c = text.charAt(i);
            screen = c == '户' || c == '戶' || c == '注' || c == '註';
        }
        return screen && CASINO_SIGNUP.matcher(text).find();
    }

    /** {@code exits} false: every part read, no bound exit taken (the rules that decide alone still do). */
    double spamScore(String text, java.util.function.Supplier<Topic> topicSource, boolean inTopic, boolean exits) {
        return text == null ? 0 : spamScore(new Line(text), topicSource, inTopic, exits);
    }

    /**
     * A paragraph (or one of its asides) as its checks read it: the text, its lexicon hits, its folds ({@link Folds})
     * and the model's reading of its words ({@link AdvertWords.Reading}), each made at most once, when a check first
     * asks. One view serves the paragraph's own check ({@link #isSpamText(Line, java.util.function.Supplier, boolean)})
     * and its asides' search ({@link #withoutSpamAsides(Line, java.util.function.Supplier, boolean)}: the glued-advert
     * search reads the same characters and bigrams); an aside's view serves its sign ({@link #speaksAdvert}) and then
     * its own check, and reads its words from the paragraph's reading when the paragraph's check made one (an aside is
     * a part of the paragraph's text: the same characters, the same bigrams inside it).
     */
    static final class Line {
        final String text;
        private AdvertWords.Reading words;
        private Folds folds;
        private SpamLexicon.Hits hits;
        private LineStarts starts;
        /** {@link PhishingNotice#reads} and {@link ScamReport#excuses} of the line, once read (null: not yet). */
        private Boolean phishing, reportExcuses;
        /** The paragraph this aside's text stands in at {@link #at}; null for a paragraph. */
        private final Line paragraph;
        private final int at;

        Line(String text) {
            this(text, null, 0);
        }

        /** An aside: {@code text} is the paragraph's text from {@code at} on. */
        private Line(String text, Line paragraph, int at) {
            this.text = text;
            this.paragraph = paragraph;
            this.at = at;
        }

        /**
         * The view of a part of this paragraph, {@code part} standing in its text at or after {@code from} (an aside's
         * text: what is inside its marks). Where the part occurs is looked up again: an earlier occurrence of the same
         * string has the same characters and bigrams, so either gives the same features.
         */
        Line part(String part, int from) {
            int where = text.indexOf(part, from);
            return where < 0 ? new Line(part) : new Line(part, this, where);
        }

        AdvertWords.Reading words() {
            if (words == null) {
                AdvertWords.Reading whole = paragraph == null ? null : paragraph.wordsIfRead();
                words = whole != null ? whole.part(at, text.length()) : AdvertWords.standard().read(text);
            }
            return words;
        }

        /** The reading when a check has made it; null: none has. */
        AdvertWords.Reading wordsIfRead() {
            return words;
        }

        Folds folds() {
            if (folds == null) folds = new Folds(text);
            return folds;
        }

        SpamLexicon.Hits hits(SpamLexicon lexicon) {
            if (hits == null) hits = lexicon.scan(text);
            return hits;
        }

        /**
         * The start characters of the width-folded line ({@link Folds#wide}), read once for every pattern its advert
         * checks ask: each check's {@code QuickFind} read the whole line for its own before.
         */
        LineStarts starts() {
            if (starts == null) starts = LineStarts.of(folds().wide());
            return starts;
        }

        /**
         * Whether the line is a phishing notice ({@link PhishingNotice#reads}): the advert's sum reads it and so does the
         * report's excuse ({@link #reportExcuses}), once.
         */
        boolean phishing() {
            if (phishing == null) phishing = PhishingNotice.reads(folds().wide());
            return phishing;
        }

        /**
         * Whether a report on a scam excuses the line ({@link ScamReport#excuses}), read once: the line's own check, the
         * search of its asides and each glued insert's verdict ask it of the same paragraph.
         */
        boolean reportExcuses() {
            if (reportExcuses == null) reportExcuses = ScamReport.excuses(text, folds().wide(), phishing());
            return reportExcuses;
        }
    }

    /** {@link #isSpamText(String, java.util.function.Supplier, boolean)} of a line whose asides may be read next. */
    boolean isSpamText(Line line, java.util.function.Supplier<Topic> topic, boolean inTopic) {
        return spamScore(line, topic, inTopic, true) >= SPAM;
    }

    private double spamScore(Line line, java.util.function.Supplier<Topic> topicSource, boolean inTopic, boolean exits) {
        String text = line.text;
        if (text.isBlank()) return 0;
        SpamLexicon.Hits hits = line.hits(lexicon);
        int chars = Math.max(1, Chars.nonSpace(text));
        double coverage = hits.coveredChars() / (double) chars;
        if (hits.distinct() >= 3 && hits.weight() >= 4) return 10;
        if (hits.weight() >= 2 && coverage >= 0.15) return 10;
        // the length first: the sign-up's screen and regex read the line, the cap does not (both are pure)
        if (text.length() <= CASINO_SIGNUP_MAX && casinoSignup(text)) return 10;
        if (BettingVenue.alone(text)) return 10;
        // A long paragraph of sentences that hits nothing in the lexicon is prose, whatever else it holds.
        if (hits.count() == 0 && chars > 200 && sentenceEnds(text) * 80 >= chars) return 0;
        // a document's addressees: short clauses, no sentence, words far from the body, yet no advert names only bodies
        if (hits.count() == 0 && PublicBodyList.is(text)) return 0;
        Shape shape = listSeparators(text) >= 2 ? Shape.of(text) : Shape.NONE;
        // a line of statistics is a list of figures (共 6,580張,較去年第 4季減少 44張;…), no keyword list
        if (shape.listLike && FigureReport.reads(text)) shape = Shape.NONE;
        Tally score = new Tally(exits);
        score.add(Part.LEXICON, Math.min(SPAM, 1.5 * hits.weight()));
        score.add(Part.LIST, shape.listLike ? 2 : 0);
        score.add(Part.STUFFED, shape.stuffed ? 2 : 0);
        // an advert's shape (call to action, bracketed brand, selling points): never spam alone, see AdvertShape
        // the width fold once: the shape reads it, and the domain fold starts from it
        Folds folds = line.folds();
        String wide = folds.wide();
        // a police report, a warning or a court's account tells of an advert's trade in its words and names it a scam,
        // and so does a regulator's or a lottery's account, when no advert was run into it: the line is not spam (0). Both
        // are read only once the line could still be spam, just before the topic is first asked (every line that can
        // reach the threshold asks it; a line the bound ends sooner is not spam either way): read first, they were a
        // twentieth of the check. Before the topic, so a line they excuse never asks it, as when they were read first
        // (a line that never asked is settled for the next round: ArticleExtractor).
        boolean[] excuseRead = {false};
        // an English line is capped in words (AdvertShape.englishWithinCap), read only past the Han cap
        double advert = chars <= AdvertShape.MAX_CHARS || AdvertShape.englishWithinCap(text, chars)
                ? Math.min(AdvertShape.MAX, AdvertShape.score(wide, line.starts()) + PlayerBonus.points(wide, line.starts())
                        + GreyPromises.points(wide, line.starts()) + EnglishTestimony.points(wide) + ChineseTestimony.points(wide, line.starts())
                        + (line.phishing() ? PhishingNotice.POINTS : 0) + LoneKeywordLine.styledBrandPoints(text) + AgeGate.points(wide)
                        + PhishingNotice.headingPoints(wide)) : 0;
        score.add(Part.ADVERT, advert);
        // With nothing so far, a line over 80 characters with sentences and no contact is not spam: a rule (the
        // vocabulary, added since, could reach the threshold with the topic), not a bound
        boolean punct = hasSentencePunct(text);
        String widthFolded = folds.widthFolded();
        // a number written in circled or Chinese digits is a contact whatever channel is named around it
        boolean mayDisguise = DisguisedDigits.mayHold(widthFolded);
        boolean disguised = mayDisguise && DisguisedDigits.find(widthFolded);
        // a short run of symbol digits is folded too, though no disguised number: djbet⑧⑧.top is the address djbet88.top
        String folded = mayDisguise ? DisguisedDigits.fold(widthFolded) : widthFolded;
        boolean contact = disguised || mayHoldContact(folded);
        // the vocabulary signal is cheap (a table look-up a character pair): its real value, not its most, keeps
        // the bound tight, so the topic lookup and the regexes stay skipped on the lines they were skipped on before it
        // the folds made above: the vocabulary's script test reads the same ones
        double evidence = advertEvidence(line, chars, folds);
        // the English words' model (0 without a Latin run of 3 words), read for an English line on a Chinese page only: an
        // English page's own lines speak its language (AEB's news, tennis scores and film lists leaned to an advert's words)
        double english = EnglishAdvertWords.standard().evidence(text);
        // (or, its words strong, beside a fifth of Han on a page of any length: a short section's own text is too short)
        if (english >= WORDS_CUT && excused(line, excuseRead)) return 0;
        // an English line in a seller's register under the strong cut (EnglishSellingLine), on a Chinese page: its words count at the cut
        boolean selling = english > 0 && english < WORDS_STRONG && EnglishSellingLine.reads(text, wide, english);
        if (selling && excused(line, excuseRead)) return 0;
        selling = selling && (topicSource.get().isForeignLatin(text, inTopic) || topicSource.get().isLatinBesideHan(text, inTopic));
        if (english >= WORDS_CUT && !topicSource.get().isForeignLatin(text, inTopic)
                && !(english >= WORDS_STRONG && topicSource.get().isLatinBesideHan(text, inTopic))) english = 0;
        // its words count when strong, or at the cut in a bare offer of a few words: a sentence's English at the cut (a
        // visa rule, a report's figures) had a shape point and the page's script already, and one more made it spam
        // (under the cut they count nowhere: every read below asks for the cut or the strong cut, so the bare offer's
        // test, a split of the line into its runs of words, is read only at the cut)
        if (english < WORDS_CUT || (english < WORDS_STRONG && !EnglishAdvertWords.isBare(text))) english = 0;
        double words = Math.max(Math.max(wordsPoints(evidence), wordsPoints(english)), selling ? 1.0 : 0);
        // a line of up to 120 characters whose words are an advert's goes on to the topic (a loan advert told as a
        // report: "记者从相关渠道获悉…"); any other line over 80 with sentences and no contact is kept
        if (score.score() == 0 && chars > 80 && punct && !contact && words == 0) return 0;
        // the parts whose precondition fails add nothing
        if (!contact) score.none(Part.HANDLE);
        if (!contact || chars > SHORT_LINE) score.none(Part.SHORT_HANDLE);
        if (chars > 80) score.none(Part.PROMO);
        // the far-advert part can add only to a line whose words lean to an advert's at all
        if (evidence <= 0) score.none(Part.FAR);
        score.add(Part.WORDS, words);
        score.add(Part.BAIT, hasBaitSymbol(text) ? 0.5 : 0);
        boolean keywordRun = chars >= 10 && chars <= 120 && !punct; // a run of keywords, no sentence
        score.add(Part.KEYWORD_RUN, keywordRun ? 0.5 : 0);
        // a row of short spaced keywords whose chunks lean to an advert's words (KeywordChunks): only on a keyword run
        score.add(Part.ROW, keywordRun ? KeywordChunks.score(text, chars, punct) : 0);
        // the topic lookup and the regexes are skipped when even every part left at its most stays under the threshold
        if (score.cannotReach()) return score.score();
        if (score.isOpen(Part.PROMO) && score.cannotReachWithout(Part.PROMO)) {
            score.add(Part.PROMO, promoHits(text) >= 2 ? 1 : 0);
            if (score.cannotReach()) return score.score();
        }
        if (excused(line, excuseRead)) return 0;
        Topic topic = topicSource.get();
        int bigrams = Topic.bigrams(text);
        double foreign = 0;
        double far = 0;
        if (topic.isForeignHan(text, inTopic)) {
            foreign = 2.0;
        } else if (selling) {
            // the page was asked above: an English seller's line on a Chinese page
            foreign = EnglishSellingLine.FOREIGN;
        } else if (bigrams < 6 && (LoneKeywordLine.byWords(text, evidence) || LoneKeywordLine.styledBrand(text) || LoneKeywordLine.luckyBrand(text) || PhishingNotice.threatHeading(wide))
                && !(advert >= AdvertShape.BARE_OFFER && BareOffers.isBareOffer(wide)) && topic.isForeignShort(text, inTopic)) {
            // a keyword line alone whose words lean to an advert's, or a brand in full-width letters, sharing none of the page's words
            foreign = LoneKeywordLine.FOREIGN;
        } else if (bigrams < 6 && ((advert >= AdvertShape.BARE_OFFER && (BareOffers.isBareOffer(wide) || mixedPitch(wide, advert)))
                || BareOffers.byWords(wide, evidence)) && topic.isForeignShort(text, inTopic)) {
            // a bare offer (Cheap VPN no logs, 代办各类证件), or a mixed-script pitch with few Han words, on a page that
            // does not speak of what it offers: too short for the bigram bands below, so its few bigrams (or its
            // script) are read against the page here
            foreign = BARE_OFFER_FOREIGN;
        } else if (bigrams == 0 && (advert >= 1.5 || english >= WORDS_CUT) && (topic.isForeignLatin(text, inTopic)
                || ((advert >= AdvertShape.MAX || english >= WORDS_STRONG) && topic.isLatinBesideHan(text, inTopic)))) {
            // an English line on a Chinese page that is an English advert by its shape (a call to action with a price
            // or pitch words: AdvertShape.englishPitch): its script is as far from the page as a line can be. At the
            // shape's most (a call with the claims: "Lose 15 kg in 30 days … Order today"), on a short page too (under
            // the 200 characters isForeignLatin asks for), as long as a fifth of it is Han
            // or an English line whose words are an advert's (EnglishAdvertWords): as far as a foreign Han line with such words
            // (a bare offer of a few words whose words lean to an advert's, "Valorant rank boosting cheap", as a bare offer)
            foreign = english >= WORDS_STRONG ? 2.0 : english >= WORDS_CUT ? BARE_OFFER_FOREIGN : FOREIGN_LATIN;
        } else if (!topic.isEmpty() && bigrams >= 6) {
            double shared = topic.sharedFraction(text, inTopic);
            if (shared < 0.05) foreign = 2.0;
            else if (shared < 0.12) foreign = 1.5;
            // a line that asks the reader to act (or opens with a bracketed brand) and shares under a quarter of its
            // words with the article is not about it:
            // its few shared bigrams are the common ones (全国, 专业, 服务) any line shares with a long page
            else if (shared < 0.25) foreign = advert >= 1 && (AdvertShape.asksToAct(text) || BareOffers.isBareOffer(wide)) ? 1.5 : 0.75;
            // a half-English pitch at its most (an English call and the stakes: a reader's "借了 2 万，approve 超快，no credit
            // check，… link 在我 profile 里") sharing only common words (大家, 可以) with a Chinese page: its English half is
            // no part of the page's text
            else if (shared <= 0.5 && mixedPitch(wide, advert)) foreign = FOREIGN_LATIN;
            else if (shared > 0.5) foreign = -1.0; // on topic: the article talks like this everywhere
            // far from the page and speaking an advert's words: the far part's point on top of the topic's
            if (shared < FAR_SHARED && score.isOpen(Part.FAR) && farAdvert(text, topic, inTopic)) far = FAR_MOST;
        }
        score.add(Part.TOPIC, foreign);
        if (score.isOpen(Part.FAR)) score.add(Part.FAR, far);
        // the handle regexes (and the promo words) are skipped when even all of them could not make spam
        if (score.cannotReach()) return score.score();
        boolean handle = contact && (CONTACT.matcher(folded).find() || CONTACT_HANDLE.matcher(folded).find() || disguised
                || ContactHandles.find(folded) || DisguisedDigits.lettersAfterChannel(folded) || DisguisedDigits.groupsAfterChannel(folded));
        if (contact) score.add(Part.HANDLE, handle ? 1.5 : 0);
        if (score.isOpen(Part.SHORT_HANDLE)) score.add(Part.SHORT_HANDLE, shortHandleLine(text, folded, chars, handle));
        if (score.isOpen(Part.PROMO)) score.add(Part.PROMO, promoHits(text) >= 2 ? 1 : 0);
        return score.score();
    }

    /**
     * Whether a report's or an official account's words excuse the line ({@link ScamReport#excuses},
     * {@link OfficialAccount#excuses}); {@code read[0]} set once read, so that the second ask of a line (the first was
     * false) does not read them again.
     */
    private static boolean excused(Line line, boolean[] read) {
        if (read[0]) return false;
        read[0] = true;
        return line.reportExcuses() || OfficialAccount.excuses(line.text, line.folds().wide());
    }

    /**
     * What is left of a paragraph that is not spam as a whole once its inserted asides ({@link InsertedAsides}) that are
     * spam are cut out, each aside with an advert's own sign ({@link #speaksAdvert}) read as a line of its own against
     * the same topic. {@code null} when none is spam (most paragraphs); "" when the whole paragraph goes, because what
     * is left is too short to be an article's paragraph ({@link #REST_MIN} characters) or is itself foreign to the page
     * (under {@link #REST_FOREIGN} of its bigrams on it: the news sentence an advert was dressed in, "据了解，该项目总投资
     * 约3亿元。"); else the paragraph without them, so that an article's long paragraph loses only the advert pasted into
     * it. {@code inTopic} as in {@link #isSpamText(String, Topic, boolean)}: an aside is part of its paragraph, so its
     * own bigrams are in the topic when the paragraph's are.
     * <p>
     * Cost: a char screen on every paragraph that is not spam whole; a long one is read further only when it holds a
     * mark or a colon, a short one's sentences are split; an aside is scored only after a cheap sign of an advert (a
     * lexicon scan, the vocabulary table, the handle screen).
     */
    Cut withoutSpamAsides(String text, java.util.function.Supplier<Topic> topic, boolean inTopic) {
        return withoutSpamAsides(new Line(text), topic, inTopic);
    }

    /** {@link #withoutSpamAsides(String, java.util.function.Supplier, boolean)}, with the words its own check read. */
    Cut withoutSpamAsides(Line line, java.util.function.Supplier<Topic> topic, boolean inTopic) {
        String text = line.text;
        // an advert glued between a news sentence's clauses, read by the sentence's shape: cut without the line's check (GluedInserts)
        List<InsertedAsides.Aside> inserts = GluedInserts.find(line, topic, inTopic, s -> speaksAdvert(line.part(s, 0)), line::reportExcuses);
        List<InsertedAsides.Aside> asides = GluedInserts.with(InsertedAsides.find(text, line.wordsIfRead()), inserts);
        if (asides.isEmpty()) return null;
        boolean excuseRead = false;
        StringBuilder rest = null;
        List<String> cut = new ArrayList<>(1);
        int at = 0;
        for (InsertedAsides.Aside a : asides) {
            if (a.to() <= at) continue; // an insert inside an aside already cut (GluedInserts.with)
            // one view an aside: its sign and its check read the same folds, hits and words
            Line aside = line.part(a.text(), a.from());
            boolean insert = inserts.contains(a);
            if (!insert && !speaksAdvert(aside)) continue;
            // a report on a scam quotes its words in a clause of their own (出租出借银行卡…涉嫌违法): the paragraph says what
            // they are. Read once an aside speaks an advert, before its check asks the topic (as when it was read first: a
            // paragraph it excuses never asks), not on the paragraphs none of whose asides does (most)
            if (!excuseRead) {
                if (line.reportExcuses()) return null;
                excuseRead = true;
            }
            if (!insert && !isSpamText(aside, topic, inTopic)) continue;
            if (rest == null) rest = new StringBuilder(text.length());
            // two asides may share a seam's call (InsertedAsides: the text before it and the text after it): cut once
            int from = Math.max(at, a.from());
            rest.append(text, at, from);
            cut.add(text.substring(from, a.to()));
            at = Math.max(at, a.to());
        }
        if (rest == null) return null;
        String left = rest.append(text, at, text.length()).toString().strip();
        if (Chars.nonSpace(left) < REST_MIN) return new Cut("", List.of(text));
        Topic t = topic.get();
        if (!t.isEmpty() && Topic.bigrams(left) >= 6 && t.sharedFraction(left, inTopic) < REST_FOREIGN) return new Cut("", List.of(text));
        // an English sentence an English advert was set in, on a Chinese page: as foreign to it as a line can be, it has
        // no bigram for the test above to read ("The provincial department said … (play online slots at …) by 2027.")
        if (t.isLatinBesideHan(left, inTopic)) return new Cut("", List.of(text));
        return new Cut(left, cut);
    }

    /**
     * An aside is far from the page by its nature (a byline, a translator's note, a gloss in English: 实习记者 樊亮,
     * NPVs，Net Present Value…), so the topic alone must not cut it out: it needs an advert's own sign first, a lexicon
     * hit, a handle, an advert's vocabulary at the cut, or a call to action in words that lean to an advert's.
     */
    boolean speaksAdvert(String aside) {
        return speaksAdvert(new Line(aside));
    }

    /** {@link #speaksAdvert(String)} of an aside's view (its folds, hits and words read once, for its own check too). */
    private boolean speaksAdvert(Line line) {
        String aside = line.text;
        // cheapest first; the call to action (most of the cost when it was read on every aside) only on an aside whose
        // words lean to an advert's at all
        // each fold made once, by the first check that reads it (and kept for the aside's own check)
        Folds folds = line.folds();
        double evidence = advertEvidence(line, Chars.nonSpace(aside), folds);
        // an English aside's pitch (a call with a price or pitch words: "play online slots at …, 200% welcome bonus") is
        // its own sign: the vocabulary above is Chinese, and an address is no handle (englishPitch gives 0 at once to an
        // aside with four Han characters)
        return evidence >= WORDS_CUT || line.hits(lexicon).weight() >= 1 || holdsHandle(folds)
                || (evidence > 0 && AdvertShape.asksToAct(folds.wide(), line.starts())) || AdvertShape.englishPitch(folds.wide(), line.starts()) >= 1.5
                // an advert's claim (a wonder cure, a timed result, a promised return) is its own sign: 《神奇排毒茶 七天瘦十斤》
                || AdvertShape.makesClaim(aside)
                // so is a pitch's formula (a guarantee, trade terms, easy money, exam papers sold before the exam:
                // 《2026高考真题答案考前三天发送 包过本科线》): read last, on the asides no cheaper sign spoke for
                || AdvertShape.families(aside) > 0
                // a betting call cut out of the sentence it was run into (买球就上…体育)
                || BettingVenue.alone(aside);
    }

    /** What {@link #withoutSpamAsides} leaves of a paragraph ("" when it goes whole) and what it removes. */
    record Cut(String rest, List<String> removed) {}

    /**
     * What is left of a paragraph sharing fewer of its bigrams than this with the page is foreign to it: the topic's own
     * 1.5 band. Not the far part's quarter: an article's paragraph about another side of its subject can share 0.14
     * with a short page (a notice's first and last sentences against its middle two, InlineAdvertTwelfthPassTest).
     */
    static final double REST_FOREIGN = 0.12;

    /** A paragraph with fewer characters than this left once its advert is cut out goes whole (an article's core paragraph has 60). */
    static final int REST_MIN = 60;

    /** A half-English line whose shape is a mixed-script betting or crypto pitch at its most ({@link AdvertShape#latinPitch}). */
    private static boolean mixedPitch(String wide, double advert) {
        return advert >= AdvertShape.MIXED_PITCH && !AdvertShape.mostlyHan(wide);
    }

    /** What {@link Part#TOPIC} gives a {@link BareOffers bare offer} foreign to the page ({@link Topic#isForeignShort}). */
    static final double BARE_OFFER_FOREIGN = 1.5;

    /** What {@link Part#TOPIC} gives an English advert on a Chinese page ({@link Topic#isForeignLatin}). */
    static final double FOREIGN_LATIN = 1.0;

    /** The most {@link #farAdvert} adds (a part of its own: the bounds above count it). */
    static final double FAR_MOST = 1.0;
    /** A line sharing fewer of its bigrams than this with the page is far from it. */
    static final double FAR_SHARED = 0.25;
    /** Policy vocabulary: a line that uses it speaks of the page's kind of subject, whatever else it holds. */
    private static final SurfaceTrie<String> POLICY_WORDS = SurfaceTrie.of(bothScripts("政策", "规划", "产业", "改革", "政府", "国务院", "部门",
            "实施", "推进", "推动", "发展", "经济", "工业", "制造", "创新", "监管", "财政", "试点", "措施", "部署", "会议", "文件", "条例", "法规"));

    private static String[] bothScripts(String... words) {
        return SpamLexicon.scriptForms(words);
    }

    /**
     * A line far from the page's topic whose own words are an advert's: under a quarter of its bigrams on the page, and
     * the words the page does not use ({@link AdvertWords#offPageEvidence}: the model's evidence summed over them) at
     * the vocabulary cut, with no policy word of its own. An advert dressed as a report ("据统计，使用宝鑫速贷的用户…")
     * shares its common words with any page (统计, 平均, 时间, 全程), and those dilute the line's evidence; left out, its
     * own words (速贷, 额度, 抵押) speak. A real article's aside, quote or caption is about the page or leans clean.
     */
    static boolean farAdvert(String text, Topic topic, boolean inTopic) {
        int chars = Chars.nonSpace(text);
        if (chars > AdvertShape.MAX_CHARS || !hanBesideAddresses(text) || holdsPolicyWord(text)) return false;
        return AdvertWords.standard().offPageEvidence(text, topic.sharedBigrams(text, inTopic)) >= FAR_CUT;
    }

    /**
     * The off-page evidence a far line needs: the vocabulary's own cut. Lower cuts flagged clean lines (at 2.5 a Sina
     * link row, at 2.0 eight, and raising the topic to its most for such a line flagged a wrapped story's fragments).
     */
    static final double FAR_CUT = 3.3;

    static boolean holdsPolicyWord(String text) {
        for (int i = 0; i < text.length(); i++) if (POLICY_WORDS.longestAt(text, i) > 0) return true;
        return false;
    }

    /** A line of at most this many characters is short: too few bigrams for the topic to judge (it needs six). */
    static final int SHORT_LINE = 24;
    /** What {@link #shortHandleLine} adds. */
    static final double SHORT_HANDLE = 1.0;

    /**
     * A short line that is little more than a handle and a few words of what is on offer ("上门服务 加薇 ly520",
     * "代写论文 包过查重 QQ：3124567"): too short for the topic to say it is foreign to the page, so the handle alone
     * (1.5) and the shape leave it under the threshold. It gets 1 more when its words lean to an advert's
     * ({@link AdvertWords#evidence} above 0, the handle's channel word left out) and it holds no sentence: a
     * footer's "联系电话：010-6820 5000" or a 微信公众号 line does not lean that way. The sentence end is looked for in the
     * folded line: an address whose dot is spelled out (tz。cc, abc点vip) is one token there, not a sentence's end.
     */
    static double shortHandleLine(String text, String folded, int chars, boolean handle) {
        if (!handle || chars > SHORT_LINE || hasSentenceEnd(folded)) return 0;
        return AdvertWords.standard().evidence(withoutChannels(folded)) > 0 ? SHORT_HANDLE : 0;
    }

    private static boolean hasSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) if (Chars.isSentenceEnd(text.charAt(i))) return true;
        return false;
    }

    /** The line without the channel words a handle is named by: they are what the handle rule read already. */
    private static String withoutChannels(String text) {
        return CHANNEL_WORDS.matcher(text).replaceAll(" ");
    }

    private static final Pattern CHANNEL_WORDS = Pattern.compile("(?i)加?(?:微信|薇信|威信|徽信|v信|扣扣|企鹅|企鵝|飞机|飛機|电报|電報|电话|電話|手机|手機|qq|vx|wx|tg|[薇威微扣vq]|" + EMOJI_CHANNEL + ")[号號]?");

    /**
     * Whether the text gives a private channel's handle: a number in disguise, a bent channel and its handle, an @name
     * ({@link #CONTACT_HANDLE}, {@link ContactHandles}, {@link DisguisedDigits}), read on the {@link #fold folded} text.
     * An office's 联系电话 or web address is not one.
     */
    static boolean holdsHandle(String text) {
        return holdsHandle(new Folds(text));
    }

    /** {@link #holdsHandle(String)}, reading the line's folds from {@code folds}. */
    private static boolean holdsHandle(Folds folds) {
        String wide = folds.widthFolded();
        String folded = wide;
        // the screen first: on a line it finds nothing in, find and fold would each read the line again to say so and
        // give it back unchanged (most lines); a short symbol run (hg⑧⑧.vip) is still folded though not a disguised number
        if (DisguisedDigits.mayHold(wide)) {
            if (DisguisedDigits.find(wide)) return true;
            folded = DisguisedDigits.fold(wide);
        }
        return mayHoldContact(folded) && (CONTACT_HANDLE.matcher(folded).find() || ContactHandles.find(folded)
                || DisguisedDigits.lettersAfterChannel(folded) || DisguisedDigits.groupsAfterChannel(folded));
    }

    /** The most {@link #advertWords} adds. */
    static final double WORDS_MAX = 1.5;
    /** {@link AdvertWords#evidence} at which a line's vocabulary is an advert's (1 point) … */
    static final double WORDS_CUT = 3.3;
    /** … and at which hardly any clean line scores (1.5 points: 1 of 3 815 short zh-cwced lines, 747 of 1 081 dev lines left out). */
    static final double WORDS_STRONG = 6.0;

    /**
     * The advert vocabulary of a short mostly-Han line ({@link AdvertWords}, a model trained on the project's dev
     * adverts): 1 from {@link #WORDS_CUT}, 1.5 from {@link #WORDS_STRONG}. Never spam alone, and, like the shape, it only
     * tips a line the topic or a contact already marks as foreign to the page.
     */
    static double advertWords(String text, int chars) {
        return wordsPoints(advertEvidence(text, chars));
    }

    /** What {@link #advertWords} gives for an evidence. */
    private static double wordsPoints(double e) {
        return e >= WORDS_STRONG ? WORDS_MAX : e >= WORDS_CUT ? 1.0 : 0;
    }

    /**
     * {@link AdvertWords#evidence} of a short line the vocabulary is read on (mostly Han, or a half-English pitch:
     * {@link AdvertShape#latinPitch}); 0 for any other.
     */
    static double advertEvidence(String text, int chars) {
        return advertEvidence(new Line(text), chars, new Folds(text));
    }

    /** {@link #advertEvidence(String, int)}, reading the line's folds from {@code folds} and its words from {@code line}. */
    private static double advertEvidence(Line line, int chars, Folds folds) {
        String text = line.text;
        // a handle's letters and digits (客服tg@pgmj_kf) are not English words: they do not make the line "not Chinese"
        if (chars > AdvertShape.MAX_CHARS) return 0;
        if (!hanBesideAddresses(text, folds) && AdvertShape.latinPitch(folds.wide()) == 0) return 0;
        return line.words().evidence();
    }

    /**
     * A line's folds, each made at most once, when a check first reads it: {@link #foldWidth} and
     * {@link #foldWidthAndDomains} (the domain fold, a few passes and regexes, was made up to three times an aside:
     * for the vocabulary's script test, for the handle rules, and the width fold for each shape rule).
     */
    static final class Folds {
        private final String text;
        private String wide;
        private String widthFolded;

        Folds(String text) {
            this.text = text;
        }

        /** {@link #foldWidth} of the line. */
        String wide() {
            if (wide == null) wide = foldWidth(text);
            return wide;
        }

        /** {@link #foldWidthAndDomains} of the line. */
        String widthFolded() {
            if (widthFolded == null) widthFolded = foldDomains(wide());
            return widthFolded;
        }
    }

    /**
     * {@link AdvertShape#mostlyHan(String, boolean) Mostly Han} (handles left out), or so once its web addresses are left
     * out too, read on the {@link #foldWidthAndDomains folded} line where a spelled-out dot joins an address into one
     * token: an address is a name, neither Chinese nor English words. "免費VPN，翻牆看外網 ☞ tz。cc" is a Chinese pitch
     * whose Latin part is a brand and a domain; counted, "tz", "cc" made it "not Chinese" and kept its vocabulary unread.
     */
    static boolean hanBesideAddresses(String text) {
        return hanBesideAddresses(text, new Folds(text));
    }

    private static boolean hanBesideAddresses(String text, Folds folds) {
        if (AdvertShape.mostlyHan(text, false)) return true;
        String folded = folds.widthFolded();
        if (folded.indexOf('.') < 0) return false;
        String rest = ADDRESS.matcher(folded).replaceAll(" ");
        return rest.length() != folded.length() && AdvertShape.mostlyHan(rest, false);
    }

    /** A web address: labels of letters, digits and hyphens joined by dots, ending in one of {@link #TLDS}. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://)?(?<![a-z0-9@._-])(?:[a-z0-9-]+\\.)+(?:" + TLDS + ")(?![a-z0-9_-])(?:/[\\w./?=&%-]*)?");

    /**
     * A block of links that is a link farm rather than a site menu: its anchors hit the lexicon, are stuffed with
     * the same keywords, or are out of topic with the article. {@code anchors} are the link texts.
     */
    boolean isSpamLinkBlock(List<String> anchors, String label, Topic topic) {
        String joined = String.join(" | ", anchors);
        SpamLexicon.Hits hits = lexicon.scan(label + " " + joined);
        if (hits.weight() >= 4 || hits.distinct() >= 2) return true;
        boolean offTopic = !topic.isEmpty() && Topic.bigrams(joined) >= 10 && topic.sharedFraction(joined, false) < 0.1;
        // (hits >= 2 and (off topic or stuffed)) or (stuffed and off topic), with the stuffing (a sort of every anchor's
        // bigrams) read only when the answer depends on it
        if (offTopic) return hits.weight() >= 2 || stuffed(anchors);
        return hits.weight() >= 2 && stuffed(anchors);
    }

    /** The most anchors sharing one bigram: a third of them, and four at least. */
    private static boolean stuffed(List<String> anchors) {
        return anchors.size() >= 6 && Shape.maxSegmentsSharingBigram(anchors) >= Math.max(4, anchors.size() / 3);
    }

    private static final String TITLE_SEPARATOR_CHARS = "-|_｜/—–~～";
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*[" + TITLE_SEPARATOR_CHARS + "]+\\s*");

    /**
     * Four or more short phrases between title separators ({@code - | _}): a keyword list. A real title has one
     * long part and at most a channel and a site name after it; spaces inside a title do not cut it.
     */
    private static boolean isKeywordList(String title) {
        // four parts need three separators: most titles have fewer, and skip the split
        int separators = 0;
        for (int i = 0; i < title.length(); i++) if (TITLE_SEPARATOR_CHARS.indexOf(title.charAt(i)) >= 0) separators++;
        if (separators < 3) return false;
        String[] parts = TITLE_SEPARATORS.split(title.strip());
        int n = 0;
        int total = 0;
        for (String p : parts) {
            if (p.isBlank()) continue;
            n++;
            total += p.strip().length();
        }
        return n >= 4 && total / (double) n <= 12;
    }

    /** A real title with a site suffix has one part about the article; a keyword list has none. */
    private static boolean anySegmentOnTopic(String title, Topic topic) {
        if (topic.isEmpty()) return false;
        for (String seg : SEPARATORS.split(title)) {
            int n = Topic.bigrams(seg);
            double shared = topic.sharedFraction(seg, false);
            // at least three bigrams in common: one or two shared words ("平台", "免费") are chance
            if (n >= 3 && shared >= 0.5 && shared * n >= 3) return true;
        }
        return false;
    }

    private static int sentenceEnds(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Chars.isSentenceEnd(text.charAt(i))) n++;
        return n;
    }

    /** List separators other than spaces (English prose is full of spaces, Chinese keyword lists are not). */
    private static int listSeparators(String text) {
        int n = 0;
        int spaces = 0;
        boolean latin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isKeywordJoiner(c)) n++;
            else if (c == ' ') spaces++;
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin = true;
        }
        return latin ? n : n + spaces;
    }

    /**
     * The text as the contact rules read it: full-width letters and digits made ASCII (ＱＱ：２８７６５４３２１), spelled-out
     * or spaced-out domains joined. Adverts write contacts this way to get past filters; a clean line is unchanged
     * by it, or only in its width, which no other rule reads. Lines without such characters are returned as they are.
     */
    static String fold(String text) {
        return DisguisedDigits.fold(digitsForLetters(foldWidthAndDomains(text)));
    }

    /**
     * Full-width, enclosed and styled letters and digits (and ＠．＿－) as ASCII, nothing else ({@link StyledLetters}):
     * what the shape rules read, so that a price or a handle in full-width characters (３００元, ＱＱ) or a channel in a
     * circled letter (Ⓥ, 🅠) is read as in ASCII. The line itself when it has none.
     */
    static String foldWidth(String text) {
        return StyledLetters.fold(text);
    }

    /** What splits a channel's name: spaces and the marks put between its characters. */
    private static final String SPLIT = "(?:[ \\u3000·•・*_.\\-~❤♥★☆\\uFE0F\\u200D]|" + SplitEmoji.EMOJI + ")+";
    /**
     * A channel's name split by spaces or a symbol so that a filter reading the word misses it (扣 扣, 微 信, V·信, 飛 機,
     * 企 鹅, T G, Q Q, W X), joined again: the channel rules read the name whole. Two letters are joined only when
     * no letter stands on either side (a word's letters are no channel: "AT G8", "IQ Q3").
     */
    private static final Pattern SPLIT_CHANNEL = Pattern.compile("(扣)" + SPLIT + "(扣)|([微薇威徽Vv])" + SPLIT + "(信)|([飞飛])" + SPLIT + "([机機])"
            + "|(企)" + SPLIT + "([鹅鵝])|(?<![A-Za-z])([Tt])" + SPLIT + "([Gg])(?![A-Za-z])|(?<![A-Za-z])([Qq])" + SPLIT + "([Qq])(?![A-Za-z])"
            + "|(?<![A-Za-z])([VvWw])" + SPLIT + "([Xx])(?![A-Za-z])");
    private static final String SPLIT_CHARS = " \u3000·•・*_.-~❤♥★☆";
    /** The first characters of the split names, and their second ones: the screen reads a pair of chars, not the regex. */
    static final String SPLIT_FIRST = "扣微薇威徽Vv飞飛企TtQqWw";
    private static final String SPLIT_SECOND = "扣信机機鹅鵝GgQqXx";

    static String joinSplitChannels(String t) {
        boolean may = false;
        for (int i = 0; i + 2 < t.length() && !may; i++) {
            if (!SPLIT_FIRSTS.get(t.charAt(i))) continue;
            int j = i + 1;
            while (j < t.length() && (SPLIT_CHARS.indexOf(t.charAt(j)) >= 0 || SplitEmoji.mayBe(t.charAt(j)))) j++;
            may = j > i + 1 && j < t.length() && SPLIT_SECOND.indexOf(t.charAt(j)) >= 0;
        }
        if (!may) return t;
        java.util.regex.Matcher m = SPLIT_CHANNEL.matcher(t);
        if (!m.find()) return t;
        StringBuilder sb = new StringBuilder(t.length());
        do {
            String first = null, second = null;
            for (int g = 1; g <= m.groupCount(); g += 2) {
                if (m.group(g) != null) {
                    first = m.group(g);
                    second = m.group(g + 1);
                    break;
                }
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(first + second));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    /** {@link #fold} without the disguised digits. */
    static String foldWidthAndDomains(String text) {
        return foldDomains(StyledLetters.fold(text));
    }

    /** The characters at which {@link #mayFoldDomains} looks further: a split channel's first, 机 機, a domain's joiner. */
    private static final java.util.BitSet FOLD_MARKS = new java.util.BitSet();

    static {
        FOLD_MARKS.or(SPLIT_FIRSTS);
        FOLD_MARKS.or(DOMAIN_JOINERS);
        FOLD_MARKS.set('机');
        FOLD_MARKS.set('機');
    }

    /**
     * Whether any step of {@link #foldDomains} may change the line, each step's own screen read in one pass (a superset
     * of each): 飞机 side by side ({@link #mayNameAircraft}); a split channel's first character with a splitting mark or an
     * emoji's character right after it ({@link #joinSplitChannels}' screen asks for the mark and the second character
     * too); any character an emoji may be made of ({@link SplitEmoji#unstringHandles}); a domain's joiner after a letter,
     * a digit or a symbol digit (the spelled test). When none passes, the aircraft fold, the channel join and the emoji
     * join each return the line unchanged, and the spelled test, reading the same line, says no: the fold is the line.
     * Four passes a line were a third of the fold's cost on Han text.
     */
    static boolean mayFoldDomains(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (SplitEmoji.mayBe(c)) return true;
            if (!FOLD_MARKS.get(c)) continue;
            if ((c == '机' || c == '機') && i > 0 && (t.charAt(i - 1) == '飞' || t.charAt(i - 1) == '飛')) return true;
            if (SPLIT_FIRSTS.get(c) && i + 1 < n && (SPLIT_CHARS.indexOf(t.charAt(i + 1)) >= 0 || SplitEmoji.mayBe(t.charAt(i + 1)))) return true;
            if (DOMAIN_JOINERS.get(c) && i > 0 && (Chars.isAsciiAlnum(t.charAt(i - 1)) || endsSymbolDigit(t, i))) return true;
        }
        return false;
    }

    /** The domain part of {@link #foldWidthAndDomains}, on a line already {@link #foldWidth width-folded}. */
    private static String foldDomains(String folded) {
        // the four steps' screens in one pass: where none passes, every step gives the line back as it is
        return mayFoldDomains(folded) ? foldDomainsUnscreened(folded) : folded;
    }

    /** {@link #foldDomains} without its screen: for the test that the screen passes every line the fold changes. */
    static String foldDomainsUnscreened(String folded) {
        String t = SplitEmoji.unstringHandles(joinSplitChannels(aircraft(folded)));
        boolean spelled = false;
        for (int i = 1; i < t.length() && !spelled; i++) {
            char c = t.charAt(i);
            // both joiners need a letter or digit right before a space or a spelled dot: a sentence's 。 is no domain
            spelled = DOMAIN_JOINERS.get(c) && (Chars.isAsciiAlnum(t.charAt(i - 1)) || endsSymbolDigit(t, i));
        }
        if (!spelled) return t;
        if (t.indexOf(' ') >= 0) {
            t = joinSpacedHandles(t);
            java.util.regex.Matcher m = SPACED_OUT.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group().replace(" ", "")));
            t = m.appendTail(sb).toString();
        }
        t = SPELLED_DOT.matcher(t).replaceAll(".");
        // an e-mail address spelled out (ghostfixer at shadowpost dot su, degree.master (at) mailbox9 [dot] io): the at
        // joined once the dots are, so the address reads as one
        return t.indexOf('.') < 0 ? t : SPELLED_AT.matcher(t).replaceAll("$1@");
    }

    /**
     * A handle spaced out letter by letter after @ or a private channel's colon (Telegram: @ a c c s t o r e _ 7,
     * WhatsApp: k i n g 8 8): {@link #SPACED_OUT} joins a domain's letters, and stops at the _ a handle holds. Group 1 is
     * the lead kept, group 2 the spaced letters. Three single characters at least: "@ a b" is no handle.
     */
    private static final Pattern SPACED_HANDLE = Pattern.compile("(?i)(@\\s*|(?<![a-z])(?:telegram|whatsapp|wechat|tg|kik|snapchat|skype|viber|line id)\\s*[:：]\\s*)"
            + "((?:[a-z0-9_.]\\s){3,}[a-z0-9_.])(?![a-z0-9_.])");
    /** O or o for 0 inside a phone number after + (WhatsApp +44 7 7OO 9OO 1 2 3): the number's run, read and folded. */
    private static final Pattern PLUS_NUMBER = Pattern.compile("\\+\\s?[0-9][0-9Oo \\-]{5,}[0-9Oo](?![A-Za-z])");

    static String joinSpacedHandles(String t) {
        if (t.indexOf('@') < 0 && t.indexOf(':') < 0 && t.indexOf('：') < 0) return t;
        java.util.regex.Matcher m = SPACED_HANDLE.matcher(t);
        if (!m.find()) return t;
        StringBuilder sb = new StringBuilder(t.length());
        do {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1).strip() + m.group(2).replace(" ", "")));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    /** {@link #PLUS_NUMBER}'s letters as digits; the line itself when it has no + before a digit. */
    static String digitsForLetters(String t) {
        int plus = t.indexOf('+');
        if (plus < 0) return t;
        java.util.regex.Matcher m = PLUS_NUMBER.matcher(t);
        if (!m.find(plus)) return t;
        StringBuilder sb = new StringBuilder(t.length());
        do {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group().replace('O', '0').replace('o', '0')));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    /**
     * A spelled "at" between a name and an address ending in one of {@link #TLDS} (after the dots are joined): in brackets
     * anywhere (degree.master (at) mailbox9.io), bare only after a mail label (Email: ghostfixer at shadowpost.su; Book
     * through or Reach us via: the channel named).
     * Prose says "apply at quick-cash.loan", "available at www.miit.gov.cn": a bare "at" elsewhere is the word.
     */
    private static final Pattern SPELLED_AT = Pattern.compile("(?i)(?:(?<=[a-z0-9_])\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*"
            // the label and the name kept (group 1: Java appends nothing for it when the bracket form matched)
            // a booking's or a reach's channel is a mail label too (Book through lilymodels at velvetmail.xyz)
            + "|((?<![a-z])(?:e-?mail|mail|write to|book (?:through|via)|reach (?:me |us )?(?:through|via))\\s*[:：]?\\s*[a-z0-9][a-z0-9._-]*)\\s+at\\s+)"
            + "(?=[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:" + TLDS + ")(?![a-z0-9]))");

    /**
     * 飞机 (Telegram's nickname) before an aircraft's model is an aircraft: "投入波音飞机 737 800 机型执飞", "飞机 A320 执飞"
     * (Boeing's 7x7, Airbus's A3xx, COMAC's C9x9 and ARJ21). Its 机 is read as 客机's, the same length, so the channel
     * rules do not take the model's number for a handle.
     */
    static String aircraft(String t) {
        if (!mayNameAircraft(t)) return t;
        return AIRCRAFT.matcher(t).replaceAll("客$1");
    }

    /**
     * Whether {@link #AIRCRAFT} may match: it opens with 飞机 (either character in either script), two characters
     * side by side. The screen was 机 alone, which most policy lines hold (机制, 机构, 机关) and which sent each to the
     * regex's search at every position, a fiftieth of the domain fold.
     */
    static boolean mayNameAircraft(String t) {
        for (int i = t.indexOf('机') >= 0 || t.indexOf('機') >= 0 ? 1 : t.length(); i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '机' || c == '機') && (t.charAt(i - 1) == '飞' || t.charAt(i - 1) == '飛')) return true;
        }
        return false;
    }

    static final Pattern AIRCRAFT = Pattern.compile("[飞飛]([机機])(?=\\s*(?:波音|空客)?\\s*(?:7[0-8]7|[Aa]3[0-9]{2}|[Cc]9[0-9]9|ARJ21|arj21)(?![0-9]))");

    /** Whether a symbol digit ({@link #SYMBOL_DIGITS}) ends right before {@code i}: ⑧, a keycap's U+20E3, 🄁 (two chars). */
    private static boolean endsSymbolDigit(String t, int i) {
        char c = t.charAt(i - 1);
        if (c == DisguisedDigits.KEYCAP || DisguisedDigits.symbolDigit(c) >= 0 || (c >= '\u2489' && c <= '\u249B')) return true;
        return i >= 2 && Character.isLowSurrogate(c) && DisguisedDigits.emojiDigit(t, i - 2) >= 0;
    }

    /** The contact regexes run only where a contact word or a mobile-number-long digit run is present. */
    private static boolean mayHoldContact(String text) {
        // one pass: contact words, and the digit run
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 11 || (CONTACT_STARTS.get(c) && CONTACT_WORDS.longestAt(text, i) > 0)) return true;
        }
        return MASKED_MOBILE_AT.find(text);
    }

    /** A mobile number written in groups or partly masked (139-8876-5432, 136××××8821), searched where a 1 stands. */
    private static final QuickFind MASKED_MOBILE_AT = QuickFind.of(Pattern.compile(MASKED_MOBILE));

    /** The lowest of {@link #BAIT_SYMBOLS} (▲) and of the emoji ranges: text below it, and Han text, holds neither. */
    private static final char LOWEST_BAIT = '\u25B2';

    private static boolean hasBaitSymbol(String text) {
        // one pass for both tests (a bait symbol anywhere, else an emoji anywhere, is the same as either at any place)
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < LOWEST_BAIT || (c >= 0x4E00 && c <= 0x9FFF)) continue;
            if (BAIT_SYMBOLS.indexOf(c) >= 0) return true;
            // emoji and dingbats: articles hardly use them, adverts decorate and separate with them (🔥💰🎰👉⭐☎)
            if (Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF') || (c >= '\u2B50' && c <= '\u2B55')) {
                int cp = text.codePointAt(i);
                if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B50 && cp <= 0x2B55)) return true;
            }
        }
        return false;
    }

    private static boolean hasSentencePunct(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '、') return true;
        }
        return false;
    }

    private static int promoHits(String text) {
        return PROMO.scan(text).distinct();
    }

    private static SpamLexicon promo() {
        List<SpamLexicon.Term> terms = new ArrayList<>();
        for (String w : List.of("官网", "网址", "免费看", "在线看", "注册", "开户", "直播", "福利", "稳赚", "提现", "下款", "加急",
                "代理", "办理", "咨询", "详情", "客服", "返利", "优惠", "包过", "秒到", "必备", "神站", "网投", "发牌")) {
            terms.add(new SpamLexicon.Term(w, "promo", 1)); // traditional forms are added by SpamLexicon
        }
        return new SpamLexicon(terms);
    }

    /** Shape of a string cut at list separators. */
    record Shape(int segments, boolean listLike, boolean stuffed) {
        static final Shape NONE = new Shape(1, false, false);

        static Shape of(String text) {
            List<String> segs = segments(text.strip());
            int n = segs.size();
            if (n < 4) return new Shape(n, false, false);
            int total = 0;
            int sentenceEnds = 0;
            for (String s : segs) {
                total += s.length();
                for (int i = 0; i < s.length(); i++) if (Chars.isSentenceEnd(s.charAt(i))) sentenceEnds++;
            }
            double mean = total / (double) n;
            // Prose cut at commas also gives short pieces; a keyword list is cut by - | _ / or spaces.
            int listSeps = 0;
            // a number's own joiners are not a list's: a date, a time or a phone number (2023/1/31, 08:30-18:30, 0800-211-734)
            for (int i = 0; i < text.length(); i++) if ("-|_｜/·•~～ ".indexOf(text.charAt(i)) >= 0 && !betweenDigits(text, i)) listSeps++;
            boolean listLike = mean <= 12 && sentenceEnds <= n / 6 && listSeps >= (n - 1) / 2;
            int maxShared = listLike ? maxSegmentsSharingBigram(segs) : 0;
            boolean stuffed = listLike && maxShared >= 3 && maxShared >= n * 0.4;
            return new Shape(n, listLike, stuffed);
        }

        /** A dash or a slash with an ASCII digit right before and after it. */
        private static boolean betweenDigits(String text, int i) {
            char c = text.charAt(i);
            return (c == '-' || c == '/') && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** The non-empty pieces between runs of {@link #SEPARATORS}, without the regex. */
        static List<String> segments(String text) {
            List<String> out = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < text.length(); i++) {
                if (Chars.isListSeparator(text.charAt(i))) {
                    if (start >= 0) out.add(text.substring(start, i));
                    start = -1;
                } else if (start < 0) {
                    start = i;
                }
            }
            if (start >= 0) out.add(text.substring(start));
            return out;
        }

        /** The most segments any one Han bigram occurs in (each segment counted once per bigram). */
        static int maxSegmentsSharingBigram(List<String> segs) {
            int total = 0;
            for (String s : segs) total += Math.max(0, s.length() - 1);
            int[] keys = new int[total];
            int k = 0;
            for (String s : segs) {
                int from = k;
                for (int i = 0; i + 1 < s.length(); i++) {
                    if (Chars.isCjk(s.charAt(i)) && Chars.isCjk(s.charAt(i + 1))) keys[k++] = (s.charAt(i) << 16) | s.charAt(i + 1);
                }
                java.util.Arrays.sort(keys, from, k);
                int w = from;
                for (int i = from; i < k; i++) if (i == from || keys[i] != keys[i - 1]) keys[w++] = keys[i];
                k = w;
            }
            java.util.Arrays.sort(keys, 0, k);
            int max = 0;
            for (int i = 0; i < k; ) {
                int j = i;
                while (j < k && keys[j] == keys[i]) j++;
                max = Math.max(max, j - i);
                i = j;
            }
            return max;
        }
    }
}
