package org.policyminer.extract;

/**
 * Numbers written so that a filter reading ASCII digits misses them: circled or parenthesized digits (①⑤⑥⑧⑧, ⑴, ❶),
 * a run of Chinese digits (七七三四五六二一八, 壹伍柒捌捌零陆…), a letter O among digits (3O6O18827). Adverts write their
 * QQ, phone and group numbers this way; an article writes a number in ASCII or as a Chinese amount (三千五百万, with
 * 十/百/千/万 between the digits), never as a bare run of six Chinese digits or in circled digits side by side.
 * {@link #fold} writes such a run back in ASCII so that the contact rules read it; {@link #find} says whether the
 * line holds one: a disguised number of five or more digits is a contact whatever channel name is around it.
 */
final class DisguisedDigits {
    /** A run of Chinese digits shorter than this is a year or a count (一九九八年, 二〇二二), not a handle. */
    static final int MIN_HAN_RUN = 6;
    /** A disguised number has at least this many digits (a QQ number has five to eleven). */
    static final int MIN_DIGITS = 5;

    private DisguisedDigits() {}

    /** The digit a symbol digit stands for (①, ⑴, ⒈, ❶, ➀, ➊, ⓵, ⓪), or -1. */
    static int symbolDigit(char c) {
        if (c >= '\u2460' && c <= '\u2468') return c - '\u2460' + 1; // ① … ⑨
        if (c >= '\u2474' && c <= '\u247C') return c - '\u2474' + 1; // ⑴ … ⑼
        if (c >= '\u2488' && c <= '\u2490') return c - '\u2488' + 1; // ⒈ … ⒐
        if (c >= '\u2776' && c <= '\u277E') return c - '\u2776' + 1; // ❶ … ❾
        if (c >= '\u2780' && c <= '\u2788') return c - '\u2780' + 1; // ➀ … ➈
        if (c >= '\u278A' && c <= '\u2792') return c - '\u278A' + 1; // ➊ … ➒
        if (c >= '\u24F5' && c <= '\u24FD') return c - '\u24F5' + 1; // ⓵ … ⓽
        if (c == '\u24EA' || c == '\u24FF' || c == '\u277F') return 0; // ⓪ ⓿
        return -1;
    }

    /** The digit a Chinese digit character stands for (一, 二, 〇, 零, 壹, 贰, 幺 …; not 十/百/千/万), or -1. */
    static int hanDigit(char c) {
        switch (c) {
            case '〇': case '零': case '○': return 0;
            case '一': case '壹': case '幺': return 1;
            // 叄 and 兩: OpenCC's traditional forms of 叁 and 两 (a mirror converts the advert's number with the page)
            case '二': case '贰': case '貳': case '两': case '兩': return 2;
            case '三': case '叁': case '參': case '叄': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** Whether the line may hold a disguised number: a cheap screen before {@link #fold}. */
    /** The characters {@link #hanDigit} reads, as bits: a Han character answers in a bit test, not a switch of thirty cases. */
    private static final java.util.BitSet HAN_DIGITS = new java.util.BitSet();

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) if (hanDigit(c) >= 0) HAN_DIGITS.set(c);
    }

    static boolean mayHold(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // below ① there is no symbol or Chinese digit (the lowest Chinese one is ○): most of a line is read here
            if (c < '\u2460') {
                // the keycap mark (3️⃣): nothing but a keycap digit uses it
                if (c == KEYCAP) return true;
                if (c != ' ' && c != '-') han = 0;
                if ((c == 'O' || c == 'o') && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) return true;
                continue;
            }
            // no symbol digit above ➒ (U+2792) but the emoji digits (🔟, 🄁): a Han character is not asked
            if (c <= '\u2792' && symbolDigit(c) >= 0) return true;
            if (c == '\uD83C' || c == '\uD83D') {
                if (emojiDigit(text, i) >= 0) return true;
                han = 0;
                continue;
            }
            if (HAN_DIGITS.get(c)) {
                if (++han >= MIN_HAN_RUN) return true;
            } else if (c != ' ' && c != '-') {
                han = 0;
            }
            if ((c == 'O' || c == 'o') && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Whether the line holds a disguised number of at least {@link #MIN_DIGITS} digits. */
    static boolean find(String text) {
        return mayHold(text) && scan(text, null);
    }

    /** The line with every disguised number written in ASCII digits; other text unchanged. */
    static String fold(String text) {
        if (!mayHold(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        scan(text, out);
        return out.toString();
    }

    /**
     * Walks runs of digit-like characters (ASCII, symbol and Chinese digits, O between digits; single spaces and
     * hyphens inside); a run is disguised when it has enough digits and a symbol digit, a letter O, or enough Chinese
     * digits. Appends the folded text to {@code out} when given; returns whether any run was disguised.
     */
    private static boolean scan(String text, StringBuilder out) {
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (digitOf(text, i) < 0) {
                if (out != null) out.append(text.charAt(i));
                i++;
                continue;
            }
            int start = i;
            int end = i; // exclusive end of the run's last digit
            int digits = 0, han = 0, symbols = 0, letters = 0;
            StringBuilder run = new StringBuilder();
            int j = i;
            while (j < n) {
                int d = digitOf(text, j);
                if (d >= 0) {
                    char c = text.charAt(j);
                    int w = width(text, j);
                    if (w > 1 || symbolDigit(c) >= 0) symbols++;
                    else if (hanDigit(c) >= 0) han++;
                    else if (c == 'O' || c == 'o') letters++;
                    if (d == 10) {
                        digits += 2;
                        run.append("10");
                    } else {
                        digits++;
                        run.append((char) ('0' + d));
                    }
                    j += w;
                    end = j;
                } else if ((text.charAt(j) == ' ' || text.charAt(j) == '-') && j + 1 < n && digitOf(text, j + 1) >= 0) {
                    run.append(text.charAt(j));
                    j++;
                } else {
                    break;
                }
            }
            boolean disguised = digits >= MIN_DIGITS && (symbols > 0 || letters > 0 || han >= MIN_HAN_RUN);
            any |= disguised;
            // symbol digits are read as digits even in a short run: wyfl⑧⑧.tv is the address wyfl88.tv
            if (out != null && (disguised || symbols > 0)) {
                out.append(run);
            } else if (out != null) {
                out.append(text, start, end);
            }
            i = end;
        }
        return any;
    }

    /** The keycap mark: a digit, U+FE0F (emoji form, often left out) and U+20E3 make 3️⃣. */
    static final char KEYCAP = '\u20E3';

    /**
     * The chars the digit at {@code i} takes: 3 for a keycap digit (3 + U+FE0F + U+20E3), 2 for one without the
     * emoji-form mark and for an emoji digit outside the BMP (🔟, 🄁), else 1.
     */
    private static int width(String text, int i) {
        char c = text.charAt(i);
        if (isDigit(c) && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            if (next == KEYCAP) return 2;
            if (next == '\uFE0F' && i + 2 < text.length() && text.charAt(i + 2) == KEYCAP) return 3;
            return 1;
        }
        return Character.isHighSurrogate(c) ? 2 : 1;
    }

    /**
     * The digit an emoji digit outside the BMP at {@code i} stands for: 🔟 (10), 🄀 … 🄊 (a digit with a stop or a
     * comma), 🄋 🄌 (circled zero); else -1.
     */
    static int emojiDigit(String text, int i) {
        if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()) return -1;
        int cp = text.codePointAt(i);
        if (cp == 0x1F51F) return 10;
        if (cp == 0x1F100) return 0;
        if (cp >= 0x1F101 && cp <= 0x1F10A) return cp - 0x1F101;
        if (cp == 0x1F10B || cp == 0x1F10C) return 0;
        return -1;
    }

    /**
     * The digit at {@code i}: ASCII (a keycap too), symbol, emoji or Chinese digit, or an O between two digit-like
     * characters; else -1. An emoji digit answers 10 for 🔟.
     */
    private static int digitOf(String text, int i) {
        char c = text.charAt(i);
        if (isDigit(c)) return c - '0';
        if (c == '\uD83C' || c == '\uD83D') return emojiDigit(text, i);
        int d = symbolDigit(c);
        if (d >= 0) return d;
        d = hanDigit(c);
        if (d >= 0) return d;
        if ((c == 'O' || c == 'o') && i > 0 && i + 1 < text.length() && isDigitLike(text.charAt(i - 1)) && isDigitLike(text.charAt(i + 1))) return 0;
        return -1;
    }

    private static boolean isDigitLike(char c) {
        return isDigit(c) || symbolDigit(c) >= 0 || c == 'O' || c == 'o';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A number after a channel's name with letters for some of its digits (WhatsApp +44 77OO 9OO 4I2, 电话：l38 OO12
     * 3456, Tel 0O86-1B9…): O / o for 0, I / l for 1, S for 5, B for 8, Z for 2. A filter reading digits sees a word.
     * Read only right after a channel (a model number, GB50016 or B2B is no phone number), and only when the run is a
     * number's length and most of it is digits: "call 2 BOSS" is words.
     */
    static boolean lettersAfterChannel(String text) {
        java.util.regex.Matcher m = CHANNEL_NUMBER.matcher(text);
        while (m.find()) {
            String run = m.group(1);
            int digits = 0, letters = 0;
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (isDigit(c)) digits++;
                else if (LOOKALIKES.indexOf(c) >= 0) letters++;
            }
            if (letters > 0 && digits + letters >= MIN_DIGITS + 1 && digits > letters) return true;
        }
        return false;
    }

    /**
     * A number after a channel's name cut into short groups so that no run is a number's length (WhatsApp 5678 _ 9902,
     * Tel 5678·9902, 电话 138/0012/3456, 微信 2876🔥5432): the groups are read as one number. After a private channel
     * (WhatsApp, Telegram, Line, Signal, Viber, WeChat, QQ, 微信 and its bent names 薇信 威信 V信 扣扣, an emoji channel; not
     * 飞机 or 企鹅, words of a news report too: 波音飞机 737 800) any joiner does, spaces too: an office
     * gives no number there. After an office's channel (电话, Tel, 热线, 联系 …) only a mark no office writes between a
     * number's groups (_ · • / | . ~ * or an emoji): "电话：010 6820 5000" stays an office's. Six digits or more in groups of
     * four at most (an office's "010-68205000/68205001" lists two whole numbers), and not a date (联系时间：2026.12.05,
     * 2026/1/5: a year of 19xx or 20xx, then a month and a day).
     */
    static boolean groupsAfterChannel(String text) {
        java.util.regex.Matcher m = CHANNEL_GROUPS.matcher(text);
        while (m.find()) {
            String run = m.group(2);
            boolean privateChannel = m.group(1) == null;
            boolean marked = false;
            int digits = 0, group = 0, longest = 0;
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                group = isDigit(c) ? group + 1 : 0;
                longest = Math.max(longest, group);
                if (isDigit(c)) digits++;
                else if (c != ' ' && c != '-' && c != '+' && c != '\u3000') marked = true;
            }
            // groups of four digits at most: an office's two numbers joined by a slash (010-68205000/68205001) are whole
            if (digits >= MIN_DIGITS + 1 && longest <= 4 && (privateChannel || marked) && !isDate(run)) return true;
        }
        return false;
    }

    /** What joins a number's groups in an advert: a mark no office writes there, or an emoji. */
    private static final String GROUP_MARK = "(?:[_＿·•・/／|｜\\\\.~*×]|" + SplitEmoji.EMOJI + ")";
    /**
     * An office's channel (group 1) or a private one, up to four marks, then digit groups joined by spaces, hyphens or
     * {@link #GROUP_MARK}s (group 2).
     */
    private static final java.util.regex.Pattern CHANNEL_GROUPS = java.util.regex.Pattern.compile(
            "(?:((?i:(?<![a-z])(?:tel|phone|mobile|call|sms|hotline)(?![a-z]))|电话|電話|手机|手機|热线|熱線|号码|號碼|联系|聯繫|聯系)"
                    + "|(?i:(?<![a-z])(?:whats ?app|signal|viber|line|telegram|wechat|weixin|qq|vx|wx)(?![a-z]))|微信|薇信|威信|徽信|[Vv]信|扣扣|"
                    + SpamDetector.EMOJI_CHANNEL + ")"
                    + "[^A-Za-z0-9\\n]{0,4}(\\+?[0-9]+(?:(?:[ \u3000-]|" + GROUP_MARK + ")+[0-9]+)+)");
    /** A date: a year of 19xx or 20xx, then one or two groups of at most two digits. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(?:19|20)[0-9]{2}[^0-9]+[0-9]{1,2}(?:[^0-9]+[0-9]{1,2})?");

    private static boolean isDate(String run) {
        return DATE.matcher(run).matches();
    }

    /** The letters that stand for digits in a number: O o (0), I l (1), S (5), B (8), Z (2). */
    private static final String LOOKALIKES = "OoIlSBZ";
    /** A channel's name, then up to four marks, then a run of digits, look-alike letters, spaces, dashes and brackets. */
    private static final java.util.regex.Pattern CHANNEL_NUMBER = java.util.regex.Pattern.compile(
            "(?i:(?<![a-z])(?:whats ?app|tel|phone|mobile|call|sms|signal|viber|line|telegram|wechat|weixin|qq|vx|wx)(?![a-z])"
                    + "|电话|電話|手机|手機|微信|热线|熱線|号码|號碼|联系|聯繫|聯系|" + SpamDetector.EMOJI_CHANNEL + ")"
                    + "[^A-Za-z0-9\\n]{0,4}(\\+?[0-9OoIlSBZ][0-9OoIlSBZ ()\\-]{4,}[0-9OoIlSBZ])");
}
