package org.policyminer.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document a 印发/转发 notice encloses: its title as the covering title writes it (the gold's convention: without book
 * marks or quotes, brackets such as （试行） or a year span kept as written), else, when the title names none (a news
 * headline over the notice, a title without 印发), as the covering sentence names it (现将《…》印发给你们, 《…》已经…同意，
 * 现印发给你们), else as the attachment's heading under a covering sentence that names no title (现将实施方案印发给你们).
 */
final class EnclosedDocument {
    private EnclosedDocument() {}

    /** A quoted title at the start of the covering title's words and what follows it. */
    private static final Pattern FIRST_QUOTED = Pattern.compile("^([《〈“「『\"<＜])([^》〉”」』\">＞]+)([》〉”」』\">＞])(.*)$");
    /** A bracket a page writes after the book marks: part of the enclosed title (《…规划》（2021—2025年）). */
    private static final Pattern BRACKET = Pattern.compile("^[（(][^（()）]*[)）]$");
    /** A second book-marked title after the first (《A》《B》, 《A》和《B》, 《A》等5个文件): the first is the enclosed document. */
    private static final Pattern ANOTHER = Pattern.compile("^(?:[和及与、，,]?[《〈]|等)");

    /**
     * The enclosed title in the words a covering title gives between its verb and 的通知: book marks and quotes around
     * the whole are marks, not words; of several book-marked titles the first is the enclosed document.
     */
    static String fromTitleWords(String words, boolean forwarded) {
        String w = words.strip();
        Matcher q = FIRST_QUOTED.matcher(w);
        if (!q.matches()) return forwarded ? withoutForwardedBodies(w) : w;
        String open = q.group(1);
        String rest = q.group(4).strip();
        if (rest.isEmpty()) return q.group(2).strip();
        if (BRACKET.matcher(rest).matches()) return q.group(2).strip() + rest;
        // a quote opens a word of the title as often as the title (“十四五”文物保护规划): only book marks list documents
        if ((open.equals("《") || open.equals("〈") || open.equals("<") || open.equals("＜")) && ANOTHER.matcher(rest).find()) return q.group(2).strip();
        return w;
    }

    /** A body's name as a forwarding title runs it before the document's (市发展改革委, 市综合行政执法局). */
    private static final Pattern FORWARDED_BODY = Pattern.compile("^[\\p{IsHan}]{1,12}?(?:委员会|委|局|厅|办公室|办|部)[、\\s]*");

    /**
     * A forwarded document named by its bodies and its name run together, without 关于 (转发市发展改革委市综合行政执法局
     * 贵阳市生活垃圾分类制度实施方案的通知): the enclosed title is the name after the bodies, as the covering sentence
     * book-marks it. A title with its head (财政部 发展改革委 人民银行关于…指导意见) is a title whole.
     */
    private static String withoutForwardedBodies(String w) {
        // a title with its head names its bodies before 关于; they are the forwarded title's own words
        if (w.contains("关于")) return w;
        String rest = w;
        Matcher b;
        while ((b = FORWARDED_BODY.matcher(rest)).find() && b.end() < rest.length()) rest = rest.substring(b.end());
        if (rest.equals(w) || rest.length() < 6 || rest.startsWith("关于") || TitleParts.typeOf(rest) == null) return w;
        return rest;
    }

    private static final Pattern INNER_MARKS = Pattern.compile("[《》〈〉<>＜＞]");

    /**
     * The enclosed title as the page names it (the lead's ruling of session 14): the heading the enclosure prints above its
     * own text where the page carries it; else the covering sentence's book-marked title; else the covering title's words.
     * A heading or a sentence replaces the title's words only where they name the same document (they differ by a 的, the
     * marks, the issuer's head before 关于, a bracket such as （试行）), so a short name (《方案》) never does; spacing is
     * layout, not words, so a heading that differs only in its spaces leaves the title as read.
     */
    static String asThePageNamesIt(String fromTitle, String fromSentence, List<String> paras) {
        // the sentence's title is read without its spaces (a line break inside it): the same words, spaced, are the title's
        String enclosed = fromTitle == null ? fromSentence
                : fromSentence != null && !sameIgnoringSpaces(fromTitle, fromSentence) && (sameDocument(fromTitle, fromSentence) || sameButForMarks(fromTitle, fromSentence)) ? fromSentence
                : fromTitle;
        if (enclosed == null) return null;
        String heading = headingAbove(paras, enclosed);
        return heading != null ? heading : enclosed;
    }

    /** Marks and spaces that are no words of a title, and the particle a writer adds or drops (若干政策 / 的若干政策). */
    private static final Pattern LOOSE = Pattern.compile("[\\s\u3000《》〈〉<>＜＞“”\"「」『』的]");

    /** The bodies a title's head names before 关于: their names and the spaces or 、 between them; never a date, a number or a note in brackets. */
    private static final Pattern HEAD_OF_BODIES = Pattern.compile("[\\p{IsHan}\\s\u3000、]*");

    /** A title's words without its marks, spaces, 的, its issuer's head (…关于) and, for {@code bare}, its brackets. */
    private static String key(String title, boolean bare) {
        String t = title;
        // a head of bodies before 关于 (省财政厅 省发展改革委关于…); a date or a number before it is no head
        int about = t.indexOf("关于");
        if (about >= 0 && about <= 60 && HEAD_OF_BODIES.matcher(t.substring(0, about)).matches()) t = t.substring(about + 2);
        t = LOOSE.matcher(t).replaceAll("").replace('（', '(').replace('）', ')');
        return bare ? BRACKETS.matcher(t).replaceAll("") : t;
    }

    /** Two titles of one document as different writers give it (see {@link #asThePageNamesIt}). */
    static boolean sameDocument(String a, String b) {
        if (a == null || b == null) return false;
        String ka = key(a, false), kb = key(b, false);
        if (ka.length() < 4 || kb.length() < 4) return false;
        return ka.equals(kb) || key(a, true).equals(key(b, true));
    }

    /** Lines after the covering verb read for the enclosure's own heading: signature, date, 此件公开发布, 附件 lines. */
    private static final int HEADING_SCAN = 14;
    /** Paragraphs searched for the covering verb that the heading comes after. */
    private static final int VERB_SCAN = 30;

    /**
     * The heading the enclosure prints above its own text, after the covering sentence: a short line (or two, a heading
     * broken before its bracket or inside a word) naming the same document. An 附件： line is a list entry, not a heading.
     */
    static String headingAbove(List<String> paras, String enclosed) {
        int n = Math.min(paras.size(), VERB_SCAN), from = -1;
        for (int i = 0; i < n && from < 0; i++) {
            String p = paras.get(i);
            if (p.indexOf("印发") >= 0 || p.indexOf("转发") >= 0 || p.indexOf("下达") >= 0 || p.indexOf("颁发") >= 0
                    || p.indexOf("批转") >= 0 || p.indexOf("下发") >= 0) from = i + 1;
        }
        if (from < 0) return null;
        int to = Math.min(paras.size(), from + HEADING_SCAN);
        for (int i = from; i < to; i++) {
            String line = paras.get(i).strip();
            if (line.length() < 4 || line.length() > MAX_HEADING || ATTACHMENT_LABEL.matcher(line).find()
                    || SENTENCE_MARKS.matcher(line).find()) continue;
            String next = i + 1 < paras.size() ? paras.get(i + 1).strip() : "";
            if (!next.isEmpty() && next.length() <= MAX_HEADING && !SENTENCE_MARKS.matcher(next).find()) {
                String joined = line + next;
                if (sameIgnoringSpaces(joined, enclosed)) return null;
                if (key(joined, false).equals(key(enclosed, false)) || BRACKETS.matcher(next).find() && sameDocument(joined, enclosed)) {
                    return unmarked(joined);
                }
            }
            if (sameIgnoringSpaces(line, enclosed)) return null;
            // a heading that drops a bracket the title writes has it on a line the page garbled or broke off: not the heading
            if (sameDocument(line, enclosed) && !dropsABracket(line, enclosed)) return unmarked(line);
        }
        return null;
    }

    private static boolean dropsABracket(String heading, String enclosed) {
        return !BRACKETS.matcher(heading).find() && BRACKETS.matcher(enclosed).find();
    }

    private static String unmarked(String heading) {
        return heading.replaceAll("^[《〈]|[》〉]$", "");
    }

    private static boolean sameIgnoringSpaces(String a, String b) {
        return a.replaceAll("[\\s\u3000]", "").equals(b.replaceAll("[\\s\u3000]", ""));
    }

    /**
     * The covering sentence's title is the one the text gives the enclosed document: where the title and the sentence
     * differ only in the marks around a title inside it (2022年《政府工作报告》… in the title, 2022年<政府工作报告>… in
     * 现将《…》印发) or in a bracket the title leaves out (（试行）, a year span), the sentence's is the enclosed title.
     */
    static boolean sameButForMarks(String fromTitle, String fromText) {
        if (fromText == null || fromText.equals(fromTitle)) return false;
        if (INNER_MARKS.matcher(fromText).replaceAll("").equals(INNER_MARKS.matcher(fromTitle).replaceAll(""))) return true;
        // the sentence gives the title whole where the covering title leaves out its bracket (关于印发某办法的通知 over
        // 现将《某办法（试行）》印发给你们): the same document, its full title
        return fromText.length() > fromTitle.length() && fromText.indexOf('（') + fromText.indexOf('(') > -2
                && BRACKETS.matcher(fromText).replaceAll("").equals(BRACKETS.matcher(fromTitle).replaceAll(""));
    }

    /** A bracket that is part of a title: 试行, 暂行, a revision, a draft, a year or a span of years; never a day's date. */
    private static final Pattern BRACKETS = Pattern.compile("[（(](?=[^（()）]*(?:试行|暂行|修订|修正|征求意见稿|草案|年|\\d{4}\\s*[-—–~至]\\s*\\d{4}))[^（()）日]{1,20}[)）]");

    /** Paragraphs read for the covering sentence: it comes right under the addressees. */
    private static final int COVERING_PARAGRAPHS = 10;
    /** Lines after the covering sentence read for the attachment's heading (signature, date, 附件 list, heading). */
    private static final int HEADING_LINES = 8;
    private static final int MAX_HEADING = 60;

    /**
     * The verb of a covering sentence: this document issues or forwards (印发给你们, 转发你们, 印发，请…, 印发。). 印发的 /
     * 印发了 name what a body issued (another document), not what this one encloses.
     */
    private static final Pattern COVERING_VERB = Pattern.compile("(?:印发|转发|下达|颁发|批转)(?=给|你|各|至|到|(?:实施|执行|施行)(?!以来)|[，,。；;]|$)");
    /** The sentence an enclosure is named in: this one's own words (现将, 现予, 已经…同意，现). */
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,120})》");
    /** An attachment's label before its name (附件：, 附件1：, 附件 1.). */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件\\s*\\d*\\s*[：:．.、]?\\s*");
    /** This notice's own act of issuing: 现将…印发, 现予印发, 特印发, 兹将…转发. */
    private static final Pattern OWN_ISSUE = Pattern.compile("现|特|兹");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，；：:,;！？]");

    /**
     * The enclosed title from the text, for a notice whose title names none: the book-marked title before the covering
     * sentence's verb (the last before it; of a run of several, the first), a title split over two lines joined; else,
     * when the sentence names none, the heading printed under the notice (or its attachment's label).
     */
    static String fromText(List<String> paras) {
        int n = Math.min(COVERING_PARAGRAPHS, paras.size());
        for (int i = 0; i < n; i++) {
            String p = paras.get(i);
            // cheap anchors first: the verbs, in a paragraph of its own or one whose book mark the next line closes
            boolean open = p.lastIndexOf('《') > p.lastIndexOf('》');
            if (open && i + 1 < paras.size()) p = p + paras.get(i + 1).strip();
            if (p.indexOf("印发") < 0 && p.indexOf("转发") < 0 && p.indexOf("下达") < 0 && p.indexOf("颁发") < 0 && p.indexOf("批转") < 0) continue;
            Matcher v = COVERING_VERB.matcher(p);
            while (v.find()) {
                String sentence = sentenceBefore(p, v.start());
                if (sentence.contains("印发的") || sentence.contains("转发的")) continue;
                String quoted = lastRunsFirstTitle(sentence);
                if (quoted != null) return quoted;
                // no title in the sentence: this notice's own 现将…印发 names its enclosure by its kind only
                if (OWN_ISSUE.matcher(sentence).find()) {
                    String heading = headingBelow(paras, open ? i + 2 : i + 1);
                    if (heading != null) return heading;
                }
            }
        }
        return null;
    }

    private static String sentenceBefore(String p, int end) {
        int from = Math.max(p.lastIndexOf('。', end - 1), p.lastIndexOf('；', end - 1)) + 1;
        return p.substring(from, end);
    }

    /** The last book-marked title of the sentence; when others run right before it (《A》《B》, 《A》和《B》), the first. */
    private static String lastRunsFirstTitle(String sentence) {
        Matcher m = BOOK_TITLE.matcher(sentence);
        String title = null;
        int lastEnd = -1;
        while (m.find()) {
            // a short name the sentence gives the title (以下简称《办法》) is no second title
            if (sentence.startsWith("简称", Math.max(0, m.start() - 2)) && m.start() >= 2) continue;
            String between = lastEnd < 0 ? null : sentence.substring(lastEnd, m.start());
            boolean sameRun = between != null && between.matches("[和及与、，,]?");
            if (!sameRun) title = m.group(1);
            lastEnd = m.end();
        }
        if (title == null) return null;
        // a number in brackets may follow the title (《…》（国办发〔2020〕1号）转发给你们); the title is what the marks hold
        String t = title.replaceAll("\\s+", "");
        // a title whose last word is no type (…责任落实分工) is taken where 现将 names it as what the sentence issues
        return t.length() >= 4 && (TitleParts.typeOf(t) != null || sentence.contains("现将《" + title + "》")) ? t : null;
    }

    /**
     * The heading under the covering sentence: the first short line with no sentence mark whose last word is a type
     * (某县农村供水保障实施方案), or an attachment's label and name (附件：某县殡葬管理实施细则).
     */
    private static String headingBelow(List<String> paras, int from) {
        int to = Math.min(paras.size(), from + HEADING_LINES);
        for (int i = from; i < to; i++) {
            String line = paras.get(i).strip();
            Matcher label = ATTACHMENT_LABEL.matcher(line);
            if (label.find()) line = line.substring(label.end()).strip();
            if (line.length() < 4 || line.length() > MAX_HEADING || SENTENCE_MARKS.matcher(line).find()) continue;
            String type = TitleParts.typeOf(line);
            // a notice or a letter under the notice is a second copy of its own title, not an enclosure
            if (type == null || type.equals("通知") || type.equals("函")) continue;
            return line.replaceAll("^[《〈]|[》〉]$", "");
        }
        return null;
    }
}
