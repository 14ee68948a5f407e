package org.policyminer.extract;

/**
 * A private-channel handle told by its shape, whatever name the channel is given: a channel word or a homophone bent
 * to get past filters (薇, 威, 微, 扣, 企鹅, 飞机, V, TG, ➕, 加 …), then a space or a colon, then a handle: a token of
 * letters and digits, four or more characters with at least one of each (ly520, cx0527, ptx 1 9 9 8, FH-808, fh.808), or
 * five or more digits. Spaces inside the handle are read through (ylx 7788 9): adverts space a handle out so that a filter reading
 * whole tokens misses it. The text is read after {@link SpamDetector#fold}: full-width letters and digits are ASCII.
 * <p>
 * An article names an office's 微信公众号 or a 电话, by a full channel name and with a number an office gives; it does
 * not write 加薇 before a name with digits in it. The channel's single characters (薇, 微, 扣, V …) count only after
 * 加 / ➕ or where no Han character or letter stands before them, so 稍微, 折扣, 权威 are not channels.
 * A hand-written scan, not a regex: the rule is read on every line with a contact word.
 */
final class ContactHandles {
    /** Channel names that are a channel wherever they stand. */
    private static final String[] NAMES = {"薇信", "威信", "徽信", "微信", "V信", "v信", "微❤", "扣扣", "企鹅", "企鵝", "飞机", "飛機",
            "电报", "電報", "QQ", "qq", "VX", "vx", "Vx", "WX", "wx",
            // a group's number; 羣 is the traditional copy's form of 群 (OpenCC writes 羣號 for 群号)
            "群号", "群號", "羣號", "羣号"};
    /** One-character or short channels: a channel only after 加 / ➕ / + or with no Han character or letter before. */
    private static final String[] SHORT = {"薇", "威", "微", "扣", "V", "v", "TG", "tg", "Tg", "Q", "q"};
    /** Add: what may stand before a short channel (加薇, ➕V). */
    private static final String ADD = "加➕+";

    private ContactHandles() {}

    /** Whether the line holds a handle after a channel name (see the class comment). */
    static boolean find(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int end = channelEnd(text, i);
            if (end > 0 && handleAfter(text, end)) return true;
        }
        return false;
    }

    /** The end of a channel name starting at {@code i}, or -1. */
    private static int channelEnd(String text, int i) {
        for (String name : NAMES) {
            if (text.startsWith(name, i) && !(Chars.isAsciiLetter(name.charAt(0)) && i > 0 && Chars.isAsciiLetter(text.charAt(i - 1)))) return i + name.length();
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        boolean added = ADD.indexOf(before) >= 0;
        boolean free = !Chars.isCjk(before) && !Chars.isAsciiLetter(before) && !Character.isDigit(before);
        for (String name : SHORT) {
            if (!text.startsWith(name, i)) continue;
            int end = i + name.length();
            if (end < text.length() && Chars.isAsciiLetter(name.charAt(0)) && Chars.isAsciiLetter(text.charAt(end))) continue; // VIP, Tgbox
            // the look back past who is to be added only where a short channel stands: not at every character
            // a channel letter right before a colon is one wherever it stands (凤凰彩票V：FH808): a word's letter has no colon after it
            if (added || free || addedThrough(text, i) || (Chars.isAsciiLetter(name.charAt(0)) && colonAt(text, end))) return end;
        }
        // a bare ➕ before the handle: ➕ ly520
        char c = text.charAt(i);
        if (c == '➕') return i + 1;
        return -1;
    }

    /** At most this many Han characters may stand between 加 and a short channel: 加助理薇, 加客服V, 加小美微. */
    static final int MAX_BETWEEN = 3;

    /**
     * Whether a verb that asks the reader to add someone (加, 联系, 找) stands one to {@value #MAX_BETWEEN} Han
     * characters before {@code i}, only Han characters between: who is to be added (加助理薇 ysg_888, 加客服V ab1234,
     * 联系小美微 mm8899). The handle after the channel is still required, so 增加微小企业 … or 参加威海 … give none.
     */
    private static boolean addedThrough(String text, int i) {
        for (int k = 1; k <= MAX_BETWEEN && i - k - 1 >= 0; k++) {
            char c = text.charAt(i - k);
            if (!Chars.isCjk(c)) return false;
            char v = text.charAt(i - k - 1);
            if (v == '加' || v == '找' || v == '➕' || text.startsWith("联系", i - k - 2) || text.startsWith("聯系", i - k - 2)
                    || text.startsWith("聯繫", i - k - 2)) return true;
        }
        return false;
    }

    /**
     * Whether a handle follows {@code at}: up to two symbols (➕, ❤, 号), a space or a colon, an optional @, then letters,
     * digits, _ and - with single spaces inside.
     */
    private static boolean handleAfter(String text, int at) {
        int n = text.length();
        int i = at;
        for (int k = 0; k < 2 && i < n && isDecoration(text.charAt(i)); k++) i++;
        int sepFrom = i;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) i++;
        if (i < n && (text.charAt(i) == ':' || text.charAt(i) == '：')) {
            i++;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) i++;
        }
        if (i == sepFrom) return false; // a space or a colon must part the channel from the handle
        if (i < n && text.charAt(i) == '@') i++;
        int letters = 0;
        int digits = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isAsciiLetter(c)) letters++;
            else if (c >= '0' && c <= '9') digits++;
            else if (c == '_' || c == '-') {
                // part of the handle
            } else if (c == '.' && letters + digits > 0 && i + 1 < n && Chars.isAsciiAlnum(text.charAt(i + 1))) {
                // letters and digits joined by dots as by dashes: fh.808, ab.cd.99
            } else if (c == ' ' && i + 1 < n && isHandleChar(text.charAt(i + 1)) && letters + digits > 0) {
                // a handle spaced out: ptx 1 9 9 8
            } else {
                break;
            }
            i++;
        }
        return (letters > 0 && digits > 0 && letters + digits >= 4) || (letters == 0 && digits >= DisguisedDigits.MIN_DIGITS);
    }

    /** A colon at {@code i}, spaces before it allowed. */
    private static boolean colonAt(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：');
    }

    private static boolean isDecoration(char c) {
        return c == '➕' || c == '+' || c == '❤' || c == '♥' || c == '号' || c == '號';
    }

    private static boolean isHandleChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '-';
    }
}
