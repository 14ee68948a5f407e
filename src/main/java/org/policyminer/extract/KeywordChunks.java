package org.policyminer.extract;

import java.util.regex.Pattern;
import org.policyminer.util.QuickFind;

/**
 * A keyword-stuffed advert written as a row of short chunks between spaces, with no punctuation and no contact
 * ("撸口子新口子 强开额度 黑户秒下", "原单耐克阿迪 工厂直销 三折起", "专业调查小三 包取证 联系我"). A real article's
 * sentences are punctuated; its unpunctuated spaced lines are headings, bylines and table rows flattened to cells,
 * whose chunks are names, dates and column labels. Whole-line vocabulary ({@link AdvertWords#evidence}) dilutes a
 * few strong keywords among neutral ones, so here the model judges each chunk ({@link AdvertWords#lean}), and a
 * chunk may carry a selling formula of its own ({@link #CHUNK_PITCH}). Never spam alone: it adds to the topic and
 * the shape, like every signal of {@link AdvertShape}.
 */
final class KeywordChunks {
    /** A longer line is no keyword row (the seventh pass's rows are 12–30 characters). */
    static final int MAX_CHARS = 40;
    static final int MIN_CHARS = 8;
    /** A chunk longer than this is a phrase or a sentence, not a keyword. */
    static final int MAX_CHUNK = 12;
    /** What the row adds: one of the two signals, or both. */
    static final double ONE = 1.0;
    static final double BOTH = 1.5;
    /** The mean lean of the row's Han chunks at which its words are an advert's (clean table rows: 0.5–3.4). */
    static final double MEAN_LEAN = 3.5;

    /**
     * Selling formulae that fit in one keyword: instant approval or payout (秒下, 秒批, 秒结; 秒到 is a pitch family
     * already), a factory or discount price (工厂直销, 厂家直供, 三折起, 低至两折), and a promise to force or guarantee what an
     * authority grants (强开额度, 包取证, 包拿证, 免考拿证). Slots, not products.
     */
    static final QuickFind CHUNK_PITCH = QuickFind.of(Pattern.compile(
            "秒[下批结結放贷貸回过過解]"
                    + "|(?:工厂|工廠|厂家|廠家|源头|源頭|厂价|廠價)(?:直销|直銷|直供|直发|直發|价|價)|直销|直銷"
                    + "|[0-9一二三四五六七八九两兩][折](?:起|封顶|封頂|优惠|優惠|清仓|清倉)|(?:低至|最低)[0-9一二三四五六七八九两兩]折"
                    + "|强开|強開|包(?:取证|取證|拿证|拿證|下证|下證)|免考|拿证|拿證"));

    private KeywordChunks() {}

    /**
     * The row's points: 0 unless the line is {@code chars} ({@link Chars#nonSpace}) long within
     * [{@value #MIN_CHARS}, {@value #MAX_CHARS}], has no sentence punctuation (the caller's {@code punct}), at least
     * three chunks between spaces, none over {@value #MAX_CHUNK} characters, and is mostly Han. Then {@link #ONE} when
     * its chunks lean to an advert's words (three or more Han chunks, every one leaning above 0, their mean at least
     * {@value #MEAN_LEAN}) or one carries a {@link #CHUNK_PITCH} formula while the row leans above 0; {@link #BOTH}
     * for both.
     */
    static double score(String text, int chars, boolean punct) {
        if (punct || chars < MIN_CHARS || chars > MAX_CHARS) return 0;
        // the page's lines reach the detector with the spaces between Han characters taken out (a hard-wrapped
        // paragraph's line ends are spaces too): the row is then one run, read for a pitch in its words alone
        if (spaceRuns(text) < 2) return gluedRow(text);
        String[] chunks = text.strip().split("\\s+");
        if (chunks.length < 3) return 0;
        for (String c : chunks) if (c.length() > MAX_CHUNK || hasSentenceMark(c)) return 0;
        if (!AdvertShape.mostlyHan(text, false)) return 0;
        AdvertWords words = AdvertWords.standard();
        int han = 0;
        boolean allLean = true;
        double sum = 0;
        boolean pitch = false;
        for (String c : chunks) {
            if (Chars.cjk(c) == 0) continue;
            han++;
            double lean = words.lean(c);
            sum += lean;
            allLean &= lean > 0;
            pitch |= hasPitch(c);
        }
        boolean leans = han >= 3 && allLean && sum / han >= MEAN_LEAN;
        boolean pitched = pitch && sum > 0;
        return leans && pitched ? BOTH : leans || pitched ? ONE : 0;
    }

    /**
     * A row whose spaces were taken out ("撸口子新口子强开额度黑户秒下"): {@link #ONE} when it carries a
     * {@link #CHUNK_PITCH} formula and its words lean to an advert's ({@link AdvertWords#lean} above 0), mostly Han;
     * {@link #BOTH} when its vocabulary also reaches the detector's cut ({@link SpamDetector#WORDS_CUT}).
     */
    static double gluedRow(String text) {
        if (!hasPitch(text) || !AdvertShape.mostlyHan(text, false)) return 0;
        AdvertWords words = AdvertWords.standard();
        if (words.lean(text) <= 0) return 0;
        // the whole run's vocabulary agrees (the detector's cut): both signals, as for a spaced row
        return words.evidence(text) >= SpamDetector.WORDS_CUT ? BOTH : ONE;
    }

    /**
     * A one-keyword selling formula ({@link #CHUNK_PITCH}) or any of the shape's pitch families
     * ({@link AdvertShape#pitchFamilies}: a guarantee, easy money, a claim such as a tipster's calls, a promised return, a
     * miracle cure): "瘦身神药 一个月瘦三十斤不反弹" is two chunks, each a claim; "四六级答案 考前一小时发送 保过" ends in a
     * guarantee.
     */
    static boolean hasPitch(String text) {
        return CHUNK_PITCH.find(text) || AdvertShape.pitchFamilies(text) > 0;
    }

    /** Runs of whitespace inside the stripped line: a row of three chunks has two. */
    private static int spaceRuns(String text) {
        String t = text.strip();
        int n = 0;
        for (int i = 1; i < t.length(); i++) if (Character.isWhitespace(t.charAt(i)) && !Character.isWhitespace(t.charAt(i - 1))) n++;
        return n;
    }

    /** ASCII sentence marks the caller's check (Chinese punctuation only) does not read: "a, b" or "a; b" is prose. */
    private static boolean hasSentenceMark(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == ',' || c == ';' || c == '!' || c == '?' || c == '：' || c == ':' || c == '(' || c == '（') return true;
        }
        return false;
    }
}
