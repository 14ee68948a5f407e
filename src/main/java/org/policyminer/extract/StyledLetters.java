package org.policyminer.extract;

/**
 * Letters and digits written in a form a filter reading ASCII misses, folded to ASCII: full-width (ＱＱ，８０８),
 * circled and parenthesized (Ⓥ ⓥ ⒱), squared and negative (🄰 🅐 🅰), regional indicators (🇻), the letterlike
 * double-struck and script capitals (ℚ ℝ), the mathematical alphanumerics (𝐕 𝑽 𝕍 𝟖) and a dash between two of them
 * (ＦＨ－８０８, FH–808 → FH-808). Adverts write a channel and a handle this way (凤凰彩票Ⓥ ＦＨ－８０８); an article does not,
 * and where it does (２０２１年, ＧＤＰ) reads the same in ASCII to every rule that reads the fold.
 * <p>
 * An enclosed or styled letter is a token of its own: the writer set it apart. Folded after a Han character it gets a
 * space before it (彩票Ⓥ → 彩票 V) and one after it before letters or digits of another form (ⓋＦＨ８０８ → V FH808), so
 * that the channel rules read a free-standing V, as they read 彩票 V, not a letter glued to a word or to its handle. Circled digits (①) are {@link DisguisedDigits}'s: they stay as they are here.
 * <p>
 * The one fold of the detector's contact and shape rules ({@link SpamDetector#foldWidth},
 * {@link SpamDetector#foldWidthAndDomains}); the line itself comes back when it holds none of these characters, and a
 * Han line is screened at one comparison a character.
 */
final class StyledLetters {
    /** The lowest character folded (⒜): below it, nothing is. */
    private static final char LOWEST = '\u2010';

    private StyledLetters() {}

    /** The line with every styled letter and digit in ASCII (see the class comment); the line itself when it has none. */
    static String fold(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            char c = text.charAt(i);
            if (c < LOWEST || !mayFold(c)) continue;
            int a = asciiAt(text, i);
            // a dash alone changes nothing unless a letter stands beside it (the Chinese —— between words, 2021—2025)
            if (a > DASH || (a == DASH && ((i > 0 && Chars.isAsciiLetter(text.charAt(i - 1))) || (i + 1 < text.length() && Chars.isAsciiLetter(text.charAt(i + 1)))))) first = i;
        }
        if (first < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 4);
        out.append(text, 0, first);
        boolean afterEnclosed = false;
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            int a = cp >= LOWEST ? ascii(cp) : -1;
            boolean enclosed = a > DASH && enclosed(cp);
            // the styled run ends where letters of another form begin: ⓋＦＨ８０８ is the channel V and the handle FH808
            if (afterEnclosed && !enclosed && Chars.isAsciiAlnum(a > DASH ? (char) a : text.charAt(i))) out.append(' ');
            afterEnclosed = enclosed;
            if (a == DASH) {
                // a dash is a handle's joiner only between a letter and a letter or digit (FH–808): 2021—2025 and
                // 发展——创新 stay as they are
                char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                char after = i + n < text.length() ? asciiOrSelf(text, i + n) : ' ';
                boolean joins = Chars.isAsciiAlnum(before) && Chars.isAsciiAlnum(after) && (Chars.isAsciiLetter(before) || Chars.isAsciiLetter(after));
                out.append(joins ? '-' : text.charAt(i));
                if (!joins && n == 2) out.append(text.charAt(i + 1));
            } else if (a >= 0) {
                if (enclosed && out.length() > 0 && Chars.isCjk(out.charAt(out.length() - 1))) out.append(' ');
                out.append((char) a);
            } else {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out.toString();
    }

    /** A quick screen: the only chars {@link #ascii} may answer for (full width, enclosed, letterlike, dashes, surrogates). */
    private static boolean mayFold(char c) {
        return c <= '\u2015' || c == '\u2212' || (c >= '\u2102' && c <= '\u2134') || (c >= '\u249C' && c <= '\u24E9')
                || c >= '\uFE63' && (c == '\uFE63' || c >= '\uFF0D') || Character.isHighSurrogate(c);
    }

    private static int asciiAt(String text, int i) {
        return ascii(text.codePointAt(i));
    }

    /** The ASCII character at {@code i} as folded, or the char itself. */
    private static char asciiOrSelf(String text, int i) {
        int a = ascii(text.codePointAt(i));
        return a > DASH ? (char) a : text.charAt(i);
    }

    /** Enclosed, squared, regional or mathematical: a letter set apart (not full width, which is text's own width). */
    private static boolean enclosed(int cp) {
        return (cp >= 0x249C && cp <= 0x24E9) || cp >= 0x1D400 || (cp >= 0x2102 && cp <= 0x2134);
    }

    /** What {@link #ascii} answers for a dash that joins only between letters and digits (–, —, −, ﹣). */
    static final int DASH = 0;

    /** The ASCII letter, digit or handle sign a styled character stands for, {@link #DASH}, or -1. */
    static int ascii(int cp) {
        if (cp >= 0xFF10 && cp <= 0xFF19) return '0' + cp - 0xFF10;
        if (cp >= 0xFF21 && cp <= 0xFF3A) return 'A' + cp - 0xFF21;
        if (cp >= 0xFF41 && cp <= 0xFF5A) return 'a' + cp - 0xFF41;
        switch (cp) {
            case '＠': return '@';
            case '．': return '.';
            case '＿': return '_';
            case '－': return '-';
            case '\uFE63': case '\u2212': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                return DASH;
            default: break;
        }
        if (cp >= 0x24B6 && cp <= 0x24CF) return 'A' + cp - 0x24B6; // Ⓐ … Ⓩ
        if (cp >= 0x24D0 && cp <= 0x24E9) return 'a' + cp - 0x24D0; // ⓐ … ⓩ
        if (cp >= 0x249C && cp <= 0x24B5) return 'a' + cp - 0x249C; // ⒜ … ⒵
        if (cp >= 0x2102 && cp <= 0x2134) return letterlike(cp);
        if (cp < 0x1D400) return -1;
        if (cp <= 0x1D6A3) {
            // thirteen alphabets of 52 (bold, italic, script, fraktur, double-struck, sans, mono …); the holes are unassigned
            int k = (cp - 0x1D400) % 52;
            return k < 26 ? 'A' + k : 'a' + k - 26;
        }
        if (cp >= 0x1D7CE && cp <= 0x1D7FF) return '0' + (cp - 0x1D7CE) % 10; // 𝟎 … 𝟿, five styles
        if (cp >= 0x1F110 && cp <= 0x1F129) return 'A' + cp - 0x1F110; // 🄐 … 🄩
        if (cp >= 0x1F130 && cp <= 0x1F149) return 'A' + cp - 0x1F130; // 🄰 … 🅉
        if (cp >= 0x1F150 && cp <= 0x1F169) return 'A' + cp - 0x1F150; // 🅐 … 🅩
        if (cp >= 0x1F170 && cp <= 0x1F189) return 'A' + cp - 0x1F170; // 🅰 … 🆉
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return 'A' + cp - 0x1F1E6; // 🇦 … 🇿
        return -1;
    }

    /** The letterlike capitals that fill the holes of the mathematical alphabets (ℂ ℍ ℕ ℙ ℚ ℝ ℤ, ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ); ℃ is not one. */
    private static int letterlike(int cp) {
        switch (cp) {
            case 0x2102: case 0x212D: return 'C';
            case 0x210A: return 'g';
            case 0x210B: case 0x210C: case 0x210D: return 'H';
            case 0x2110: case 0x2111: return 'I';
            case 0x2112: return 'L';
            case 0x2115: return 'N';
            case 0x2119: return 'P';
            case 0x211A: return 'Q';
            case 0x211B: case 0x211C: case 0x211D: return 'R';
            case 0x2124: case 0x2128: return 'Z';
            case 0x212C: return 'B';
            case 0x212F: return 'e';
            case 0x2130: return 'E';
            case 0x2131: return 'F';
            case 0x2133: return 'M';
            case 0x2134: return 'o';
            default: return -1;
        }
    }
}
