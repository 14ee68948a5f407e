package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * Emoji put between the characters of a contact so that a filter reading the word or the number misses it: inside a
 * channel's name (微💬信, read by {@link SpamDetector#joinSplitChannels} as it reads 微 信) and between a handle's
 * characters ("🌸x🌸h🌸8🌸0🌸2🌸6"). Any pictograph does, so the class is the emoji blocks, not a list of flowers.
 */
final class SplitEmoji {
    /** One pictograph, with its variation selector: the Miscellaneous Symbols and Dingbats blocks and the emoji planes. */
    static final String EMOJI = "(?:[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]\\x{FE0F}?)";
    /**
     * Four letters or digits or more, each pair parted by emoji (and spaces): a handle strung on emoji. Four, so that
     * "5🔥6" or "A❤B" in a caption stays; the keycap digits (3️⃣) are no emoji here (U+20E3 is not in {@link #EMOJI}) and
     * are folded by {@link DisguisedDigits}. Emoji right after a colon go with the handle (微信：🌸x🌸h…): the channel
     * rules read a handle right after its colon.
     */
    private static final Pattern STRUNG = Pattern.compile("(?:(?<=[：:])\\s*(?:" + EMOJI + "\\s*)+)?(?:[A-Za-z0-9]\\s*(?:" + EMOJI + "\\s*)+){3,}[A-Za-z0-9]");
    private static final Pattern NOT_HANDLE = Pattern.compile("[^A-Za-z0-9]+");

    private SplitEmoji() {}

    /** A char an emoji may be made of (a screen: surrogates, the symbol blocks, the selector and the joiner). */
    static boolean mayBe(char c) {
        return Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF') || c == '\uFE0F' || c == '\u200D';
    }

    /** The line with each handle strung on emoji joined ("：🌸x🌸h🌸8🌸0" → "：xh80"); the line itself when it has no emoji. */
    static String unstringHandles(String t) {
        boolean any = false;
        for (int i = 0; i < t.length() && !any; i++) any = mayBe(t.charAt(i));
        if (!any) return t;
        java.util.regex.Matcher m = STRUNG.matcher(t);
        if (!m.find()) return t;
        StringBuilder sb = new StringBuilder(t.length());
        do m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(NOT_HANDLE.matcher(m.group()).replaceAll("")));
        while (m.find());
        return m.appendTail(sb).toString();
    }
}
