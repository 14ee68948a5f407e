package org.policyminer.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article comes from: meta ContentSource (any case), then a 来源：/來源：/信息来源： line near the
 * title. What follows the outlet on the same line (作者, 记者, 编辑, 发布时间 …) is not part of it: a reporter's
 * credit often follows the outlet with no space between them once the page's spans are flattened.
 */
final class SourceFinder {
    static final Pattern LABEL = Pattern.compile(
            "(?:信息来源|信息來源|文章来源|文章來源|新闻来源|新聞來源|稿件来源|稿件來源|来源|來源|稿源|出处|出處)\\s*[:：]\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:：|｜,，;；]+$");
    private static final Pattern TRAILING = Pattern.compile(
            "\\s*(?:作者|记者|記者|通讯员|通訊員|撰稿|摄影|攝影|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|发布日期|發布日期|时间|時間|日期|点击|點擊|浏览|瀏覽|字号|字號|【|\\[|（|\\(|\\d{4}\\s*[-/年]).*$");

    private SourceFinder() {}

    static Optional<String> find(Metas metas, org.jsoup.nodes.Document doc, String flat, int from, int to) {
        String meta = clean(metas.get("contentsource"));
        if (!meta.isEmpty()) return Optional.of(meta);
        Matcher m = LABEL.matcher(flat).region(Math.max(0, from), Math.min(flat.length(), Math.max(from, to)));
        while (m.find()) {
            String rest = flat.substring(m.end(), Math.min(flat.length(), m.end() + 40));
            String s = clean(rest);
            if (!s.isEmpty()) return Optional.of(ownText(doc, s));
        }
        return Optional.empty();
    }

    /**
     * The flattened page joins neighbouring elements (来源：第一财经 | 第一财经记者 林小昭 becomes one run), so the
     * outlet read from it may run into the next element. The label's own element ends where the outlet ends: when
     * an element's own text holds the label followed by a prefix of what was read, that shorter reading wins.
     */
    private static String ownText(org.jsoup.nodes.Document doc, String read) {
        if (doc == null) return read;
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            if (!mayHoldLabel(e)) continue;
            String own = e.ownText();
            if (own.length() > 80) continue;
            Matcher m = LABEL.matcher(own);
            if (!m.find()) continue;
            String s = clean(own.substring(m.end()));
            if (!s.isEmpty() && read.startsWith(s)) return s;
        }
        return read;
    }

    /** A character every {@link #LABEL} holds one of (来源, 稿源 … end in 源; 出处, 出處). */
    static final String LABEL_MARKS = "源处處";

    /**
     * Whether the element's own text can hold a label: its own text nodes (what ownText() joins, with spaces for
     * {@code <br>}) hold 源, 处 or 處. Exact, and no string is built for the page's other elements.
     */
    static boolean mayHoldLabel(org.jsoup.nodes.Element e) {
        for (org.jsoup.nodes.Node c : e.childNodes()) {
            if (!(c instanceof org.jsoup.nodes.TextNode t)) continue;
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) if (LABEL_MARKS.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    static String clean(String s) {
        if (s == null) return "";
        String t = s.strip();
        int ws = indexOfSpace(t);
        if (ws >= 0) t = t.substring(0, ws);
        t = TRAILING.matcher(t).replaceFirst("");
        t = TRAILING_PUNCT.matcher(t).replaceFirst("");
        return t.length() > 30 ? "" : t;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Chars.isSpace(s.charAt(i))) return i;
        return -1;
    }
}
