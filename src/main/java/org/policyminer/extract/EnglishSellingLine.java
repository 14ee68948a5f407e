package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * An English line in a seller's register on a Chinese page, whatever it sells: it sends the reader to act
 * ({@link AdvertShape#englishCall}: Get, Buy, Join, Apply …), speaks to the reader (you, your), and its words lean to an
 * advert's ({@link EnglishAdvertWords}) though under the strong cut, at which alone the words count (under it an English
 * sentence's words had counted only in a bare offer), because its trade's own words are new to the model ("Undetected
 * aimbot and wallhack … Get your key at …"). A Chinese page's own English (a title, an abstract, a
 * reference, a caption) sends nobody anywhere; an English page's lines speak its language and are not read
 * ({@link SpamDetector} asks {@link Topic#isForeignLatin} first).
 */
final class EnglishSellingLine {
    private EnglishSellingLine() {}

    /**
     * The English model's evidence such a line needs: the glued reader's run evidence ({@link GluedInserts#OFF_EVIDENCE}),
     * under the vocabulary's cut ({@link SpamDetector#WORDS_CUT}): the call and the reader addressed carry the rest.
     */
    static final double CUT = GluedInserts.OFF_EVIDENCE;
    /** What {@link SpamDetector}'s topic part gives such a line: a foreign line's most (with the words' point, spam). */
    static final double FOREIGN = 2.0;
    /** A line needs this many English words: a sentence, not a label. */
    static final int MIN_WORDS = 8;

    private static final Pattern READER = Pattern.compile("(?i)(?<![a-z'])(?:you|your|yours)(?![a-z'])");

    /** Whether {@code text} (its width fold {@code wide}) is such a line, its English evidence {@code english}. */
    static boolean reads(String text, String wide, double english) {
        if (english < CUT || Chars.cjk(text) > 0) return false;
        int words = 0;
        boolean in = false;
        for (int i = 0; i < wide.length(); i++) {
            boolean letter = Chars.isAsciiLetter(wide.charAt(i));
            if (letter && !in) words++;
            in = letter;
        }
        return words >= MIN_WORDS && AdvertShape.englishCall(wide) && READER.matcher(wide).find();
    }
}
