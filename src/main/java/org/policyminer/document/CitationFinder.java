package org.policyminer.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.doc.Citation;
import org.policyminer.doc.Citation.Relation;

/**
 * The documents a text cites: each 《title》, with the number in brackets right after it when there is one
 * (《国务院关于…的决定》（国发〔2014〕45号）), and each number cited alone (按照国发〔2018〕5号文件). The relation comes
 * from the words of the clause around it: after it, 停止执行 / 废止 (repeals), 印发给你们 / 转发给你们 (issues),
 * 收悉 (replies); else the nearest before it in its sentence: 根据, 按照, 依据 (basis), 贯彻落实 (implements), 废止
 * (repeals), 印发, 转发 (issues); else {@code cites}.
 */
final class CitationFinder {
    private CitationFinder() {}

    private static final String[][] AFTER = {
            {"停止执行", "REPEALS"}, {"同时废止", "REPEALS"}, {"予以废止", "REPEALS"}, {"废止", "REPEALS"}, {"宣布失效", "REPEALS"},
            {"不再执行", "REPEALS"}, {"印发给你们", "ISSUES"}, {"转发给你们", "ISSUES"}, {"印发你们", "ISSUES"}, {"转发你们", "ISSUES"},
            {"收悉", "REPLIES"}};
    private static final String[][] BEFORE = {
            {"根据", "BASIS"}, {"按照", "BASIS"}, {"依据", "BASIS"}, {"依照", "BASIS"}, {"参照", "BASIS"}, {"遵照", "BASIS"},
            {"贯彻落实", "IMPLEMENTS"}, {"为落实", "IMPLEMENTS"}, {"贯彻", "IMPLEMENTS"}, {"落实", "IMPLEMENTS"}, {"实施", "IMPLEMENTS"},
            {"废止", "REPEALS"}, {"停止执行", "REPEALS"}, {"印发", "ISSUES"}, {"转发", "ISSUES"}, {"批转", "ISSUES"}, {"你们", "REPLIES"}};
    private static final String SENTENCE_END = "。；;！？\n";
    private static final String CLAUSE_END = "。；;！？\n，,";

    /**
     * Citations in {@code text} (offsets are {@code offset} + index), leaving out the document's own number (at
     * {@code ownNumberStart} of the text, -1 for none).
     */
    static List<Citation> find(String text, int offset, String ownNumber) {
        Map<String, Citation> byKey = new LinkedHashMap<>();
        List<int[]> titled = new ArrayList<>();
        List<Citation> extra = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('《', i)) >= 0) {
            int close = text.indexOf('》', i + 1);
            if (close < 0) break;
            String title = text.substring(i + 1, close).strip();
            // a title a line break splits (根据《国务院关于某某 / 事项的意见》): one break inside it, its pieces joined
            int br = title.indexOf('\n');
            if (br >= 0 && title.indexOf('\n', br + 1) < 0 && title.indexOf('《') < 0) title = title.replaceAll("\\s*\n\\s*", "");
            if (title.length() < 4 || title.length() > 120 || title.indexOf('\n') >= 0) {
                i = close;
                continue;
            }
            int end = close + 1;
            String number = null;
            int after = skipSpaces(text, end);
            // the number in other brackets or none (《…》【国发〔2019〕3号】, 《…》[…], 《…》国发〔2019〕3号), or right before the
            // title (根据国发〔2019〕3号《…》): the title's own number
            DocumentNumbers.Found attached = numberRightAfter(text, after);
            if (attached == null) attached = numberRightBefore(text, i);
            if (attached != null && !attached.number().equals(ownNumber)) {
                number = attached.number();
                if (attached.start() > i) end = attached.end();
                titled.add(new int[] {Math.min(i, attached.start()), Math.max(end, attached.end())});
            }
            if (number == null && after < text.length() && "（(".indexOf(text.charAt(after)) >= 0) {
                int shut = text.indexOf(text.charAt(after) == '（' ? '）' : ')', after);
                if (shut > 0 && shut - after <= 40) {
                    List<DocumentNumbers.Found> f = DocumentNumbers.find(text.substring(after + 1, shut));
                    // the page's own title and number, quoted in a story about it (《…的批复》（国函〔2014〕121 号）称): no citation
                    if (!f.isEmpty() && f.get(0).number().equals(ownNumber)) {
                        titled.add(new int[] {i, shut + 1});
                        i = shut + 1;
                        continue;
                    }
                    if (!f.isEmpty()) {
                        number = f.get(0).number();
                        end = shut + 1;
                        // （海关总署令第9号公布，根据海关总署令第198号修改）: the later numbers are documents cited too; they tell
                        // the cited title's history (公布, 修改), not what this document does with them, so plain cites
                        for (DocumentNumbers.Found more : f.subList(1, f.size())) {
                            if (more.number().equals(ownNumber)) continue;
                            int s = after + 1 + more.start(), e = after + 1 + more.end();
                            extra.add(new Citation(null, more.number(), Relation.CITES, offset + s, offset + e));
                        }
                    }
                }
            }
            titled.add(new int[] {i, end});
            Relation rel = relation(text, i, end);
            // 现将《某某办法》（某政规〔2023〕2号）印发给你们: what a notice issues is its enclosure, which has no number of its own
            // in the 公文 format; a number beside it there is the notice's own (a 规范性文件's registration number) or the
            // enclosure's, and neither is a document this one cites. A forwarded document (转发, or 印发 of another body's
            // 关于…的通知) keeps its number: it is cited.
            if (number != null && rel == Relation.ISSUES && issuesItsOwnEnclosure(text, i, end, title)) number = null;
            add(byKey, new Citation(title, number, rel, offset + i, offset + end));
            i = end;
        }
        for (Citation c : extra) add(byKey, c);
        for (DocumentNumbers.Found f : DocumentNumbers.find(text)) {
            if (f.number().equals(ownNumber) || inside(titled, f.start())) continue;
            add(byKey, new Citation(null, f.number(), relation(text, f.start(), f.end()), offset + f.start(), offset + f.end()));
        }
        return List.copyOf(byKey.values());
    }

    /** Brackets a page puts around a cited title's number in place of （）. */
    private static final String OTHER_OPEN = "【[〔［";
    private static final String OTHER_CLOSE = "】]〕］";
    /** How far a number runs: a 14-character code, a bracketed year, 第, a serial, 号. */
    private static final int NUMBER_SPAN = 40;

    /** A number that starts at {@code at} (after its opening bracket of another kind, if any), or null. */
    private static DocumentNumbers.Found numberRightAfter(String text, int at) {
        if (at >= text.length()) return null;
        int from = at;
        boolean bracketed = OTHER_OPEN.indexOf(text.charAt(at)) >= 0;
        if (bracketed) from = skipSpaces(text, at + 1);
        if (from >= text.length()) return null;
        // a bracket of 〔 is the year's own (《…》〔2019〕…): only a letter starts a number here
        if (!Character.isIdeographic(text.charAt(from))) return null;
        String window = text.substring(from, Math.min(text.length(), from + NUMBER_SPAN));
        int nl = window.indexOf('\n');
        if (nl >= 0) window = window.substring(0, nl);
        List<DocumentNumbers.Found> f = DocumentNumbers.find(window);
        if (f.isEmpty() || f.get(0).start() != 0) return null;
        int end = from + f.get(0).end();
        if (bracketed) {
            int shut = skipSpaces(text, end);
            if (shut >= text.length() || OTHER_CLOSE.indexOf(text.charAt(shut)) < 0) return null;
            end = shut + 1;
        }
        return new DocumentNumbers.Found(f.get(0).number(), from, end);
    }

    /** A number that ends right before the title's 《 (spaces aside), in a clause of its own words, or null. */
    private static DocumentNumbers.Found numberRightBefore(String text, int open) {
        int k = open;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '\n') k--;
        if (k == 0 || text.charAt(k - 1) != '号') return null;
        int from = Math.max(0, k - NUMBER_SPAN);
        int nl = text.lastIndexOf('\n', k - 1);
        if (nl >= from) from = nl + 1;
        List<DocumentNumbers.Found> f = DocumentNumbers.find(text.substring(from, k));
        if (f.isEmpty()) return null;
        DocumentNumbers.Found last = f.get(f.size() - 1);
        if (from + last.end() != k) return null;
        return new DocumentNumbers.Found(last.number(), from + last.start(), k);
    }

    /** The verbs that pass on another body's document. */
    private static final java.util.regex.Pattern PASSES_ON = java.util.regex.Pattern.compile("转发|批转|转给");

    /**
     * Whether the sentence around the title at [start, end) issues it as this document's enclosure: its verb is 印发 (not
     * 转发), and the title is a document's own name (某某县森林防火实施办法), not another body's notice (关于…的通知, …部关于…).
     */
    static boolean issuesItsOwnEnclosure(String text, int start, int end, String title) {
        int from = start;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0 && start - from < 200) from--;
        int to = end;
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0 && to - end < 60) to++;
        String sentence = maskTitles(text.substring(from, to));
        if (sentence.indexOf("印发") < 0 || PASSES_ON.matcher(sentence).find()) return false;
        if (title.startsWith("关于") || title.contains("关于")) return false;
        return TitleParts.of(title).issuers().isEmpty();
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) if (at >= s[0] && at < s[1]) return true;
        return false;
    }

    /** One citation a document: the same number or title again keeps the first, or a stronger relation than cites. */
    private static void add(Map<String, Citation> byKey, Citation c) {
        String key = c.number() != null ? c.number() : c.title();
        Citation had = byKey.get(key);
        if (had == null && c.number() != null && c.title() != null) had = byKey.remove(c.title());
        if (had == null) {
            byKey.put(key, c);
        } else if (had.relation() == Relation.CITES && c.relation() != Relation.CITES || had.number() == null && c.number() != null
                || !byKey.containsKey(key)) {
            // the same document again: keep the first mention, with the number either gives and the first relation
            // that says more than cites (a title met first alone must not lose the number a later mention gives it)
            Relation r = had.relation() == Relation.CITES ? c.relation() : had.relation();
            byKey.put(key, new Citation(had.title() != null ? had.title() : c.title(), had.number() != null ? had.number() : c.number(),
                    r, had.start(), had.end()));
        }
    }

    /** The verb of a reply right before the request it answers (批复《…》, 复函《…》, 同意《…》 aside). */
    private static final java.util.regex.Pattern ANSWERED = java.util.regex.Pattern.compile("(?:批复|答复|函复)了?\\s*$");

    static Relation relation(String text, int start, int end) {
        int clauseEnd = end;
        while (clauseEnd < text.length() && SENTENCE_END.indexOf(text.charAt(clauseEnd)) < 0 && clauseEnd - end < 60) clauseEnd++;
        String after = text.substring(end, clauseEnd);
        // the cue nearest after the citation, within its sentence, but not past another citation
        int nextCite = firstOf(after, "《");
        String near = nextCite >= 0 ? after.substring(0, nextCite) : after;
        for (String[] cue : AFTER) {
            int at = near.indexOf(cue[0]);
            if (at < 0) continue;
            // 现将 names what the sentence issues (为贯彻落实《…》，现将实施分工方案印发给你们): a title before it is not that
            if (cue[1].equals("ISSUES") && near.lastIndexOf("现将", at) >= 0) continue;
            return Relation.valueOf(cue[1]);
        }
        // 《…的请示》（…）悉: the letter form of 收悉, right after what it acknowledges
        if (near.startsWith("悉") || near.startsWith("已悉")) return Relation.REPLIES;
        // 《A》（…）和《B》（…）收悉: titles joined by a conjunction share the cue after the last of them
        if (nextCite >= 0 && CONJUNCTION.matcher(near).matches()) {
            int nextStart = end + nextCite;
            int nextEnd = citationEnd(text, nextStart);
            if (nextEnd > nextStart) return relation(text, nextStart, nextEnd);
        }
        int sentenceStart = start;
        while (sentenceStart > 0 && SENTENCE_END.indexOf(text.charAt(sentenceStart - 1)) < 0 && start - sentenceStart < 200) sentenceStart--;
        // a cited title's own words (《国务院办公厅关于印发…的通知》) are not the sentence's cue
        String before = text.substring(sentenceStart, start);
        if (before.indexOf('《') >= 0) before = maskTitles(before);
        // a number in brackets after a title written without book marks (贯彻落实…办公厅关于印发…的通知(黑政办发…号)): the
        // title's own words (印发) are not the sentence's cue
        if (before.indexOf("关于") >= 0) before = maskUnmarkedTitles(before);
        // a request answered right after the verb (国务院日前批复《…的请示》): what a reply replies to
        if (start > 0 && text.charAt(start) == '《' && ANSWERED.matcher(before).find()) {
            int close = text.indexOf('》', start);
            if (close > 0 && text.startsWith("请示", close - 2)) return Relation.REPLIES;
        }
        int best = -1;
        Relation found = Relation.CITES;
        for (String[] cue : BEFORE) {
            int at = before.lastIndexOf(cue[0]);
            // 印发的《…》 says who issued the cited document (农业农村部等12部委印发的《…》), not that this one issues it
            // and 转发给你们 has issued what stood before it (现将通报转发给你们，请结合《…》): a title after it is not what it issues
            while (at >= 0 && ISSUING.contains(cue[0]) && (before.startsWith(cue[0] + "的", at) || before.startsWith(cue[0] + "给", at)
                    || before.startsWith(cue[0] + "你们", at))) at = before.lastIndexOf(cue[0], at - 1);
            // 你们 names the asker only right before what it sent (你们《关于…的请示》); 转发给你们，请结合《…》 replies to nothing
            if (at >= 0 && cue[0].equals("你们") && before.length() - (at + 2) > 2) at = -1;
            if (at > best) {
                best = at;
                found = Relation.valueOf(cue[1]);
            }
        }
        if (best < 0 && LIST_ITEM.matcher(text.substring(sentenceStart, start)).find()) return listsRelation(text, sentenceStart);
        return found;
    }

    /** A list's item marker at a line's start: 一、 1、 （一） (1). */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、．]|[（(][一二三四五六七八九十\\d]{1,3}[)）])");
    /** How far back a list's items are followed to the line that introduces them. */
    private static final int LIST_LOOKBACK = 2_000;

    /**
     * The relation a list's item takes from the line that introduces the list (省政府决定废止以下规章：/ 一、山东省信访规定
     * (省政府令第114号)。/ 二、…): the cue of that line, which ends in a colon, the items between aside.
     */
    private static Relation listsRelation(String text, int lineStart) {
        int end = lineStart - 1;
        while (end > 0 && lineStart - end < LIST_LOOKBACK) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !LIST_ITEM.matcher(line).find()) {
                if (!line.endsWith("：") && !line.endsWith(":")) return Relation.CITES;
                // (its last sentence: 依照《…》… 。 经过清理，省政府决定废止以下规章：)
                String intro = maskTitles(line);
                int sentence = Math.max(intro.lastIndexOf('。'), Math.max(intro.lastIndexOf('；'), intro.lastIndexOf(';')));
                intro = intro.substring(sentence + 1);
                int best = -1;
                Relation found = Relation.CITES;
                for (String[] cue : BEFORE) {
                    int at = intro.lastIndexOf(cue[0]);
                    if (at > best) {
                        best = at;
                        found = Relation.valueOf(cue[1]);
                    }
                }
                return found;
            }
            if (start == 0) break;
            end = start - 1;
        }
        return Relation.CITES;
    }

    private static final java.util.Set<String> ISSUING = java.util.Set.of("印发", "转发", "批转");

    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile("\\s*(?:和|及|与|以及|、|，|,)\\s*");

    /** The end of the citation whose 《 is at {@code open}: after its 》 and the bracketed number there, or -1. */
    private static int citationEnd(String text, int open) {
        int close = text.indexOf('》', open + 1);
        if (close < 0 || close - open > 122) return -1;
        int after = skipSpaces(text, close + 1);
        if (after < text.length() && "（(".indexOf(text.charAt(after)) >= 0) {
            int shut = text.indexOf(text.charAt(after) == '（' ? '）' : ')', after);
            if (shut > 0 && shut - after <= 40) return shut + 1;
        }
        return close + 1;
    }

    /** A title written without book marks right before the bracket of its number (…关于印发…的通知(黑政办发…号)). */
    private static final java.util.regex.Pattern UNMARKED_TITLE = java.util.regex.Pattern.compile(
            "关于[^，,。；;()（）《》]{2,80}?的(?:通知|意见|决定|批复|通报|函|办法|方案|规定|规划|细则)(?=\\s*[(（\\[【]|\\s*$)");

    /** The text with the words of titles written without book marks blanked (their 印发 is no cue of the sentence). */
    static String maskUnmarkedTitles(String s) {
        java.util.regex.Matcher m = UNMARKED_TITLE.matcher(s);
        StringBuilder b = null;
        while (m.find()) {
            if (b == null) b = new StringBuilder(s);
            for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, '□');
        }
        return b == null ? s : b.toString();
    }

    /** The text with what stands between 《 and 》 blanked, lengths kept. */
    static String maskTitles(String s) {
        StringBuilder b = new StringBuilder(s);
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '《') depth++;
            else if (c == '》') depth = Math.max(0, depth - 1);
            else if (depth > 0) b.setCharAt(i, '□');
        }
        return b.toString();
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
