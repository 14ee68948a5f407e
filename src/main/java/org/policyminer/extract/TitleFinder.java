package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.doc.Removal;
import org.policyminer.doc.Removal.Reason;

/**
 * The article title: meta ArticleTitle, og:title, the heading that best matches {@code <title>}, then
 * {@code <title>} without its site/channel suffix ({@code _科技_腾讯网}, {@code  - 新华网}). A spam candidate never
 * wins; when every candidate is spam the first heading, then the first short line of the body stands in.
 */
final class TitleFinder {
    private static final Pattern SUFFIX_SPLIT = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-–—]+\\s+|\\s*--+\\s*|(?<=[^\\d\\s-])-(?=[^\\d\\s-])");
    private static final int MAX_HEADINGS = 40;

    private final SpamDetector spam;

    TitleFinder(SpamDetector spam) {
        this.spam = spam;
    }

    /** The title, or "" when nothing fits; spam titles it skipped are added to {@code removed}. */
    String find(Document doc, String pageTitle, Metas metas, Topic topic, List<Removal> removed) {
        return find(headings(doc), pageTitle, metas, topic, removed);
    }

    String find(List<String> headings, String pageTitle, Metas metas, Topic topic, List<Removal> removed) {
        String pt = Chars.squash(pageTitle == null ? "" : pageTitle);
        boolean pageTitleSpam = spam.isSpamTitle(pt, topic);
        if (pageTitleSpam) removed.add(Removal.of(Reason.SPAM_TITLE, pt));
        for (String name : List.of("articletitle", "og:title", "twitter:title", "dc.title", "headline")) {
            String m = Chars.squash(metas.get(name));
            if (m.length() >= 2 && !spam.isSpamTitle(m, topic)) {
                if (!pageTitleSpam || !m.equals(pt)) return m;
            }
        }
        String stripped = pageTitleSpam ? "" : stripSuffix(pt);
        if (!pt.isEmpty() && !pageTitleSpam) {
            String bestHeading = null;
            double bestOverlap = 0;
            for (String h : headings) {
                if (h.length() < 4 || h.length() > 120) continue;
                double overlap = longestCommonSubstring(h, pt) / (double) h.length();
                if (overlap > bestOverlap + 1e-9) {
                    bestOverlap = overlap;
                    bestHeading = h;
                }
            }
            if (bestHeading != null && bestOverlap >= 0.6 && !spam.isSpamTitle(bestHeading, topic)) return bestHeading;
            if (stripped.length() >= 2) return stripped;
        }
        for (String h : headings) {
            if (h.length() < 4 || h.length() > 80 || letters(h) < 4 || DateFinder.DATE.matcher(h).find()) continue;
            if (spam.isSpamTitle(h, topic)) continue;
            if (topic.isEmpty() || Topic.bigrams(h) == 0 || topic.sharedFraction(h, false) >= 0.3) return h;
        }
        return "";
    }

    /** h1–h3 and elements whose id/class names a title, in document order, found in one pass. */
    static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        List<String> labelled = new ArrayList<>();
        // the elements in document order, as body().stream() gives them, without the stream's adapters
        for (java.util.Iterator<Element> it = new org.jsoup.nodes.NodeIterator<>(doc.body(), Element.class); it.hasNext(); ) {
            Element e = it.next();
            if (out.size() >= MAX_HEADINGS) break;
            String n = e.normalName();
            if ((n.equals("td") || n.equals("th")) && labelled.size() < 3 && e.childNodeSize() <= 3 && mayBeTitleLabel(e)
                    && !textLongerThan(e, 12) && isTitleLabel(e.text())) {
                // gov.cn metadata table: 标题 | the document's title
                Element value = e.nextElementSibling();
                if (value != null) {
                    String t = Chars.squash(value.text());
                    if (t.length() >= 4 && t.length() <= 200) labelled.add(t);
                }
                continue;
            }
            boolean heading = n.equals("h1") || n.equals("h2") || n.equals("h3");
            if (!heading) {
                if (e.attributesSize() == 0) continue; // no id, no class
                String id = e.id();
                String cls = e.className();
                if (id.isEmpty() && cls.isEmpty()) continue;
                if (!namesTitle(id, cls)) continue;
            }
            String t = withoutAdvertLines(e);
            if (!t.isEmpty() && t.length() <= 200) out.add(t);
        }
        labelled.addAll(out);
        return labelled;
    }

    /**
     * Whether the id and class name a title (title, not subtitle or sub-title), in any case. None of the three words holds
     * a space, so each is in "id class" when it is in either; ASCII names (all but a few) are searched in place, without
     * joining and lower-casing them for every element of the page.
     */
    static boolean namesTitle(String id, String cls) {
        if (!isAscii(id) || !isAscii(cls)) {
            String names = (id + " " + cls).toLowerCase(Locale.ROOT);
            return names.contains("title") && !names.contains("subtitle") && !names.contains("sub-title");
        }
        return (holdsIgnoringCase(id, "title") || holdsIgnoringCase(cls, "title"))
                && !holdsIgnoringCase(id, "subtitle") && !holdsIgnoringCase(cls, "subtitle")
                && !holdsIgnoringCase(id, "sub-title") && !holdsIgnoringCase(cls, "sub-title");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** {@code word} (lower-case ASCII) in ASCII {@code s}, either case. */
    private static boolean holdsIgnoringCase(String s, String word) {
        for (int i = 0; i + word.length() <= s.length(); i++) if (s.regionMatches(true, i, word, 0, word.length())) return true;
        return false;
    }

    /** What may break a heading into lines; like Element.select, the element itself counts. */
    private static final org.jsoup.select.Evaluator LINE_BREAKING = org.jsoup.select.QueryParser.parse("br, p, div, h1, h2, h3, h4, span");

    /**
     * The element's text without lines that ask the reader to act ({@link AdvertShape#asksToAct}): a title never
     * does, and an advert pasted as a {@code <br>} line under a subtitle would otherwise join the title. A heading of
     * one line is kept whole (a notice titled "…，欢迎报名" is still its title).
     */
    private static String withoutAdvertLines(Element e) {
        // (a query parsed once, and the first match is enough: select() parsed it and listed every match each heading)
        String whole = Chars.squash(e.text());
        // lines break only at block elements below the heading (its own head and tail break around all of it): with
        // none, the heading is one line and kept whole, so the advert checks are not asked (exact, most headings)
        if (e.selectFirst(LINE_BREAKING) == null || !hasBlockBelow(e) || !isAdvertLine(lastClauses(whole))) return whole;
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node n, int depth) {
                if (n instanceof org.jsoup.nodes.TextNode t) cur.append(t.text());
                else if (n instanceof Element el && Blocks.isBlock(el.normalName())) breakLine();
            }

            @Override
            public void tail(org.jsoup.nodes.Node n, int depth) {
                if (n instanceof Element el && Blocks.isBlock(el.normalName())) breakLine();
            }

            private void breakLine() {
                String l = Chars.squash(cur.toString());
                if (!l.isEmpty()) lines.add(l);
                cur.setLength(0);
            }
        }, e);
        String last = Chars.squash(cur.toString());
        if (!last.isEmpty()) lines.add(last);
        if (lines.size() < 2) return whole;
        List<String> kept = new ArrayList<>();
        for (String l : lines) if (!isAdvertLine(l)) kept.add(l);
        return kept.isEmpty() ? whole : Chars.squash(String.join(" ", kept));
    }

    /** Whether an element below {@code e} (not {@code e} itself) is a block: only there can its text break into lines. */
    private static boolean hasBlockBelow(Element e) {
        for (Element child : e.children()) if (Blocks.isBlock(child.normalName()) || hasBlockBelow(child)) return true;
        return false;
    }

    /**
     * A heading's line that asks the reader to act or gives a private channel's handle ({@link SpamDetector#holdsHandle}):
     * a title does neither ("代写论文 包过查重 ＱＱ：３１２４５６７" pasted under a subtitle joined the title).
     */
    private static boolean isAdvertLine(String line) {
        return AdvertShape.asksToAct(line) || SpamDetector.holdsHandle(line);
    }

    /** The tail of a heading text where a pasted line would be: cheap to test before splitting the element. */
    private static String lastClauses(String text) {
        return text.length() <= AdvertShape.MAX_CHARS ? text : text.substring(text.length() - AdvertShape.MAX_CHARS);
    }

    /** More than {@code max} visible characters below {@code e}: then its text() is longer too, and need not be built. */
    private static boolean textLongerThan(Element e, int max) {
        return countText(e, max, 0) > max;
    }

    private static int countText(org.jsoup.nodes.Node n, int max, int seen) {
        for (org.jsoup.nodes.Node c : n.childNodes()) {
            if (c instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length() && seen <= max; i++) if (!Chars.isSpace(s.charAt(i))) seen++;
            } else if (c instanceof Element) {
                seen = countText(c, max, seen);
            }
            if (seen > max) return seen;
        }
        return seen;
    }

    /** Every character the {@link #TITLE_LABELS} are written with (both scripts). */
    private static final String LABEL_CHARS = "标题標題文件名称稱";
    static final java.util.List<String> TITLE_LABELS = java.util.List.of("标题", "標題", "文件名称", "文件名稱", "名称", "名稱");

    /**
     * False when a character of the cell's text can be neither space, colon nor a label's: then {@link #isTitleLabel}
     * of its text is false too (text() holds the text nodes' characters, with white space made a space), and the
     * cell's text need not be counted or built. Most cells of a page's tables fail at their first character.
     */
    static boolean mayBeTitleLabel(Element cell) {
        return labelCharsOnly(cell);
    }

    private static boolean labelCharsOnly(org.jsoup.nodes.Node n) {
        for (org.jsoup.nodes.Node c : n.childNodes()) {
            if (c instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (ch > ' ' && !Chars.isSpace(ch) && ch != ':' && ch != '：' && LABEL_CHARS.indexOf(ch) < 0) return false;
                }
            } else if (c instanceof Element && !labelCharsOnly(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isTitleLabel(String text) {
        if (text.length() > 12) return false;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && c != ':' && c != '：') b.append(c);
        }
        String t = b.toString();
        return TITLE_LABELS.contains(t);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /** {@code <title>} without its site/channel parts: the longest part, the first one when it is close. */
    static String stripSuffix(String title) {
        String[] parts = SUFFIX_SPLIT.split(title);
        if (parts.length <= 1) return title.strip();
        String first = parts[0].strip();
        String longest = first;
        for (String p : parts) if (p.strip().length() > longest.length()) longest = p.strip();
        return first.length() >= 0.6 * longest.length() && first.length() >= 4 ? first : longest;
    }

    static int longestCommonSubstring(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) best = cur[j];
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }
}
