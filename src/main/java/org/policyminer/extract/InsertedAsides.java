package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The asides a writer inserts between or inside the sentences of a paragraph, to be read as lines of their own: an
 * advert put inside a news sentence ("据了解，该项目总投资约3亿元。（编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进）项目建成后…")
 * has its vocabulary, channel and topic diluted by the sentence around it when the paragraph is read whole.
 * <ul>
 * <li>a bracket holding a clause (a comma, a colon, a space or two keyword joiners · • | / in it: not a name):
 *     （…）(…)【…】〔…〕［…］[…]〖…〗｛…｝〈…〉「…」『…』;</li>
 * <li>text between two of the same marks: ★…★ (☆ too), ※…※, ◆…◆, ■…■, ▲…▲, ●…●, ♥…♥ (❤ too), ～…～, |…|, and between two of
 *     the same doubled marks: ——…——, --…--, **…**, ##…##, ==…==, ++…++, __…__, and their full-width twins ＊＊ ＃＃ ＝＝ (a mark doubled is a pair where one
 *     alone is text: 3*4, #1, a=b);</li>
 * <li>a label that says what follows is inserted (【广告】, （推广）, ★推荐★, 广告：, 编者按：, 小编推荐：, 温馨提示：, PS：),
 *     then the text to the sentence's end;</li>
 * <li>in a short paragraph, each sentence.</li>
 * </ul>
 * The paragraph's own text between them is not an aside. An aside shorter than {@link #MIN_CHARS} holds no advert
 * (（一）, （2021年）, 【注】): it is not returned. 《》 are titles, part of their sentence, unless they hold an advert's
 * claim ({@link AdvertShape#makesClaim}: 《神奇排毒茶 七天瘦十斤》); 「」『』 are read (a quote
 * holds no advert's sign, {@link SpamDetector#withoutSpamAsides} asks for one first).
 */
final class InsertedAsides {
    /** An aside with fewer non-space characters than this is a number, a year or a short gloss. */
    static final int MIN_CHARS = 8;
    private static final String OPEN = "（(【〔［[〖｛〈「『《";
    private static final String CLOSE = Brackets.closings(OPEN);
    /**
     * Marks that open and close an aside; a mark and its hollow or filled twin count as the same (not ○ and □: a year's
     * zero, 二○二一, and a placeholder are text).
     */
    private static final String[] SAME = {"★☆", "※", "◆◇", "■", "▲△", "●", "♥❤", "～~", "|｜"};
    /** Doubled marks that open and close an aside (a mark alone is text: 3*4, #1, a=b, C++ once). */
    private static final String[] DOUBLED = {"——", "--", "**", "##", "==", "++", "__", "＊＊", "＃＃", "＝＝"};
    /** Labels of an inserted text, in both scripts: what follows them to the sentence's end is the aside. */
    private static final String[] LABELS = bothScripts("广告", "推广", "赞助", "编者按", "编者注", "小编推荐", "小编提示", "小编注",
            "小编插一句", "插一句", "顺便说一句", "温馨提示", "友情提示", "特别推荐", "插播", "福利", "商务合作", "PS", "P.S.", "ps");
    /**
     * {@link #STARTS}, the labels' first characters, and the brackets as bit sets: the screens read every character of
     * every paragraph that is not spam whole, where a search of the mark strings was a fifth of finding the asides.
     */
    private static final java.util.BitSet START_CHARS = new java.util.BitSet(), LABEL_FIRSTS = new java.util.BitSet(), BRACKETS = new java.util.BitSet();
    /** The marks an aside starts with (a bare label needs a colon after it): the screen before any other read. */
    private static final String STARTS;

    static {
        StringBuilder b = new StringBuilder(OPEN);
        for (String d : DOUBLED) b.append(d.charAt(0));
        for (String s : SAME) b.append(s);
        STARTS = b.toString();
        for (int i = 0; i < STARTS.length(); i++) START_CHARS.set(STARTS.charAt(i));
        for (String label : LABELS) LABEL_FIRSTS.set(label.charAt(0));
        for (int i = 0; i < OPEN.length(); i++) BRACKETS.set(OPEN.charAt(i));
        for (int i = 0; i < CLOSE.length(); i++) BRACKETS.set(CLOSE.charAt(i));
    }

    /** A part of a paragraph: {@code from}–{@code to} the aside with its marks, {@code text} what is inside them. */
    record Aside(int from, int to, String text) {}

    private InsertedAsides() {}

    /**
     * Whether the paragraph may hold an aside: one pass of char tests, before {@link #find}. A mark that opens one, or
     * a colon after a label's first character: a bare label is found only with its colon right after it
     * ({@link #labelAt}). A colon alone let most of a policy page's paragraphs through (一、总体要求：…, 联系电话：…), each
     * then read for its brackets' closings and at every character.
     */
    static boolean mayHold(String text) {
        boolean labelFirst = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (START_CHARS.get(c)) return true;
            if (LABEL_FIRSTS.get(c)) labelFirst = true;
            else if (labelFirst && (c == '：' || c == ':')) return true;
        }
        return false;
    }

    /** A paragraph of at most this many characters is short: each of its sentences is read as an aside too. */
    static final int SHORT_PARAGRAPH = AdvertShape.MAX_CHARS;

    /**
     * The asides of a paragraph (none that is the whole paragraph: that one is read as the line itself). In a short
     * paragraph ({@link #SHORT_PARAGRAPH}) each sentence is one too: an advert set between two news sentences with no
     * mark at all ("据了解，…。凤凰彩票V：FH808，稳定计划群免费进。项目建成后…。") is the same insert.
     */
    static List<Aside> find(String text) {
        return find(text, null);
    }

    /** {@link #find(String)}; {@code words} the model's reading of the paragraph when its check made one (else null). */
    static List<Aside> find(String text, AdvertWords.Reading words) {
        List<Aside> out = marked(text);
        // an advert run into a sentence with no mark at all, found by its words (GluedAdvert)
        // (the model read once for both searches, and not at all where neither can find one)
        double[] leans = !GluedAdvert.mayHold(text) ? null : words != null ? words.leans() : GluedAdvert.leans(text);
        Aside glued = leans == null ? GluedAdvert.byForm(text) : GluedAdvert.find(text, leans);
        // or one that takes whole clauses after the sentence's own (GluedAdvert.findClauses)
        if (glued == null && leans != null) glued = GluedAdvert.findClauses(text, leans);
        if (glued != null && !overlaps(out, glued.from, glued.to)) {
            out.add(glued);
        }
        DashTail.addSides(text, out); // an advert glued to a clause by a lone dash (DashTail)
        inOrder(out);
        if (Chars.nonSpace(text) > SHORT_PARAGRAPH) return out;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isSentenceEnd(text.charAt(i)) && i + 1 < text.length()) continue;
            int to = i + 1;
            if (from == 0 && to >= text.length()) break; // one sentence: the line itself
            while (to < text.length() && Chars.isSentenceEnd(text.charAt(to))) to++;
            if (Chars.nonSpace(text.substring(from, to)) >= MIN_CHARS && !overlaps(out, from, to)) out.add(new Aside(from, to, text.substring(from, to)));
            from = to;
            i = to - 1;
        }
        inOrder(out);
        return out;
    }

    /**
     * The asides sorted by where they start, as a stable sort gives them: left as they are when they are in that order
     * already (no aside, one, or a short paragraph's sentences alone: most paragraphs), where a stable sort changes
     * nothing. The sort itself, a comparator made and called on every paragraph, was a fortieth of extraction.
     */
    static void inOrder(List<Aside> asides) {
        for (int k = 1; k < asides.size(); k++) {
            if (asides.get(k - 1).from > asides.get(k).from) {
                asides.sort(java.util.Comparator.comparingInt(Aside::from));
                return;
            }
        }
    }

    private static boolean overlaps(List<Aside> asides, int from, int to) {
        for (Aside a : asides) if (a.from < to && from < a.to) return true;
        return false;
    }

    /** The asides set apart by a mark or a label. */
    static List<Aside> marked(String text) {
        if (!mayHold(text)) return new ArrayList<>(2);
        return markedUnscreened(text);
    }

    /** {@link #marked} without its screen: for the test that the screen passes every paragraph this finds an aside in. */
    static List<Aside> markedUnscreened(String text) {
        List<Aside> out = new ArrayList<>(2);
        int n = text.length();
        int[] closes = closings(text);
        int floor = 0; // where the last aside ended: a seam's aside reaches back no further
        for (int i = 0; i < n; ) {
            int seamEnd = seamAt(text, i, closes, floor, out);
            if (seamEnd > 0) {
                i = floor = seamEnd;
                continue;
            }
            Aside a = asideAt(text, i, closes);
            if (a == null) {
                i++;
                continue;
            }
            boolean whole = text.substring(0, a.from).isBlank() && text.substring(a.to).isBlank();
            if (!whole && Chars.nonSpace(a.text) >= MIN_CHARS) out.add(a);
            i = Math.max(a.to, i + 1);
            floor = Math.max(floor, a.to);
        }
        return out;
    }

    /**
     * A bracketed call to action (【点击进入】, 【立即下载】, （点此注册）, 「进入官网」, [Click here]) is the seam an advert is
     * glued to a sentence by, with no sentence end between them: "同城交友约会软件，…免费注册【点击进入】今年以来，我省…". The
     * advert is on the side away from the sentence's own boundary: before the seam (from the last sentence end, or
     * {@code floor}, to the seam, the call with it) when text stands there; after it (the call and the text to the
     * sentence's end) when the seam opens a sentence, as a label does. Glued on both sides, both parts are asides, each
     * with the call (they overlap on it: {@link SpamDetector#withoutSpamAsides} cuts it once). Each is read as any aside is: it is cut only when it speaks an advert and is spam as a
     * line against the page, so a news page's "详见【点击查看】" stays. Adds the asides to {@code out} and returns where
     * the seam's reading ended, or 0 when no seam opens at {@code i}.
     */
    private static int seamAt(String text, int i, int[] closes, int floor, List<Aside> out) {
        char c = text.charAt(i);
        // the bracket bits first: this is asked at every char of a paragraph that may hold an aside
        if (!BRACKETS.get(c) || c == '《' || OPEN.indexOf(c) < 0) return 0;
        int close = closes[i];
        if (close < 0 || close - i - 1 > SEAM_CHARS) return 0;
        String inside = text.substring(i + 1, close).strip();
        if (inside.isEmpty() || !isCall(inside)) return 0;
        int start = i;
        while (start > floor && !Chars.isSentenceEnd(text.charAt(start - 1))) start--;
        int after = close + 1;
        int end = after;
        while (end < text.length() && !Chars.isSentenceEnd(text.charAt(end))) end++;
        int to = end < text.length() ? end + 1 : end;
        boolean textBefore = !text.substring(start, i).isBlank();
        boolean textAfter = !text.substring(after, end).isBlank();
        if (textBefore) addPart(text, start, after, out);
        // glued on both sides, the call goes with either part: the one that is spam takes it (the cut reads the overlap once)
        if (textAfter) addPart(text, i, to, out);
        return textAfter ? to : after;
    }

    /** The most characters a seam's call holds (立即下载, 点此注册, 进入官网, Click here now). */
    private static final int SEAM_CHARS = 14;

    /**
     * A call to action alone: a Chinese call ({@link AdvertShape#hasCallToAction}) with no clause mark (a clause in
     * brackets is an aside of its own), or an English one with no Han (Click here, Sign up now: its spaces are words').
     */
    private static boolean isCall(String inside) {
        if (Chars.cjk(inside) == 0) return AdvertShape.englishCall(inside);
        return !hasClauseMark(inside) && AdvertShape.hasCallToAction(inside);
    }

    /** The part {@code from}–{@code to} as an aside, unless it is the whole paragraph or too short to hold an advert. */
    private static void addPart(String text, int from, int to, List<Aside> out) {
        boolean whole = text.substring(0, from).isBlank() && text.substring(to).isBlank();
        String part = text.substring(from, to);
        if (!whole && Chars.nonSpace(part) >= MIN_CHARS) out.add(new Aside(from, to, part));
    }

    /** The aside that opens at {@code i}, or null; {@code closes} as {@link #closings} gives them. */
    private static Aside asideAt(String text, int i, int[] closes) {
        char c = text.charAt(i);
        if (!START_CHARS.get(c)) return LABEL_FIRSTS.get(c) ? labelAt(text, i) : null;
        int open = OPEN.indexOf(c);
        if (open >= 0) {
            int close = closes[i];
            if (close < 0) return null;
            String inside = text.substring(i + 1, close);
            // 《》 are a title's, part of their sentence, unless they hold an advert's claim (《神奇排毒茶 七天瘦十斤》: a
            // wonder cure, a timed result, a tipster's call, a promised return): no book or document is named so
            if (c == '《') return AdvertShape.makesClaim(inside) || sellsInside(inside) ? new Aside(i, close + 1, inside) : null;
            // a bracketed label (【广告】, （推广）): the aside is what follows it to the sentence's end
            if (isLabel(inside.strip())) return toSentenceEnd(text, i, close + 1);
            // a bracket round a name is part of its sentence (在〖心灵体操（在线心理咨询）〗发表, 【凤凰彩票】): an
            // inserted aside is a clause of its own, with a comma, a colon or a space in it
            // … and a quote is a name or a word quoted, unless it holds an advert's claim as 《》 may (「跟单导师带你月赚30%」
            // inside a trade figure's sentence: a promised return quoted as nobody's words)
            return hasClauseMark(inside) || ((c == '「' || c == '『') && AdvertShape.makesClaim(inside)) ? new Aside(i, close + 1, inside) : null;
        }
        for (String mark : DOUBLED) {
            if (!text.startsWith(mark, i)) continue;
            int close = text.indexOf(mark, i + 2);
            if (close < 0) return null;
            return new Aside(i, close + 2, text.substring(i + 2, close));
        }
        for (String same : SAME) {
            if (same.indexOf(c) < 0) continue;
            int close = -1;
            for (int j = i + 1; j < text.length() && close < 0; j++) if (same.indexOf(text.charAt(j)) >= 0) close = j;
            if (close < 0) return null;
            String inside = text.substring(i + 1, close);
            if (isLabel(inside.strip())) return toSentenceEnd(text, i, close + 1);
            return new Aside(i, close + 1, inside);
        }
        return null;
    }

    /** A bare label with a colon at a sentence's start (广告：…。), or null. */
    private static Aside labelAt(String text, int i) {
        if (i == 0 || Chars.isSentenceEnd(text.charAt(i - 1)) || text.charAt(i - 1) == '，' || text.charAt(i - 1) == ' ') {
            for (String label : LABELS) {
                if (!text.startsWith(label, i)) continue;
                int k = i + label.length();
                if (k < text.length() && (text.charAt(k) == '：' || text.charAt(k) == ':')) return toSentenceEnd(text, i, k + 1);
            }
        }
        return null;
    }

    /** The aside from {@code from} whose text runs from {@code textFrom} to the next sentence end (kept) or the paragraph's end. */
    private static Aside toSentenceEnd(String text, int from, int textFrom) {
        int end = textFrom;
        while (end < text.length() && !Chars.isSentenceEnd(text.charAt(end))) end++;
        int to = end < text.length() ? end + 1 : end;
        return new Aside(from, to, text.substring(textFrom, end));
    }

    /**
     * At each opening bracket of {@code text}, the index of its matching close (nested brackets of the same kind
     * skipped), or -1 when it has none; other slots are unused. One pass with a stack per kind: searching forward from
     * each open made a paragraph of unclosed brackets quadratic (a 1 MB one took 10 s).
     */
    static int[] closings(String text) {
        int[] closes = new int[text.length()];
        int[][] stacks = new int[OPEN.length()][];
        int[] depth = new int[OPEN.length()];
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (!BRACKETS.get(c)) continue;
            int k = OPEN.indexOf(c);
            if (k >= 0) {
                closes[j] = -1;
                if (stacks[k] == null) stacks[k] = new int[4];
                else if (depth[k] == stacks[k].length) stacks[k] = java.util.Arrays.copyOf(stacks[k], 2 * depth[k]);
                stacks[k][depth[k]++] = j;
            } else if ((k = CLOSE.indexOf(c)) >= 0 && depth[k] > 0) {
                closes[stacks[k][--depth[k]]] = j;
            }
        }
        return closes;
    }

    private static boolean hasClauseMark(String s) {
        int joiners = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':' || c == '；' || c == '、' || c == ' ' || Chars.isSentenceEnd(c)) return true;
            // three or more selling points joined as keywords are clauses too: 〖贵宾厅棋牌·首充翻倍·上下分秒到〗; one joiner is
            // a name's or a unit's (约翰·史密斯, 万元/吨), read as part of its sentence as before
            if ((c == '·' || c == '・' || c == '•' || c == '|' || c == '｜' || c == '/' || c == '／') && ++joiners >= 2) return true;
        }
        return false;
    }

    /**
     * A pitch inside 《》: any pitch family ({@link AdvertShape#families}: a guarantee, 包过本科线; trade terms; easy money;
     * an exam's papers sold before it, 真题答案考前三天发送), read only on a title of {@link #MIN_CHARS} or more that does
     * not end like a document's, a paper's or a book's (《…招聘公告》, 《…办法》): a title whose words happen to open a
     * family (《出租车司机》) is short. The space between its parts is no condition: extraction drops a space between two
     * Han characters, so 《…考前三天发送 包过本科线》 reaches the detector as one phrase.
     */
    private static boolean sellsInside(String inside) {
        return Chars.nonSpace(inside) >= MIN_CHARS && !AdvertShape.endsLikeDocument(inside) && AdvertShape.families(inside) > 0;
    }

    private static boolean isLabel(String s) {
        for (String l : LABELS) if (s.equals(l)) return true;
        return false;
    }

    private static String[] bothScripts(String... words) {
        return SpamLexicon.scriptForms(words);
    }
}
