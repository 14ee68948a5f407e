package org.policyminer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.policyminer.doc.PageFacts;

/**
 * Reads a page's {@link PageFacts}: the labelled values of a policy-library metadata table or list (gov.cn's table.bd1,
 * provincial 政府信息公开 lists, law databases' "文号 :" lines), a document number in a meta tag, and links to files.
 *
 * <p>Labels are read from the page's lines, not from one site's markup: a label (spaced or not, in either script)
 * followed by a colon, its value up to the next label or the line's end, or the next line when the label stands alone
 * (lists that put the value under the label). Only the head and the tail of a page are read: the tables sit above or
 * below the text, and a long page costs no more.
 */
final class FactsCollector {
    private FactsCollector() {}

    /** The labels read, each by its simplified name; variants (traditional, synonyms) map to one name. */
    private static final String[][] LABELS = {
            {"索引号", "索引号"}, {"主题分类", "主题分类"}, {"主题词", "主题词"}, {"发文机关", "发文机关"}, {"发文机构", "发文机关"},
            {"发布机构", "发文机关"}, {"发文单位", "发文机关"}, {"发布单位", "发文机关"}, {"成文日期", "成文日期"}, {"发文日期", "成文日期"}, {"标题", "标题"},
            {"发文字号", "发文字号"}, {"文号", "发文字号"}, {"发布日期", "发布日期"}, {"公开日期", "发布日期"}, {"发布时间", "发布时间"},
            {"有效性", "有效性"}, {"时效性", "有效性"}, {"效力状态", "有效性"}, {"生效日期", "生效日期"}, {"施行日期", "生效日期"},
            {"废止日期", "废止日期"}, {"体裁", "体裁"}, {"公文种类", "体裁"},
            // a 政府信息公开 catalogue's own words for the library's fields (信息分类, 文件分类 for the topic; 生成日期, the
            // document's date, "对于公文类信息，产生日期即签发日期"; 文件编号 for the number)
            {"信息分类", "主题分类"}, {"文件分类", "主题分类"}, {"生成日期", "成文日期"}, {"文件编号", "发文字号"}};
    /** Simplified and traditional forms of the labels' characters, in pairs (gov.cn's big5 mirror writes 發佈日期). */
    private static final String TRADITIONAL_PAIRS = "号號发發机機关關构構标標题題类類时時效效开開单單词詞种種布佈编編";
    private static final Pattern LABEL;
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        StringBuilder alt = new StringBuilder();
        for (String[] l : LABELS) {
            NAMES.put(l[0], l[1]);
            if (alt.length() > 0) alt.append('|');
            StringBuilder one = new StringBuilder();
            for (int i = 0; i < l[0].length(); i++) {
                if (i > 0) one.append("[\\s\\u00a0\\u3000]*");
                one.append(variants(l[0].charAt(i)));
            }
            alt.append(one);
        }
        LABEL = Pattern.compile("(?<![\\p{IsHan}])(" + alt + ")[\\s\\u00a0\\u3000]*$");
    }

    /**
     * The characters a label can end with (号, 號, 期, 性 …), with their variants: a colon whose text before it (past
     * the spaces {@link #LABEL} allows there) ends otherwise follows no label, and the regex is not tried there (the
     * synthetic bench pages' colons made this a twentieth of extraction).
     */
    private static final java.util.BitSet LABEL_ENDS = new java.util.BitSet();

    static {
        for (String[] l : LABELS) {
            char last = l[0].charAt(l[0].length() - 1);
            LABEL_ENDS.set(last);
            for (char v : variants(last).toCharArray()) if (v != '[' && v != ']') LABEL_ENDS.set(v);
        }
    }

    /** A space {@link #LABEL} allows between a label and its colon ({@code [\s\u00a0\u3000]}). */
    private static boolean isLabelSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u3000';
    }

    /** Whether a label can end right before the colon at {@code colon}: exact for {@link #LABEL}'s match. */
    private static boolean mayEndLabel(String text, int colon) {
        int from = Math.max(0, colon - LABEL_WINDOW);
        int j = colon - 1;
        while (j >= from && isLabelSpace(text.charAt(j))) j--;
        return j >= from && LABEL_ENDS.get(text.charAt(j));
    }

    private static String variants(char c) {
        int i = TRADITIONAL_PAIRS.indexOf(c);
        return i >= 0 && i % 2 == 0 ? "[" + c + TRADITIONAL_PAIRS.charAt(i + 1) + "]" : String.valueOf(c);
    }

    private static final int HEAD = 20_000, TAIL = 4_000;
    /** A document number as the whole of a meta tag's content (MIIT writes it into Description). */
    private static final Pattern META_NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z]{1,16}\\s*[〔\\[【(（［]\\s*(?:19|20)\\d{2}\\s*[〕\\]】)）］]\\s*\\d{1,5}\\s*[号號]");
    static final Pattern FILE = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|et|wps|ofd|zip|rar|7z|pptx?|txt|csv)$");

    static PageFacts collect(String flat, Metas metas, List<Element> anchors) {
        Map<String, String> labelled = new LinkedHashMap<>();
        scan(flat.length() <= HEAD + TAIL ? flat : flat.substring(0, HEAD), labelled);
        if (flat.length() > HEAD + TAIL) scan(flat.substring(flat.length() - TAIL), labelled);
        for (String meta : new String[] {"description", "keywords", "filenumber", "wh"}) {
            String v = metas.get(meta).strip();
            if (!v.isEmpty() && v.length() <= 40 && META_NUMBER.matcher(v).matches()) labelled.putIfAbsent("发文字号", v);
        }
        return new PageFacts(labelled, links(anchors));
    }

    /** The longest a label runs back from its colon: 主题分类 spaced out with two spaces between characters. */
    private static final int LABEL_WINDOW = 16;

    /**
     * Labels end in a colon: only the text just before each colon is matched (the alternation of labels tried at every
     * character of the page's head cost a tenth of the extraction).
     */
    private static void scan(String text, Map<String, String> out) {
        List<int[]> hits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // one matcher, its region moved from colon to colon (region() resets it and keeps the transparent bounds)
        Matcher m = LABEL.matcher(text).useTransparentBounds(true);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '：' && c != ':') || !mayEndLabel(text, i)) continue;
            m.region(Math.max(0, i - LABEL_WINDOW), i);
            if (!m.find()) continue;
            hits.add(new int[] {m.start(), i + 1});
            names.add(NAMES.get(labelName(m.group(1))));
        }
        for (int i = 0; i < hits.size(); i++) {
            int from = hits.get(i)[1];
            int lineEnd = text.indexOf('\n', from);
            if (lineEnd < 0) lineEnd = text.length();
            int to = i + 1 < hits.size() ? Math.min(hits.get(i + 1)[0], lineEnd) : lineEnd;
            String value = text.substring(from, to).strip();
            if (value.isEmpty() && to == lineEnd && lineEnd < text.length()) {
                // a list that puts the value on the line under its label
                int next = text.indexOf('\n', lineEnd + 1);
                if (next < 0) next = text.length();
                int nextLabel = i + 1 < hits.size() ? hits.get(i + 1)[0] : Integer.MAX_VALUE;
                if (nextLabel >= next) value = text.substring(lineEnd + 1, next).strip();
            }
            String name = names.get(i);
            if (name != null && !value.isEmpty() && value.length() <= 200) out.putIfAbsent(name, value);
        }
    }

    /** The label as written, without its spaces and in simplified characters: its key in {@link #NAMES}. */
    private static String labelName(String written) {
        StringBuilder b = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isLabelSpace(c)) b.append(simplifiedLabelChar(c));
        }
        return b.toString();
    }

    private static char simplifiedLabelChar(char c) {
        int i = TRADITIONAL_PAIRS.indexOf(c);
        return i > 0 && i % 2 == 1 ? TRADITIONAL_PAIRS.charAt(i - 1) : c;
    }

    private static List<PageFacts.Link> links(List<Element> anchors) {
        List<PageFacts.Link> out = new ArrayList<>();
        for (Element a : anchors) {
            String href = a.attr("href").strip();
            int cut = href.indexOf('?');
            String path = (cut >= 0 ? href.substring(0, cut) : href).toLowerCase(Locale.ROOT);
            if (!mayNameFile(path) || !FILE.matcher(path).find()) continue;
            String url = a.absUrl("href");
            if (url.isEmpty()) url = href;
            out.add(new PageFacts.Link(a.text().strip(), url, labelBefore(a)));
            if (out.size() >= 100) break;
        }
        return out;
    }

    /**
     * Whether {@link #FILE} can match: its extension follows the path's last dot and ends the path (or a line
     * terminator after it, where {@code $} also matches); no extension is longer than four letters. Most links are
     * pages: their path ends in .html, a slash or a long name.
     */
    static boolean mayNameFile(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.length() - dot - 1 > 6) return false;
        // and its last letter ends one of the extensions (the path is in lower case, and (?i) folds ASCII only) or a line
        // terminator follows: .html, .htm, .shtml, the pages' own endings, are not tried (the regex was a third of this
        // class's cost on the bench's pages)
        char last = path.charAt(path.length() - 1);
        return FILE_ENDS.indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /** The last letters of {@link #FILE}'s extensions (pdf, doc, docx, xls, et, wps, ofd, zip, rar, 7z, ppt, txt, csv …). */
    private static final String FILE_ENDS = fileEnds();

    private static String fileEnds() {
        String alternatives = FILE.pattern().substring(FILE.pattern().indexOf('(', 4) + 1, FILE.pattern().lastIndexOf(')'));
        StringBuilder ends = new StringBuilder();
        for (String ext : alternatives.split("\\|")) {
            // "docx?": the x, or the c before the optional x
            if (ext.endsWith("?")) {
                ends.append(ext.charAt(ext.length() - 2)).append(ext.charAt(ext.length() - 3));
            } else {
                ends.append(ext.charAt(ext.length() - 1));
            }
        }
        return ends.toString();
    }

    /** The 附件 label of a link: in its own text, or the text just before it or its list. */
    private static String labelBefore(Element a) {
        for (Element e = a; e != null && e.parent() != null; e = e.parent()) {
            Element prev = e.previousElementSibling();
            if (prev != null) {
                String t = prev.text().strip();
                if (t.length() <= 12 && (t.startsWith("附件") || t.startsWith("附件"))) return t.replaceAll("[:：\\s]+$", "");
                return "";
            }
        }
        return "";
    }
}
