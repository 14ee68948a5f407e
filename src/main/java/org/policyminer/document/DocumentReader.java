package org.policyminer.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.util.CnDates;

/**
 * Reads a {@link PolicyDocument} from a converted article: the page's metadata table first (what the library says),
 * then the text (the number line under the title, the signature block, the addressee line, the title's head and type).
 *
 * <pre>{@code
 * PolicyDocument d = new DocumentReader().read(simplifiedTitle, simplifiedParagraphs, article.facts());
 * }</pre>
 * Thread-safe.
 */
public final class DocumentReader {
    private final ScriptConverter converter;

    public DocumentReader() {
        this(new ScriptConverter());
    }

    public DocumentReader(ScriptConverter converter) {
        this.converter = converter;
    }

    /** Paragraphs read for the number line and the addressees: they come right under the title. */
    private static final int HEAD_PARAGRAPHS = 5;
    /** A signature line is a body's name: short, no sentence punctuation. */
    private static final int MAX_SIGNATURE_LINE = 40;

    /**
     * @param title      the simplified title
     * @param text       the simplified body (paragraphs joined by newlines); offsets are title.length() + 1 + index
     */
    public PolicyDocument read(String title, String text, PageFacts facts) {
        PageFacts f = facts == null ? PageFacts.NONE : facts;
        // a repost's pinyin glosses (直(zhi)辖(xia)市) would split numbers and names: read without them, map offsets back
        PinyinGlosses.Stripped plain = PinyinGlosses.strip(text);
        // a forum's anti-copy jammer around the head's lines (") O6 e/ U t7 y' [6 国函〔2010〕121号"): blanked, offsets kept
        text = ForumJammer.blanked(plain.text());
        // the glosses are in a glossed repost's title too (关(guān)于印发(fā)…): the title is read and given without them;
        // offsets stay the original's
        int bodyOffset = title.length() + 1;
        PinyinGlosses.Stripped plainTitle = PinyinGlosses.strip(title);
        title = plainTitle.text();
        String tableTitle = simplified(f.first("标题"));
        // the table's cell lost the spaces between names (财政部 工业和信息化部): the heading keeps them when it is the same title
        String docTitle = tableTitle != null && !sameIgnoringSpaces(tableTitle, title) ? tableTitle : title;
        TitleParts parts = TitleParts.of(docTitle);
        List<String> paras = List.of(text.split("\n", -1));
        // a news headline over the document (政策发布 | …出台…政策, 福建部署全面推行林长制) names no type a document has: the
        // document's own heading under it, else the lead that says who issued which document, reads in its place
        boolean newsStory = false;
        // and a headline that asks or exclaims (城镇老旧小区如何改造?湖南印发实施意见) names its type but no issuer: the
        // document's own heading under it reads in its place where there is one
        boolean headline = parts.type() == null || parts.type().equals("政策");
        if (headline || HEADLINE_MARK.matcher(docTitle).find()) {
            TitleParts own = ownHeading(paras, title);
            if (own == null && headline) {
                own = documentOfTheLead(paras);
                newsStory = own != null;
            }
            if (own != null) parts = own;
        }
        List<Integer> head = headParagraphs(paras, title);

        // number: the table or a meta tag, else the line under the title, else the title itself
        String number = DocumentNumbers.normalise(simplified(f.first("发文字号")));
        int numberStart = -1;
        int numberLine = -1;
        if (number == null) {
            // the rows a metadata list leaves in the text may hold the number (文号：…): they are read too
            int last = Math.max(head.isEmpty() ? -1 : head.get(head.size() - 1), Math.min(HEAD_PARAGRAPHS, paras.size()) - 1);
            for (int i = 0; i <= last; i++) {
                if (i >= HEAD_PARAGRAPHS && !head.contains(i)) continue;
                String p = paras.get(i);
                // a decree's heading names the order on one line and its number on the next (国务院令 / 第644号)
                if (i + 1 < paras.size() && p.strip().endsWith("令") && ORDER_SERIAL.matcher(paras.get(i + 1)).matches()) {
                    p = p + paras.get(i + 1);
                }
                int from = i;
                // and a repost whose text starts at the serial has the order's name only in the title (某某县人民政府令 / 第3号)
                if (i == 0 && ORDER_SERIAL.matcher(p).matches() && title != null && title.strip().endsWith("令")
                        && title.strip().length() <= 24) {
                    p = title.strip() + p.strip();
                    from = -1;
                }
                // an announcement's heading names the body's 公告 on one line and its year and serial on the next
                // (国家统计局公告 / 2025年第1号), as a decree's does: the two lines are its number
                if (ANNOUNCEMENT_SERIAL.matcher(p).matches()) {
                    String above = i > 0 ? paras.get(i - 1) : title;
                    if (above != null && above.strip().endsWith("公告") && above.strip().length() <= 20) {
                        p = above.strip() + p.strip();
                        from = i > 0 ? i - 1 : -1;
                    }
                }
                List<DocumentNumbers.Found> found = DocumentNumbers.find(p);
                if (!found.isEmpty() && (isNumberLine(p, found.get(0)) || followsTheTitle(p, found.get(0), title)
                        || precedesTheTitle(p, found.get(0), title) || opensTheAddresseeLine(p, found.get(0))
                        || (i == 0 && opensARunInText(p, found.get(0))))) {
                    number = found.get(0).number();
                    numberLine = i;
                    // a number joined from the title and the line under it starts in the title
                    numberStart = from < 0 ? 0 : bodyOffset + plain.start(offsetOf(paras, from) + found.get(0).start());
                    break;
                }
            }
        }
        if (number == null) {
            int[] at = labelledNumber(paras);
            if (at != null) {
                DocumentNumbers.Found found = DocumentNumbers.find(paras.get(at[0])).get(at[1]);
                number = found.number();
                numberStart = bodyOffset + plain.start(offsetOf(paras, at[0]) + found.start());
            }
        }
        if (number == null) {
            List<DocumentNumbers.Found> inTitle = DocumentNumbers.find(title);
            if (!inTitle.isEmpty()) {
                number = inTitle.get(0).number();
                numberStart = plainTitle.start(inTitle.get(0).start());
            }
        }
        if (number == null) {
            DocumentNumbers.Found led = numberInTheLead(paras, parts.type(), newsStory);
            if (led != null) {
                number = led.number();
                numberStart = bodyOffset + plain.start(led.start());
            }
        }
        if (number == null) {
            int[] at = numberInAFileName(paras, docTitle);
            if (at != null) {
                List<DocumentNumbers.Found> found = DocumentNumbers.find(paras.get(at[0]));
                number = found.get(at[1]).number();
                numberStart = bodyOffset + plain.start(offsetOf(paras, at[0]) + found.get(at[1]).start());
            }
        }
        if (number == null) {
            DocumentNumbers.Found own = numberAfterItsOwnTitle(text, docTitle);
            if (own != null) {
                number = own.number();
                numberStart = bodyOffset + plain.start(own.start());
            }
        }
        if (number == null) {
            int[] at = loneNumberLine(paras);
            if (at != null) {
                List<DocumentNumbers.Found> found = DocumentNumbers.find(paras.get(at[0]));
                number = found.get(0).number();
                numberStart = bodyOffset + plain.start(offsetOf(paras, at[0]) + found.get(0).start());
            }
        }

        // the lines of the article's block the body leaves out (a catalogue's rows taken for spam, the number line joined to
        // the title): read for the number last, never as part of the body, so no offset into the text is given
        // (converted only when read: most pages find both in the body)
        List<String> headLines = null;
        List<String> tailLines = null;
        if (number == null && (!f.headLines().isEmpty() || !f.tailLines().isEmpty())) {
            headLines = simplified(f.headLines());
            tailLines = simplified(f.tailLines());
            number = numberAtTheEdges(headLines, tailLines, docTitle);
        }

        Signature sig = Signature.find(Signature.withBrokenDatesJoined(paras));
        // a page run into one line keeps its signature inside it (…执行。辽宁省人民政府办公厅二00三年八月十二日…)
        if (sig == null) sig = Signature.runOn(paras);
        if (sig == null) sig = Signature.aboveAGarbledDate(paras);
        String tableIssuer = simplified(f.first("发文机关"));
        String source = simplified(f.first("来源"));
        // a repost or news headline shortens a government as people speak of it (河北省政府办公厅): the documents write 人民政府
        List<String> inText = completedBySignature(parts.issuers().stream().map(DocumentReader::expandedOffice)
                .map(DocumentReader::fullGovernmentHead).toList(), sig);
        List<String> issuers = textOverTable(tableBodies(tableIssuer), inText.isEmpty() && sig != null ? sig.issuers() : inText);
        if (isPlaceless(issuers)) {
            String level = issuers.get(0);
            issuers = completedByPlace(issuers, letterhead(paras, head), siteOf(tableIssuer, source, paras, head),
                    ProvincialCodes.issuerOf(number), CityCodes.issuerOf(number, level, docTitle + "\n" + text),
                    CityCodes.spelledOut(number, level, docTitle + "\n" + text), ProvincialCodes.namedAlone(text, level));
        }
        if (issuers.isEmpty() && sig != null) issuers = sig.issuers();
        if (issuers.size() == 1 && LEVEL_FIRST.matcher(issuers.get(0)).find()) issuers = completedByAPlacedName(issuers, paras);
        if (issuers.size() == 1 && countsOthers(docTitle)) issuers = listedInTheLead(issuers.get(0), paras, docTitle);
        if (issuers.isEmpty()) issuers = letterhead(paras, head);
        if (issuers.isEmpty()) issuers = namedInTheLead(paras, docTitle);
        if (issuers.isEmpty() && Signature.byThePremier(paras)) issuers = List.of("国务院");
        if (issuers.isEmpty()) issuers = StateCouncilCodes.issuerOf(number);
        if (issuers.isEmpty()) issuers = ProvincialCodes.issuerOf(number);
        if (issuers.isEmpty()) issuers = CityCodes.issuerOf(number, null, docTitle + "\n" + text);
        if (issuers.isEmpty()) issuers = CityCodes.ofNamedPlace(number, docTitle, text);
        if (issuers.isEmpty()) issuers = namedAsIssuers(paras, MinistryCodes.issuerOf(number));
        if (issuers.isEmpty()) issuers = MinistryCodes.issuerOf(number);
        if (issuers.isEmpty()) issuers = issuerOfOrder(number);
        // the addressee line stands under the number line, though a lead and a broken title filled the head before it
        // (a number the table gave may stand on that line too: only the head's last line is looked at)
        List<Integer> addresseeHead = head;
        int lastHead = head.isEmpty() ? -1 : head.get(head.size() - 1);
        if (numberLine < 0 && number != null && lastHead >= 0 && paras.get(lastHead).indexOf('号') >= 0) {
            for (DocumentNumbers.Found n : DocumentNumbers.find(paras.get(lastHead))) if (n.number().equals(number)) numberLine = lastHead;
        }
        if (numberLine >= 0 && lastHead == numberLine && numberLine + 1 < paras.size()) {
            addresseeHead = new ArrayList<>(head);
            addresseeHead.add(numberLine + 1);
        }
        List<String> addressees = addressees(paras, addresseeHead, title);
        if (issuers.isEmpty()) issuers = stateCouncilBySalutation(addressees, text);
        if (issuers.isEmpty()) issuers = stateCouncilByReply(addressees, text);
        if (issuers.isEmpty()) issuers = Signature.beforeAYearlessDate(paras);
        if (issuers.isEmpty()) issuers = postedBy(source);
        if (issuers.isEmpty()) issuers = Signature.aboveAMonth(paras);
        // last, a catalogue's row left in the text or at its edges (发文机关：…, 发布机构：…): what the crawled page's table says
        if (issuers.isEmpty()) issuers = tableBodies(labelledIssuer(paras));
        if (issuers.isEmpty() && !f.headLines().isEmpty()) issuers = tableBodies(labelledIssuer(simplified(f.headLines())));
        // and, where the page shows no head, signature or list, the body the text says studied and decided it (经市民宗局研究
        // 决定, 已经区管委会研究同意, 民政部进行了认真研究): the body that decides a document is the one that issues it
        if (issuers.isEmpty()) issuers = decidedBy(paras, docTitle);
        // a government's work report names its speaker under its heading (泾县人民政府县长  张某): the government reports
        if (issuers.isEmpty()) issuers = reportedBy(paras);
        // the State Council signs (and a ministry's list may name it) under the country's name: its documents' issuer is 国务院
        if (issuers.contains(FULL_STATE_COUNCIL)) issuers = issuers.stream().map(n -> n.equals(FULL_STATE_COUNCIL) ? "国务院" : n).toList();

        LocalDate written = CnDates.parse(simplified(f.first("成文日期")));
        // a catalogue's 成文日期 (发文日期, 生成日期) may be the day it posted the page (2021-07-08 over a notice signed
        // 2021年6月24日): the date the document signs with is its written date where the two differ
        LocalDate signed = sig != null && sig.date() != null ? sig.date() : written != null ? Signature.loneDate(paras) : null;
        if (written != null && signed != null && !signed.isAfter(written)) written = signed;
        if (written == null && sig != null) written = sig.date();
        if (written == null) written = headerDate(paras, number);
        // a news story's date above its lead is the paper's, not the document's: only a date under the text signs it
        if (written == null) written = Signature.loneDate(paras, !newsStory);
        if (written == null) written = Signature.runOnDate(paras, issuers);
        if (written == null && (!f.headLines().isEmpty() || !f.tailLines().isEmpty())) {
            written = labelledWrittenDate(headLines != null ? headLines : simplified(f.headLines()));
            if (written == null) written = labelledWrittenDate(tailLines != null ? tailLines : simplified(f.tailLines()));
        }
        // and a catalogue's 成文日期 row the text kept (发文机关：… 成文日期：2023年1月2日), as the crawled page's table gives it
        if (written == null) written = labelledWrittenDate(paras.subList(0, Math.min(LABEL_PARAGRAPHS, paras.size())));

        List<Citation> cites = CitationFinder.find(text, bodyOffset, number);
        if (plain.origin() != null) cites = cites.stream().map(c -> new Citation(c.title(), c.number(), c.relation(),
                bodyOffset + plain.start(c.start() - bodyOffset), bodyOffset + plain.end(c.end() - bodyOffset))).toList();
        // a title that names no type (a news headline over the document, 国务院决定于…开展…调查; a stray mark after the
        // type, …的公示2) leaves it to the formula the text writes (现将有关事项公告如下, 现予以公示, 特此通知)
        String type = parts.type() != null ? parts.type() : typeByItsFormula(text);
        // a title that names no enclosed document (a headline, 关于做好…的通知 over 现将《…》印发给你们) leaves it to the text
        // (the text is read for it only where the title names none, or one with a title inside it)
        // and where the title names one, the page's own words for it come first (session 14's ruling): the heading above the
        // enclosure's text, else the covering sentence's 《》 title, where they name the same document
        String covering = EnclosedDocument.fromText(paras);
        String enclosedTitle = EnclosedDocument.asThePageNamesIt(parts.enclosedTitle(), covering, paras);
        String enclosedType = parts.enclosedTitle() != null ? parts.enclosedType() : TitleParts.typeOf(enclosedTitle);
        // a covering sentence (现将《…》印发给你们) is a notice's: a page titled with the enclosed document's own name, or a
        // headline that names no type, is that notice
        if (parts.enclosedTitle() == null && enclosedTitle != null
                && (type == null || sameIgnoringSpaces(SITE_LABEL.matcher(TitleParts.unwrapped(docTitle)).replaceFirst(""), enclosedTitle))) type = "通知";
        return new PolicyDocument(number, numberStart, issuers, written == null ? null : written.toString(), type,
                docTitle.isBlank() ? null : docTitle, enclosedTitle, enclosedType, simplified(f.first("索引号")),
                simplified(f.first("主题分类")), validity(simplified(f.first("有效性"))), addressees, cites, attachments(f));
    }

    /**
     * The opening or closing formula each type writes in its text, read only when the title names no type. 此复 closes a
     * reply: a 批复 to a 请示, else a letter. (Held back in docs15 for want of a dev page; docs16's dev pages show it.)
     */
    private static final String[][] FORMULAS = {
            {"批复如下", "批复"}, {"特此批复", "批复"}, {"函复如下", "函"}, {"特此函复", "函"}, {"特此函告", "函"}, {"答复如下", "函"},
            {"通报如下", "通报"}, {"特此通报", "通报"}, {"通告如下", "通告"}, {"特此通告", "通告"}, {"公告如下", "公告"},
            {"特此公告", "公告"}, {"予以公示", "公示"}, {"现予公示", "公示"}, {"公示如下", "公示"}, {"特此公示", "公示"},
            {"决定如下", "决定"}, {"特此决定", "决定"}, {"通知如下", "通知"}, {"特此通知", "通知"}};

    static String typeByItsFormula(String text) {
        if (text == null) return null;
        for (String[] f : FORMULAS) if (text.contains(f[0])) return f[1];
        if (text.contains("此复")) return text.contains("请示") ? "批复" : "函";
        return null;
    }

    /** An announcement's year and serial alone on a line (2025年第1号, 2016年度第6号). */
    private static final java.util.regex.Pattern ANNOUNCEMENT_SERIAL = java.util.regex.Pattern.compile(
            "^\\s*(?:19|20)\\d{2}\\s*年\\s*(?:度\\s*)?第\\s*\\d{1,5}\\s*号\\s*$");

    private static final java.util.regex.Pattern ORDER_SERIAL = java.util.regex.Pattern.compile("^\\s*[（(]?\\s*第\\s*\\d{1,5}\\s*号\\s*[）)]?\\s*$");

    /** A site's label before a colon over the title (政策解读:, 政策文件：). */
    private static final java.util.regex.Pattern SITE_LABEL = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,6}[:：|｜]\\s*");

    private static boolean sameIgnoringSpaces(String a, String b) {
        return a.replaceAll("[\\s\\u3000]", "").equals(b.replaceAll("[\\s\\u3000]", ""));
    }

    /**
     * Text taken from a PDF or a law database runs the heading into one line: "国务院 关于印发《…》的通知 国发〔2023 〕24 号 :
     * 各省…". A number written right after the document's own title (spaces aside) is its number, not a citation.
     */
    static boolean followsTheTitle(String p, DocumentNumbers.Found n, String title) {
        if (title == null || n.start() < 6) return false;
        String t = SPACES.matcher(title).replaceAll("");
        if (t.length() < 6) return false;
        // the number may stand in brackets after the title: …的通知 (环监测〔2021〕99号)
        String before = OPENING.matcher(SPACES.matcher(p.substring(0, n.start())).replaceAll("")).replaceAll("");
        return before.endsWith(t);
    }

    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("[（(〔\\[【]+$");
    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[）)〕\\]】《〈“\"（(:：\\-—]+");

    /**
     * A news portal writes the number before the title on one line: "海关总署公告2017年第26号(关于…的公告)",
     * "鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》", "…〔2023〕7号关于印发…的通知". A number the document's own
     * title follows (its head may be left out) is its number, not a citation.
     */
    static boolean precedesTheTitle(String p, DocumentNumbers.Found n, String title) {
        if (title == null) return false;
        String t = SPACES.matcher(title).replaceAll("");
        if (t.length() < 8) return false;
        String after = LEADING_MARKS.matcher(SPACES.matcher(p.substring(n.end())).replaceAll("")).replaceAll("");
        if (after.startsWith(t)) return true;
        int about = t.indexOf("关于");
        return about > 0 && t.length() - about >= 8 && after.startsWith(t.substring(about));
    }

    private static final java.util.regex.Pattern BEFORE_A_TITLE = java.util.regex.Pattern.compile("[\\s\u3000|｜:：《“\"]*");
    private static final java.util.regex.Pattern AFTER_A_TITLE = java.util.regex.Pattern.compile("^[》〉”\"]?\\s*[（(【\\[〔［]?\\s*");

    /**
     * The text names the page's own document by its whole title with its number after it, anywhere (现将《某市人民政府关于…
     * 的通知》（某政发〔2020〕5号）全文转载如下, a closing line, a line under the signature): that number is the page's.
     * One indexOf of the title over the text; read when no number line, title or lead gives one.
     */
    static DocumentNumbers.Found numberAfterItsOwnTitle(String text, String title) {
        if (title == null) return null;
        String t = title.strip();
        if (t.length() < 8) return null;
        for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
            // the number written right before the title on its line (盘政发〔2010〕22号 盘锦市人民政府关于…的决定)
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            if (at - lineStart >= 4 && at - lineStart <= 50) {
                String before = text.substring(lineStart, at);
                List<DocumentNumbers.Found> b = DocumentNumbers.find(before);
                if (b.size() == 1 && b.get(0).start() <= 1 && BEFORE_A_TITLE.matcher(before.substring(b.get(0).end())).matches()) {
                    return new DocumentNumbers.Found(b.get(0).number(), lineStart + b.get(0).start(), lineStart + b.get(0).end());
                }
            }
            int end = at + t.length();
            java.util.regex.Matcher m = AFTER_A_TITLE.matcher(text).region(end, Math.min(text.length(), end + 6));
            if (!m.lookingAt()) continue;
            int from = m.end();
            String window = text.substring(from, Math.min(text.length(), from + 40));
            List<DocumentNumbers.Found> f = DocumentNumbers.find(window);
            if (!f.isEmpty() && f.get(0).start() == 0) return new DocumentNumbers.Found(f.get(0).number(), from, from + f.get(0).end());
        }
        return null;
    }

    /** A news lead's verb of issuing right before a number (…联合发布财税[2015]2号通知). */
    /** The verb of issuing, the title it issues and the bracket its number opens with (印发《…》（). */
    private static final java.util.regex.Pattern LEAD_VERB_TITLE = java.util.regex.Pattern.compile(
            "(?:印发|发布|下发|出台)了?《([^《》]{4,120})》\\s*[（(【\\[]\\s*$");
    private static final java.util.regex.Pattern LEAD_VERB = java.util.regex.Pattern.compile("(?:印发|发布|下发|出台)了?\\s*$");

    /**
     * A news story about a document names its number in the lead: "财政部与国家发改委联合发布财税[2015]2号通知，重新规定了…".
     * A number right after the verb of issuing in the first paragraphs, with the word after it the page's document's
     * type (通知 for a 通知), is the document's own number; read only when no number line is found.
     */
    static DocumentNumbers.Found numberInTheLead(List<String> paras, String type, boolean newsStory) {
        if (type == null) return null;
        int offset = 0;
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paras.size()); i++) {
            String p = paras.get(i);
            for (DocumentNumbers.Found f : DocumentNumbers.find(p)) {
                // or right after the title the verb issues, in its brackets (某市人民政府印发《关于…的通知》（某政发〔2020〕5号）)
                java.util.regex.Matcher titled = LEAD_VERB_TITLE.matcher(p.substring(0, f.start()));
                // (a news story's lead only: a notice's own text cites what others issued in these words)
                if (newsStory && titled.find() && type.equals(TitleParts.typeOf(titled.group(1)))) {
                    return new DocumentNumbers.Found(f.number(), offset + f.start(), offset + f.end());
                }
                if (!LEAD_VERB.matcher(p.substring(0, f.start())).find()) continue;
                String after = p.substring(f.end()).stripLeading();
                if (after.startsWith(type) || after.startsWith("《") && after.indexOf('》') > 0
                        && TitleParts.typeOf(after.substring(1, after.indexOf('》'))) != null
                        && type.equals(TitleParts.typeOf(after.substring(1, after.indexOf('》'))))) {
                    return new DocumentNumbers.Found(f.number(), offset + f.start(), offset + f.end());
                }
            }
            offset += p.length() + 1;
        }
        return null;
    }

    /** A decree's number names its body: 潍坊市人民政府令第77号, 海关总署令第235号 (the State Council's 国令 is its codes' work). */
    private static final java.util.regex.Pattern ORDER_OF_A_BODY = java.util.regex.Pattern.compile(
            "^([\\p{IsHan}]{2,20}?(?:人民政府|委员会|部|署|总局|局))令第\\d{1,5}号$");

    static List<String> issuerOfOrder(String number) {
        if (number == null) return List.of();
        java.util.regex.Matcher m = ORDER_OF_A_BODY.matcher(number);
        return m.matches() && m.group(1).length() >= 3 ? List.of(m.group(1)) : List.of();
    }

    /** A list's item marker at a line's start: 一、 1、 1. （一） (1) 第一条. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、．]|\\d{1,2}\\.(?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[)）]|第[一二三四五六七八九十百]+条)");
    /** A date as a line beside a number writes it: 2007-10-01, 2007年10月1日, 2007.10.01. */
    private static final java.util.regex.Pattern LINE_DATE = java.util.regex.Pattern.compile(
            "(?:19|20)\\d{2}\\s*(?:[-./]\\s*\\d{1,2}\\s*[-./]\\s*\\d{1,2}|年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)");

    private static final java.util.regex.Pattern CITING_MARKS = java.util.regex.Pattern.compile("[《》，,]");

    /**
     * The number stands in a sentence that cites it: within its own sentence (a stop before it closes another one, 特此通知。
     * （某政发〔2020〕5号）), a title's mark or a comma beside it, or 文件 right after it.
     */
    static boolean citedInItsSentence(String p, DocumentNumbers.Found n) {
        if (p.startsWith("文件", n.end())) return true;
        int from = n.start();
        while (from > 0 && "。；;！？".indexOf(p.charAt(from - 1)) < 0) from--;
        int to = n.end();
        while (to < p.length() && "。；;！？".indexOf(p.charAt(to)) < 0) to++;
        return CITING_MARKS.matcher(p.substring(from, n.start())).find() || CITING_MARKS.matcher(p.substring(n.end(), to)).find();
    }

    /** A line that is the number, maybe with the issuer's 文件 head or a date beside it, not a sentence citing it. */
    private static boolean isNumberLine(String p, DocumentNumbers.Found n) {
        // a list's item that names a document and its number (一、山东省信访规定(省政府令第114号)。) cites it
        if (LIST_ITEM.matcher(p).find()) return false;
        // a law database's line gives the date, the office and the province beside the number (2007-10-01 山西省人民政府办公厅
        // 晋政办发〔2007〕120号 山西省): the dates are no sentence either
        String around = LINE_DATE.matcher(p.substring(0, n.start()) + " " + p.substring(n.end())).replaceAll(" ");
        // brackets and punctuation around it do not make a sentence: （国发〔2023〕16号）
        String rest = around.replaceAll("[\\p{P}\\s]", "");
        if (rest.isEmpty()) return true;
        // a sentence that cites it (按照国办发〔2018〕5号文件要求，现就…; …的意见》（国发〔2019〕3号），现…): a title's mark or a
        // sentence's comma or stop beside the number, or 文件 after it, is no number line however short its words
        if (citedInItsSentence(p, n)) return false;
        if (rest.length() > 16) return false;
        return CnDates.find(rest, 0) != null || rest.matches("[\\p{IsHan}\\s]{0,16}");
    }

    /**
     * A page run into one paragraph starts its text with the number, a space and then the text's first sentence
     * (平府公〔2020〕5号 根据《…》有关规定，…): the number the text opens with, before any word, is the document's own (the
     * 公文's number line under its title), not a citation.
     */
    static boolean opensARunInText(String p, DocumentNumbers.Found n) {
        if (!p.substring(0, n.start()).strip().isEmpty() || n.end() >= p.length()) return false;
        // or right before the words a text opens with (平府公〔2020〕5号根据《…》…): no citation starts a text
        return Character.isWhitespace(p.charAt(n.end())) || p.charAt(n.end()) == '\u3000' || TEXT_OPENING.matcher(p).region(n.end(), p.length()).lookingAt();
    }

    /** The words a 公文's first sentence opens with. */
    private static final java.util.regex.Pattern TEXT_OPENING = java.util.regex.Pattern.compile("(?:根据|按照|依据|依照|为了|为|经|现将|近期|近日)");

    /**
     * A page that ran the head into one line starts it with the number and goes on with the addressees
     * ("呼政办发[2008]68号各旗、县、区人民政府,市各委、办、局: 经市人民政府同意，…"): the number that opens the addressee
     * line is the document's own.
     */
    static boolean opensTheAddresseeLine(String p, DocumentNumbers.Found n) {
        if (p.substring(0, n.start()).strip().length() > 1 || n.end() >= p.length()) return false;
        String rest = p.substring(n.end()).strip();
        int colon = -1;
        for (int k = 0; k < Math.min(rest.length(), SHORT_ADDRESSEE_LINE); k++) {
            char c = rest.charAt(k);
            if (c == '：' || c == ':') { colon = k; break; }
            if (c == '。' || c == '《') return false;
        }
        if (colon < 2) return false;
        // every part a body or a class of them (各旗、县、区人民政府, 市各委、办、局): the extraction dropped the space after the number
        List<String> parts = splitOutsideBrackets(rest.substring(0, colon));
        return parts.get(0).startsWith("各") && parts.stream().allMatch(a -> a.startsWith("各") || BODY_END.matcher(a).find());
    }

    /** A site's name where a table's 发布机构 or a 来源 line should name a body (宜兴市人民政府网站, 县政府网站). */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile("(?:门户网站|网站|网)$");
    /** A table's short form of a government (下陆区政府办公室): the documents write 人民政府. */
    private static final java.util.regex.Pattern SHORT_GOVERNMENT = java.util.regex.Pattern.compile("^([\\p{IsHan}]{1,8}?(?:自治区|省|市|县|区))政府(?=$|办公厅|办公室)");

    /**
     * The table's issuing bodies. A 政府信息公开 table's 发布机构 may name the site that published the page
     * (宜兴市人民政府网站, 县政府网站): no issuer. It may shorten a government (下陆区政府办公室): written as the
     * documents write it (下陆区人民政府办公室).
     */
    private List<String> tableBodies(String value) {
        if (value == null || SITE.matcher(value).find()) return List.of();
        return bodies(value).stream().map(DocumentReader::fullGovernment).map(DocumentReader::governmentOfAPlace).toList();
    }

    /** A table's issuer that is a town's, county's or city's name alone (发文机关 马兰屯镇). */
    private static final java.util.regex.Pattern PLACE_ALONE = java.util.regex.Pattern.compile("^[\\p{IsHan}]{1,8}(?:镇|乡|县|市|旗)$");

    /** A place's name as an issuer is its government (马兰屯镇 → 马兰屯镇人民政府), as its signature writes it. */
    private static String governmentOfAPlace(String name) {
        return PLACE_ALONE.matcher(name).matches() ? name + "人民政府" : name;
    }

    /** A place's level written twice where a page garbled its head (江苏省省政府办公厅): once. */
    private static final java.util.regex.Pattern DOUBLED_LEVEL = java.util.regex.Pattern.compile("(省|市|县)\\1(?=人民政府|政府)");

    private static String fullGovernment(String name) {
        name = DOUBLED_LEVEL.matcher(name).replaceFirst("$1");
        java.util.regex.Matcher m = SHORT_GOVERNMENT.matcher(name);
        return m.find() ? m.group(1) + "人民政府" + name.substring(m.end()) : name;
    }

    /** A government or its office, nothing after (河北省政府办公厅, not 北京市政府采购中心, a body of its own). */
    private static final java.util.regex.Pattern GOVERNMENT_OR_OFFICE = java.util.regex.Pattern.compile("政府(?:办公厅|办公室)?$");

    /** A government's office by its spoken abbreviation: 市政府办, 县府办, 省府办, 某某区政府办. */
    private static final java.util.regex.Pattern OFFICE_ABBREVIATION = java.util.regex.Pattern.compile(
            "^([\\p{IsHan}]{0,12}?(?:省|市|县|区|州|旗))(?:人民政府|政府|府)办$");

    /**
     * A title's head may call a government's office as people do (市政府办关于…的通告, 县府办): the documents write
     * 人民政府办公室 (a province's: 办公厅), which the signature then names with its place.
     */
    static String expandedOffice(String name) {
        // the central offices as a headline calls them (国办印发《…》)
        if (CENTRAL_OFFICES.containsKey(name)) return CENTRAL_OFFICES.get(name);
        java.util.regex.Matcher m = OFFICE_ABBREVIATION.matcher(name);
        if (m.matches()) return m.group(1) + (m.group(1).endsWith("省") ? "人民政府办公厅" : "人民政府办公室");
        // and a party committee's office (县委办, 市委办 beside 市政府办): 县委办公室, a province's 省委办公厅
        m = PARTY_OFFICE_ABBREVIATION.matcher(name);
        if (m.matches()) return m.group(1) + "委" + (m.group(1).endsWith("省") || m.group(1).endsWith("自治区") ? "办公厅" : "办公室");
        return name;
    }

    /** A party committee's office by its spoken abbreviation: 县委办, 某某市委办. */
    private static final java.util.regex.Pattern PARTY_OFFICE_ABBREVIATION = java.util.regex.Pattern.compile(
            "^((?:中共)?[\\p{IsHan}]{0,12}?(?:自治区|省|市|县|区|州|旗))委办$");

    private static String fullGovernmentHead(String name) {
        return GOVERNMENT_OR_OFFICE.matcher(name).find() ? fullGovernment(name) : name;
    }

    /** A 来源 line at the head: "来源:宜兴市人民政府网站 日期:2023-11-21", "信息来源：南宁市人民政府办公厅". */
    private static final java.util.regex.Pattern SOURCE_LINE = java.util.regex.Pattern.compile(
            "(?:信息)?来源\\s*[:：]\\s*([\\p{IsHan}]{2,30}?(?:门户网站|网站|人民政府|办公厅|办公室))");

    /**
     * The body a page's table or 来源 line names as its site (宜兴市人民政府网站 → 宜兴市人民政府): the place a title head
     * that names a government by its level alone (市政府关于…) leaves out.
     */
    static List<String> siteOf(String tableIssuer, String source, List<String> paras, List<Integer> head) {
        List<String> names = new ArrayList<>();
        if (tableIssuer != null) names.add(tableIssuer);
        // the text's own 来源 line, which extraction keeps as a page fact when it drops the line as page furniture
        if (source != null) names.add(source);
        for (int i = 0; i < Math.min(paras.size(), HEAD_PARAGRAPHS + 3); i++) {
            String p = paras.get(i);
            if (p.length() > 120 || p.indexOf("来源") < 0) continue;
            java.util.regex.Matcher m = SOURCE_LINE.matcher(p);
            if (m.find()) names.add(m.group(1));
        }
        for (String n : names) {
            String body = fullGovernment(SITE.matcher(n.strip()).replaceAll(""));
            if (PLACE.matcher(body).find() && body.matches(".*(?:人民政府|办公厅|办公室)$")) return List.of(body);
        }
        return List.of();
    }

    /**
     * Which of the table's and the text's issuers the document has. The text's (the title's head, completed by the
     * signature, or the signature) are the document's own words; a 政府信息公开 table's 发布机构 / 发文机关 is the catalogue's
     * entry for the page, and names the body whose catalogue posted it (a bureau posting a 管委会 office's notice, a
     * county site reposting a province's), a town without its county (山福镇), or a government with its office in brackets
     * (怀远县人民政府(办公室)). The table stands where the text names nobody, names a government by its level alone
     * (市政府), or shares a body with it (the same or shortened: 安委会 for 安全生产委员会, the place left out), so a joint
     * table keeps every name where a head names only its first body or a page garbled the signature. The text wins when
     * the table names none of its bodies.
     */
    static List<String> textOverTable(List<String> table, List<String> text) {
        if (table.isEmpty()) return text;
        if (text.isEmpty() || isPlaceless(text)) return table;
        // a head a spam rewrote (365体育投注关于…) names no body: the table stands
        if (!text.stream().allMatch(x -> Signature.isBodyLine(x))) return table;
        for (String x : text) {
            if (table.stream().anyMatch(t -> agrees(t, x))) return table;
        }
        return text;
    }

    /** The table's name {@code t} is the text's {@code x}, or a fuller form of it (its place before it, its words unshortened). */
    private static boolean agrees(String t, String x) {
        return fuller(shortForm(t), shortForm(x)) || fuller(usualForm(t), usualForm(x));
    }

    private static boolean fuller(String t, String x) {
        return t.equals(x) || (t.length() > x.length() && t.endsWith(x)) || abbreviates(x, t);
    }

    /**
     * A name as the usual short forms write it, for comparing two writings of one body: 人民政府 as 政府, 委员会 as 委, no 和
     * (国家发展和改革委员会 and 国家发展改革委, 住房和城乡建设部 and 住房城乡建设部 are one body).
     */
    private static String usualForm(String name) {
        return shortForm(name).replace("委员会", "委").replace("和", "");
    }

    /** A 来源 value that names a body (宣城市卫生健康委员会), not a site (…网), a paper or an account. */
    private static final java.util.regex.Pattern POSTING_BODY = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}]{2,10}?(?:自治区|省|市|县|区|州|盟|旗)[\\p{IsHan}]{0,20}(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办|指挥部|领导小组)$");

    /**
     * An unsigned notice that names no issuer in its title nor its text (关于召开…征求意见会的预通知, 市卫健委牵头…) was
     * posted by its issuer: the 来源 line of the text names that body. Read only when nothing else names one; a 来源 that
     * is a website, a newspaper or an account is no issuer.
     */
    static List<String> postedBy(String source) {
        if (source == null) return List.of();
        String s = source.strip();
        return POSTING_BODY.matcher(s).matches() && !SITE.matcher(s).find() ? List.of(fullGovernment(s)) : List.of();
    }

    /**
     * Law databases print the date beside the number under the title: "2000年12月28日 税委会〔2000〕17号", or a header
     * line that runs title, number and date together ("…的通知 国办发〔2016〕97号 2016年12月23日 发布机关：…"). A short
     * number line gives its date; a longer one only the date written right after or right before the number.
     */
    private static LocalDate headerDate(List<String> paras, String number) {
        if (number == null) return null;
        for (int i = 0; i < Math.min(HEAD_PARAGRAPHS, paras.size()); i++) {
            String p = paras.get(i);
            List<DocumentNumbers.Found> f = DocumentNumbers.find(p);
            if (f.isEmpty() || !f.get(0).number().equals(number)) continue;
            if (p.length() <= 40) return CnDates.parse(p);
            if (p.length() > 160) continue;
            CnDates.Match after = CnDates.find(p, f.get(0).end());
            if (after != null && p.substring(f.get(0).end(), after.start()).isBlank()) return after.date();
            CnDates.Match before = CnDates.find(p, 0);
            if (before != null && before.end() <= f.get(0).start() && p.substring(before.end(), f.get(0).start()).isBlank()) return before.date();
        }
        return null;
    }

    /** Bodies a text lists and then counts (财政部、科技部、工业和信息化部、发展改革委（以下简称四部委）). */
    private static final java.util.regex.Pattern COUNTED_BODIES = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}])((?:[\\p{IsHan}]{2,20}、){1,14}[\\p{IsHan}]{2,20})[（(]以下(?:简|统)称([一二两三四五六七八九十]{1,3})(?:部委|部门|单位|个部门)[)）]");
    private static final String CN_COUNT = "一二三四五六七八九十";
    /** How far into the text the issuers introduce themselves: the first paragraphs, not a later citation. */
    private static final int INTRODUCTION_CHARS = 600;

    /**
     * A joint notice reposted without its title head and signature still names its issuers once, where it says what
     * they decided: "财政部、科技部、工业和信息化部、发展改革委（以下简称四部委）将…继续实施". The list is read when it
     * counts as many bodies as it names, every one is a body, and the number's code (财建 → 财政部), when it names one,
     * names the first.
     */
    static List<String> namedAsIssuers(List<String> paras, List<String> byCode) {
        StringBuilder head = new StringBuilder();
        for (String p : paras) {
            if (head.length() >= INTRODUCTION_CHARS) break;
            head.append(p).append('\n');
        }
        java.util.regex.Matcher m = COUNTED_BODIES.matcher(head);
        while (m.find()) {
            List<String> names = new ArrayList<>(List.of(m.group(1).split("、")));
            if (names.size() != countOf(m.group(2))) continue;
            if (!names.stream().allMatch(n -> BODY_END.matcher(n).find())) continue;
            if (!byCode.isEmpty() && !names.get(0).equals(byCode.get(0)) && !byCode.get(0).endsWith(names.get(0))) continue;
            return names;
        }
        // or where they say what they decided, in the sentence before the notice's own formula (…、公安部、民政部决定，从…起
        // 开展…行动。现将有关事项通知如下): two or more bodies, every one a body
        if (head.indexOf("决定") < 0) return List.of();
        java.util.regex.Matcher d = DECIDING_BODIES.matcher(head);
        while (d.find()) {
            int line = head.indexOf("\n", d.end());
            String rest = head.substring(d.end(), line < 0 ? head.length() : line);
            if (!NOTIFIES.matcher(rest).find()) continue;
            List<String> names = List.of(d.group(1).split("、"));
            if (names.stream().allMatch(n -> BODY_END.matcher(n).find())) return names;
        }
        return List.of();
    }

    private static final java.util.regex.Pattern DECIDING_BODIES = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}])((?:[\\p{IsHan}]{2,20}、){1,14}[\\p{IsHan}]{2,20}?)(?:联合)?决定[，,]");
    /** The formula with which a notice's opening hands over to its points (现将有关事项通知如下). */
    private static final java.util.regex.Pattern NOTIFIES = java.util.regex.Pattern.compile("(?:通知|公告|通告)如下");

    private static int countOf(String cn) {
        if (cn.equals("两")) return 2;
        int ten = cn.indexOf('十');
        if (ten < 0) return CN_COUNT.indexOf(cn.charAt(0)) + 1;
        int tens = ten == 0 ? 1 : CN_COUNT.indexOf(cn.charAt(0)) + 1;
        int ones = ten == cn.length() - 1 ? 0 : CN_COUNT.indexOf(cn.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    /** The State Council's own addressee formula: a document that writes it to the provinces and the ministries. */
    private static final String PROVINCES = "各省、自治区、直辖市人民政府";
    private static final String MINISTRIES = "国务院各部委、各直属机构";
    private static final java.util.regex.Pattern BY_APPROVAL = java.util.regex.Pattern.compile("经国务院(?:同意|批准)");

    /**
     * A repost that dropped the title's head, the signature and the number still writes the State Council's salutation
     * (各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). The General Office writes "经国务院同意" (or 批准) for
     * what it issues on the State Council's behalf; the State Council itself does not: the last word on the issuer
     * when nothing else names it.
     */
    static List<String> stateCouncilBySalutation(List<String> addressees, String text) {
        if (addressees.size() < 2 || !addressees.get(0).equals(PROVINCES) || !addressees.contains(MINISTRIES)) return List.of();
        return List.of(BY_APPROVAL.matcher(text).find() ? "国务院办公厅" : "国务院");
    }

    /** A province-level government (福建省人民政府, 内蒙古自治区、陕西省人民政府, 上海市人民政府). */
    private static final String PROVINCE = "(?:[\\p{IsHan}]{2,8}(?:省|自治区)|北京市|天津市|上海市|重庆市)";
    private static final java.util.regex.Pattern PROVINCE_GOVERNMENT = java.util.regex.Pattern.compile(
            "^" + PROVINCE + "(?:、" + PROVINCE + ")*人民政府$");
    /** A State Council department (海关总署, 国家发展改革委, 科技部): no place in its name, unlike 福建省发展改革委. */
    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile(
            "^(?:[^省市县区州盟旗、]{1,12}(?:部|委|署|总局|银行))(?:、[^省市县区州盟旗、]{1,12}(?:部|委|署|总局|银行))*$");

    private static boolean provinceOrMinistry(String addressee) {
        return PROVINCE_GOVERNMENT.matcher(addressee).matches() || MINISTRY.matcher(addressee).matches();
    }
    private static final java.util.regex.Pattern REPLY = java.util.regex.Pattern.compile("收悉[。，,]?\\s*(?:经国务院(?:同意|批准)[，,]\\s*)?现(批复|函复)如下");

    /**
     * A 批复 reposted without its head, signature and number still answers a province's government or a ministry
     * (福建省人民政府：你省《关于…的请示》收悉。现批复如下：): the State Council's form. The General Office answers the
     * same bodies with a 函 on its behalf (经国务院批准，现函复如下). A ministry may reply to a province too, so this is read
     * only when nothing else names the issuer.
     */
    static List<String> stateCouncilByReply(List<String> addressees, String text) {
        if (addressees.isEmpty() || !addressees.stream().allMatch(DocumentReader::provinceOrMinistry)) return List.of();
        java.util.regex.Matcher m = REPLY.matcher(text);
        if (!m.find()) return List.of();
        if (m.group(1).equals("批复")) return List.of("国务院");
        return BY_APPROVAL.matcher(text).find() ? List.of("国务院办公厅") : List.of();
    }

    /** A news lead: "近日，广东省委办公厅、省政府办公厅印发《…》": the bodies, then 印发 and the title in book marks. */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "^(?:近日|日前|最近|近期)?[，,]?\\s*((?:[\\p{IsHan}]{2,20}[、和]){0,6}[\\p{IsHan}]{2,20}?)(?:近日|日前|联合)*(?:印发|发布|出台|下发|发出)了?《([^《》]{4,120})》");
    private static final java.util.regex.Pattern PARTY_COMMITTEE = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,10}?(?:省|自治区|市|县|区)委(?:办公厅|办公室)?$");
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,8}?(?:自治区|省|市|县|区)");
    private static final int LEAD_PARAGRAPHS = 3;

    /**
     * A news portal reposts a document under a lead that says who issued it: "近日，广东省委办公厅、省政府办公厅印发《广东省
     * 自然灾害防治能力建设行动方案》，内容如下。" The bodies are read when the book-marked title is the document's own,
     * written as the documents write them: a party committee with 中共 before it, a name without its place (省政府办公厅)
     * with the place of the name before it, 政府 as 人民政府.
     */
    static List<String> namedInTheLead(List<String> paras, String title) {
        if (title == null) return List.of();
        String t = SPACES.matcher(title).replaceAll("");
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paras.size()); i++) {
            java.util.regex.Matcher m = LEAD.matcher(paras.get(i).strip());
            if (!m.find() || !SPACES.matcher(m.group(2)).replaceAll("").equals(t)) continue;
            List<String> bodies = leadBodies(m.group(1));
            if (!bodies.isEmpty()) return bodies;
        }
        // the bodies later in the lead's sentence, or the headline on two lines: "…，中共中央办公厅、国务院办公厅近日印发了
        // 《…》", "中共中央办公厅、国务院办公厅印发 / 《…》"
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS + 1, paras.size()) && lead.length() < LEAD_CHARS; i++) {
            lead.append(paras.get(i).strip()).append('\n');
        }
        if (lead.length() > LEAD_CHARS) lead.setLength(LEAD_CHARS);
        java.util.regex.Matcher m = LEAD_IN_SENTENCE.matcher(lead);
        while (m.find()) {
            if (SPACES.matcher(m.group(2)).replaceAll("").equals(t)) return leadBodies(m.group(1));
        }
        // a lead that names the document without book marks (近日，文化和旅游部发布关于…的公示。全文如下：) over the document's
        // own title line: the page's headline is the site's (…项目公布), the title line under the lead is the document's
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paras.size()); i++) {
            java.util.regex.Matcher u = LEAD_UNQUOTED.matcher(paras.get(i).strip());
            if (!u.find()) continue;
            String named = SPACES.matcher(u.group(2)).replaceAll("");
            boolean titled = named.equals(t);
            for (int j = i + 1; !titled && j < Math.min(i + 4, paras.size()); j++) {
                titled = SPACES.matcher(paras.get(j)).replaceAll("").equals(named);
            }
            if (titled) return leadBodies(u.group(1));
        }
        // a lead that names the document by its type and then says what it does in the title's own words (某某部近日印发通知，
        // 组织开展…工作: 关于组织开展…工作的通知), or a story that calls the quoted title a body's document (这份题为《…》（下称
        // 《意见》）的国务院文件)
        TitleParts parts = TitleParts.of(t);
        if (parts.type() != null && t.startsWith("关于") && t.endsWith("的" + parts.type())) {
            String words = t.substring(2, t.length() - parts.type().length() - 1);
            java.util.regex.Matcher b = LEAD_BY_TYPE.matcher(lead);
            while (b.find()) {
                if (!b.group(2).equals(parts.type()) || !SPACES.matcher(lead.substring(b.end())).replaceAll("").startsWith(words)) continue;
                List<String> bodies = leadBodies(b.group(1));
                if (!bodies.isEmpty()) return bodies;
            }
        }
        java.util.regex.Matcher d = TITLED_DOCUMENT_OF.matcher(lead);
        while (lead.indexOf("题为") >= 0 && d.find()) {
            if (!SPACES.matcher(d.group(1)).replaceAll("").equals(t)) continue;
            List<String> bodies = leadBodies(d.group(2));
            if (!bodies.isEmpty()) return bodies;
        }
        // a story whose heading shortens the document's title, the lead quoting it whole with its issuer's head (县政府发布
        // 《饶平县人民政府关于春节元宵期间禁止在县城部分区域…的通告》 under 关于春节元宵期间禁止…的通告): the quoted title's head
        if (parts.type() != null && t.startsWith("关于")) {
            m = LEAD_IN_SENTENCE.matcher(lead);
            while (m.find()) {
                String quoted = SPACES.matcher(m.group(2)).replaceAll("");
                TitleParts q = TitleParts.of(quoted);
                int about = quoted.indexOf("关于");
                if (q.issuers().isEmpty() || about <= 0 || !parts.type().equals(q.type())) continue;
                String rest = quoted.substring(about);
                if (t.length() * 10 >= rest.length() * 6 && inOrder(t, rest)) return q.issuers();
            }
        }
        return List.of();
    }

    private static final java.util.regex.Pattern LEAD_BY_TYPE = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}])((?:[\\p{IsHan}]{2,20}[、和]){0,14}[\\p{IsHan}]{2,20}?)(?:近日|日前|联合)*(?:印发|发布|出台|下发|发出)了?"
                    + "(通知|通告|公告|意见|决定)[，,：:]\\s*(?:要求|明确|部署|决定)?(?:各地区各部门|各级各部门|各地|各级)?");
    private static final java.util.regex.Pattern TITLED_DOCUMENT_OF = java.util.regex.Pattern.compile(
            "题为《([^《》]{4,120})》(?:[（(][^（()）]{1,12}[)）])?的([\\p{IsHan}]{2,20}?)(?:文件|通知|意见|决定)");

    private static final java.util.regex.Pattern LEAD_UNQUOTED = java.util.regex.Pattern.compile(
            "^(?:近日|日前|最近|近期)?[，,]?\\s*((?:[\\p{IsHan}]{2,20}[、和]){0,6}[\\p{IsHan}]{2,20}?)(?:近日|日前|联合)*(?:印发|发布|出台|下发)了?"
                    + "(关于[^。；;《》]{4,120}?的(?:通知|通告|公告|公示|意见|决定|通报|批复|复函|函))[。，,：:]");

    /** A title head that names its first body and counts the others: 住房和城乡建设部等部门关于…, 工业和信息化部等十部门印发…. */
    private static final java.util.regex.Pattern COUNTS_OTHERS = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}]{2,30}?等(?:[一二三四五六七八九十两多\\d]+个?)?(?:部门|部委|单位|机关)(?:关于|印发|转发|联合)");

    static boolean countsOthers(String title) {
        return title != null && title.indexOf('等') > 0 && COUNTS_OTHERS.matcher(SPACES.matcher(title).replaceAll("")).find();
    }

    /**
     * A joint document whose title names its first body and counts the others (住房和城乡建设部等部门关于…的通知), reposted
     * without its signature, under a lead that names them all: "近日，住房和城乡建设部、国家发展改革委、…联合印发《关于…的
     * 通知》". The lead's book-marked title is the document's without its head, and its first body is the head's.
     * Otherwise the head's one body stays.
     */
    static List<String> listedInTheLead(String first, List<String> paras, String title) {
        int about = title.indexOf("关于");
        if (about <= 0) return List.of(first);
        String rest = title.substring(about);
        for (String candidate : List.of(title, rest)) {
            List<String> bodies = namedInTheLead(paras, candidate);
            if (bodies.size() > 1 && bodies.get(0).equals(first)) return bodies;
        }
        return List.of(first);
    }

    private static final java.util.regex.Pattern NEWS_DATELINE = java.util.regex.Pattern.compile("^.*(?:报道|讯|消息|获悉)");
    /** The types a document's own heading ends with: a notice, opinions, a decision, an announcement, a reply. */
    private static final java.util.Set<String> HEADING_TYPES = java.util.Set.of("通知", "意见", "决定", "通告", "公告", "通报", "批复", "函", "公示");
    private static final java.util.regex.Pattern HEADING_MARKS = java.util.regex.Pattern.compile("[。；;，,：:！？|]");

    /**
     * The document's own heading under a headline (关于印发《…工作方案》的通知 under 政策发布 | …出台…政策): a line of the
     * head, with 关于 and no sentence mark, ending in the type of a document. Read only when the page's title names none.
     */
    /** A headline's question or exclamation mark: no document's title asks. */
    private static final java.util.regex.Pattern HEADLINE_MARK = java.util.regex.Pattern.compile("[?？!！]");

    static TitleParts ownHeading(List<String> paras, String title) {
        for (int i = 0; i < Math.min(HEAD_PARAGRAPHS + 3, paras.size()); i++) {
            String p = paras.get(i).strip();
            // a heading broken after its head (湖南省人民政府办公厅关于 / 全面推进…的实施意见) is one heading
            if (p.endsWith("关于") && i + 1 < paras.size()) p = p + paras.get(i + 1).strip();
            if (p.length() < 8 || p.length() > 150 || p.indexOf("关于") < 0 || p.equals(title) || HEADING_MARKS.matcher(p).find()) continue;
            TitleParts own = TitleParts.of(p);
            if (own.type() != null && HEADING_TYPES.contains(own.type())) return own;
        }
        return null;
    }

    /**
     * The document a news lead says who issued (福建省委办公厅、省政府办公厅近日印发《关于全面推行林长制的实施意见》, 成都市政府安办、
     * 市道安办联合下发《关于开展…的通知》) under a headline that names no type: the lead's bodies are its issuers, its
     * book-marked title its type. Offices issue their principals' opinions, plans and rules under a covering notice: when
     * every body is a 办公厅 / 办公室 and the title is no notice, the document is that notice and the title its enclosure.
     */
    static TitleParts documentOfTheLead(List<String> paras) {
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS + 1, paras.size()) && lead.length() < LEAD_CHARS; i++) {
            lead.append(paras.get(i).strip()).append('\n');
        }
        if (lead.indexOf("《") < 0) return null;
        if (lead.length() > LEAD_CHARS) lead.setLength(LEAD_CHARS);
        java.util.regex.Matcher m = LEAD_IN_SENTENCE.matcher(lead);
        while (m.find()) {
            String named = m.group(2).strip();
            String type = TitleParts.typeOf(named);
            if (type == null) continue;
            // a newspaper's dateline run into the first name (本报讯 记者…报道 福建省委办公厅) is no part of it
            List<String> bodies = leadBodies(NEWS_DATELINE.matcher(m.group(1)).replaceFirst(""));
            if (bodies.isEmpty()) continue;
            boolean offices = bodies.stream().allMatch(b -> b.endsWith("办公厅") || b.endsWith("办公室"));
            if (offices && !type.equals("通知") && !type.equals("函")) return new TitleParts(bodies, "通知", named, type);
            return new TitleParts(bodies, type, null, null);
        }
        return null;
    }

    /** How much of the lead is read for the issuers' names. */
    private static final int LEAD_CHARS = 1_000;
    private static final java.util.regex.Pattern LEAD_IN_SENTENCE = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}])((?:[\\p{IsHan}]{2,20}[、和]){0,14}[\\p{IsHan}]{2,20}?)(?:等?[\\d一二三四五六七八九十两]+个?(?:部门|部委|单位))?(?:近日|日前|联合)*(?:印发|发布|出台|下发|发出)了?\\s*《([^《》]{4,120})》");
    /** The central offices as the news writes them (中办国办印发《…》). */
    private static final java.util.Map<String, String> CENTRAL_OFFICES = java.util.Map.of("中办", "中共中央办公厅", "国办", "国务院办公厅");

    /**
     * The bodies of a lead, split at 、 and at a 和 that joins two bodies (财政部和教育部); a 和 inside a name
     * (住房和城乡建设部, 工业和信息化部, 国家发展和改革委员会) is no separator: the part before it names no body.
     */
    static List<String> splitLeadNames(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split("、")) {
            java.util.regex.Matcher joins = LEAD_JOINER.matcher(part);
            int from = 0;
            while (joins.find()) {
                String left = part.substring(from, joins.start());
                if (joins.start() == from || !BODY_END.matcher(left).find()) continue;
                out.add(left);
                from = joins.end();
            }
            out.add(part.substring(from));
        }
        return out;
    }

    /**
     * What joins two bodies in a lead besides 、: 和, 与, 及 (财政部和教育部), and the first body acting with the others (某某部会同
     * 生态环境部、…印发, 某市农业农村局联合市公安局发布). Only after a whole body's name: 联合会, 会同县, 住房和城乡建设部 and
     * 自然资源与规划局 hold them.
     */
    private static final java.util.regex.Pattern LEAD_JOINER = java.util.regex.Pattern.compile("和|会同|联合|与|及");

    private static List<String> leadBodies(String names) {
        List<String> out = new ArrayList<>();
        String place = null;
        for (String name : splitLeadNames(names.replace("中办国办", "中办、国办"))) {
            name = CENTRAL_OFFICES.getOrDefault(name, name);
            java.util.regex.Matcher pm = PLACE.matcher(name);
            if (pm.find() && !name.startsWith("省") && !name.startsWith("市")) place = pm.group();
            else if (place != null && (name.startsWith("省") || name.startsWith("市") || name.startsWith("自治区"))) {
                name = place + name.substring(name.startsWith("自治区") ? 3 : 1);
            }
            if (PARTY_COMMITTEE.matcher(name).matches() && !name.startsWith("中共")) name = "中共" + name;
            // 政府 as the documents write it (省政府办公厅 → 省人民政府办公厅), but not inside an abbreviation (市政府安办)
            name = name.replaceFirst("(?<!人民)政府(?=$|办公厅|办公室)", "人民政府");
            // 部门 / 单位 alone counts bodies (10部门联合印发), it names none
            if (!BODY_END.matcher(name).find() || name.equals("部门") || name.equals("部委") || name.equals("单位")) return List.of();
            out.add(name);
        }
        return out;
    }

    /** A metadata row the extractor kept above the text (索引号：…, 发布日期：2023-01-05): a short label, a colon, a value. */
    private static final java.util.regex.Pattern META_ROW = java.util.regex.Pattern.compile("^[\\p{IsHan}\\s]{2,8}[：:]\\s*\\S.{0,58}$");

    /**
     * The indexes of the paragraphs right under the title where the number line and the addressees stand: the first
     * {@link #HEAD_PARAGRAPHS} + 1 that are neither a metadata row nor the title repeated (a policy-library page's
     * list of 索引号, 主题分类 … comes before the text and would push the addressee line out of reach).
     */
    private static List<Integer> headParagraphs(List<String> paras, String title) {
        String t = null;
        List<Integer> out = new ArrayList<>(HEAD_PARAGRAPHS + 1);
        int start = 0;
        for (int i = 0; i < Math.min(paras.size(), TITLE_REPEAT_WITHIN); i++) {
            String p = paras.get(i);
            if (p.length() <= 8 && TEXT_LABEL.matcher(p.strip()).matches()) start = i + 1;
        }
        for (int i = start; i < paras.size() && out.size() <= HEAD_PARAGRAPHS; i++) {
            String p = paras.get(i).strip();
            // a library table's cells left one to a line (索引号： / 003043524/202203-00218 / 主题分类： / …): a label and the
            // value under it are the table's, not the document's head
            if (p.length() <= 10 && (p.endsWith("：") || p.endsWith(":")) && TABLE_CELL_LABEL.matcher(p).matches()) {
                if (i + 1 < paras.size() && paras.get(i + 1).strip().length() <= 60 && !endsWithColon(paras.get(i + 1).strip())) i++;
                continue;
            }
            // a catalogue's rows kept as text with spaces for colons (索引号 2950798/2020-38134, 组配分类 区府办文件 发布机构 …,
            // 文件编号 北区政办发〔2020〕11号) and a label over the text (文章正文): the table's, not the document's head
            if (p.length() <= 80 && p.indexOf('。') < 0 && (SPACED_META_ROW.matcher(p).lookingAt() || BODY_LABEL.matcher(p).matches())) continue;
            // (cheap tests first: this runs on every page, and most paragraphs are long sentences)
            if (p.length() <= 70 && (p.indexOf('：') > 0 || p.indexOf(':') > 0) && p.indexOf('。') < 0 && !p.endsWith("：") && !p.endsWith(":")
                    && META_ROW.matcher(p).matches()) continue;
            if (title != null && p.length() >= title.length() - 8 && p.length() <= 2 * title.length()) {
                if (t == null) t = SPACES.matcher(title).replaceAll("");
                if (!t.isEmpty() && SPACES.matcher(p).replaceAll("").equals(t)) continue;
            }
            out.add(i);
        }
        // a news story that quotes the document under its own lead repeats the title further down, the number line and
        // the addressees under it: the paragraphs after that repetition are the head too
        if (title != null && !out.isEmpty()) {
            if (t == null) t = SPACES.matcher(title).replaceAll("");
            for (int i = out.get(out.size() - 1) + 1; i < Math.min(paras.size(), TITLE_REPEAT_WITHIN) && !t.isEmpty(); i++) {
                String p = paras.get(i).strip();
                if (p.length() < t.length() || p.length() > 2 * title.length() || !SPACES.matcher(p).replaceAll("").equals(t)) continue;
                for (int j = i + 1; j < paras.size() && j <= i + HEAD_PARAGRAPHS + 1; j++) out.add(j);
                break;
            }
        }
        return out;
    }

    /** A catalogue's row that opens with its label and a space (索引号 …, 组配分类 … 发布机构 …, 文件有效性 有效). */
    private static final java.util.regex.Pattern SPACED_META_ROW = java.util.regex.Pattern.compile(
            "^(?:索\\s*引\\s*号|主题分类|发文机关|发文机构|发布机构|成文日期|发文日期|生成日期|发布日期|公开日期|发文字号|文件编号|信息分类|"
            + "文件分类|文件有效性|有效性|时效性|组配分类|体裁分类|公开方式|公开形式)[\\s\u3000]+\\S");
    /** A page's label over the document's text. */
    private static final java.util.regex.Pattern BODY_LABEL = java.util.regex.Pattern.compile("^(?:文章正文|正文|全文|正文内容)[：:]?$");
    /**
     * The label under which a database record (or an abstract page) gives the text: the fields above it (编号, 文献类型, 文献题名,
     * 作者单位, one to a line) are the record's, and the document's head starts under it.
     */
    private static final java.util.regex.Pattern TEXT_LABEL = java.util.regex.Pattern.compile("^(?:文摘内容|内容摘要|摘要|文章正文|正文内容|正文)[：:]?$");

    /** A library table's label on a line of its own (the catalogue's and gov.cn's words for its fields). */
    private static final java.util.regex.Pattern TABLE_CELL_LABEL = java.util.regex.Pattern.compile(
            "^(?:索\\s*引\\s*号|主题分类|发文机关|发文机构|发布机构|发文单位|发布单位|成文日期|发文日期|生成日期|发布日期|公开日期|标\\s*题|名\\s*称|"
            + "发文字号|文\\s*号|文件编号|信息分类|文件分类|有效性|时效性|组配分类|体裁分类|主题词|关键词)\\s*[：:]$");

    private static boolean endsWithColon(String p) {
        return p.endsWith("：") || p.endsWith(":");
    }

    /** How far down a news story repeats the document's title above its text. */
    private static final int TITLE_REPEAT_WITHIN = 15;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]");
    private static final java.util.regex.Pattern LETTERHEAD_SUFFIX = java.util.regex.Pattern.compile("\\s*文件$");

    private static int offsetOf(List<String> paras, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) at += paras.get(i).length() + 1;
        return at;
    }

    /**
     * The title's head names the issuer, but a reposted title may shorten it (区人民政府办公室 for 蔡甸区人民政府办公室) or
     * name only the first of joint issuers (云南省财政厅 for a document the 人力资源和社会保障厅 signs too): the signature
     * block, when it holds every name of the head (or a longer name ending with it), is the fuller list.
     */
    static List<String> completedBySignature(List<String> fromTitle, Signature sig) {
        if (fromTitle.isEmpty() || sig == null) return fromTitle;
        for (String t : fromTitle) {
            // 省政府 is the usual short form of 省人民政府: a head that writes it still names the signature's body
            String head = shortForm(t);
            if (sig.issuers().stream().noneMatch(s -> shortForm(s).endsWith(head) || abbreviates(head, shortForm(s))
                    || completes(head, shortForm(s)) || groupOf(head, s))) return fromTitle;
        }
        return sig.issuers().size() >= fromTitle.size() ? sig.issuers() : fromTitle;
    }

    /** The end of an ad-hoc body's name: a group or headquarters a body sets up (…疫情防控工作领导小组). */
    private static final java.util.regex.Pattern AD_HOC_BODY = java.util.regex.Pattern.compile("(?:领导小组|指挥部|工作组)(?:办公室)?$");

    /**
     * A title's head that names the institution whose ad-hoc group signs (湖南工学院转发…的通知, signed 湖南工学院新冠肺炎疫情防控
     * 工作领导小组): the group issued it, under the institution's name.
     */
    static boolean groupOf(String head, String name) {
        return head.length() >= 3 && name.length() > head.length() + 4 && name.startsWith(head) && AD_HOC_BODY.matcher(name).find();
    }

    /**
     * A head cut after 委 that the signature writes whole (湖州市卫生健康委 → 湖州市卫生健康委员会): the signature's name is
     * the head and 员会. Only that ending: a head naming a government is no office's signature (县政府 vs 县政府办公室).
     */
    static boolean completes(String head, String name) {
        return head.length() >= 4 && head.endsWith("委") && name.equals(head + "员会");
    }

    /**
     * A title's head that shortens the signature's name (公主岭市安委会办公室 for 公主岭市安全生产委员会办公室): the same
     * first and last two characters, and the short one's characters in order in the long.
     */
    static boolean abbreviates(String head, String name) {
        // an office's 办 for its 办公室 / 办公厅 (某某县安委办 for 某某县安全生产委员会办公室): the rest abbreviates the rest
        if (head.endsWith("办") && head.length() >= 5 && (name.endsWith("办公室") || name.endsWith("办公厅"))) {
            String h = head.substring(0, head.length() - 1), n = name.substring(0, name.length() - 3);
            if (h.length() < n.length() && n.startsWith(h.substring(0, 2)) && inOrder(h, n)) return true;
        }
        if (head.length() < 4 || head.length() >= name.length() || !name.startsWith(head.substring(0, 2))
                || !name.endsWith(head.substring(head.length() - 2))) return false;
        return inOrder(head, name);
    }

    /** Whether the characters of {@code shorter} stand in {@code name} in their order. */
    private static boolean inOrder(String shorter, String name) {
        int k = 0;
        for (int i = 0; i < name.length() && k < shorter.length(); i++) if (name.charAt(i) == shorter.charAt(k)) k++;
        return k == shorter.length();
    }

    /** A head that names a government by its level alone (省人民政府, 市政府办公室): a repost of a provincial document. */
    private static final java.util.regex.Pattern PLACELESS = java.util.regex.Pattern.compile("^(?:省|市|县|区|自治区|州)(?:人民)?政府(?:办公厅|办公室)?$");

    static boolean isPlaceless(List<String> issuers) {
        return issuers.size() == 1 && PLACELESS.matcher(issuers.get(0)).matches();
    }

    /**
     * 省人民政府关于… names no province when the signature is gone: the letterhead (湖北省人民政府文件) or the
     * province the number's code names (鄂政发 → 湖北省人民政府) does, when it is the same level of body (an office's
     * head wants an office). Otherwise the head stays as written.
     */
    @SafeVarargs
    static List<String> completedByPlace(List<String> head, List<String>... candidates) {
        String h = shortForm(head.get(0));
        for (List<String> candidate : candidates) {
            if (candidate.size() != 1) continue;
            String c = candidate.get(0);
            boolean office = h.endsWith("办公厅") || h.endsWith("办公室");
            if (shortForm(c).endsWith(h.substring(1)) && c.length() > head.get(0).length()
                    && (office == (c.endsWith("办公厅") || c.endsWith("办公室")))) {
                return candidate;
            }
        }
        return head;
    }

    private static String shortForm(String name) {
        return name.replace("人民政府", "政府");
    }

    /** A catalogue's label for the number, as a page that kept the list in its text writes it (文号, 发文字号, 文件编号). */
    private static final java.util.regex.Pattern NUMBER_LABEL = java.util.regex.Pattern.compile("(?:发文字号|文件字号|发文编号|文件编号|文号)");
    /** What stands between such a label and its value: spaces, a colon, the cell's brackets and bars ([ 发文字号 ] | …). */
    private static final java.util.regex.Pattern LABEL_TO_VALUE = java.util.regex.Pattern.compile("[\\s\u3000:：\\]】］|｜]*");
    /** Paragraphs read for a catalogue's rows kept in the text: they stand above the document. */
    private static final int LABEL_PARAGRAPHS = 15;

    /**
     * A catalogue's rows kept in the text (索引号 … 发文字号 民政发〔2020〕110号, [ 发文字号 ] | 大渡口府发〔2021〕17号 |): the
     * number right after its label is the document's. Returns the paragraph and the number's index in it, or null.
     */
    static int[] labelledNumber(List<String> paras) {
        for (int i = 0; i < Math.min(LABEL_PARAGRAPHS, paras.size()); i++) {
            String p = paras.get(i);
            if (p.indexOf('号') < 0 || (p.indexOf("文号") < 0 && p.indexOf("字号") < 0 && p.indexOf("编号") < 0)) continue;
            List<DocumentNumbers.Found> found = DocumentNumbers.find(p);
            for (int k = 0; k < found.size(); k++) {
                java.util.regex.Matcher label = NUMBER_LABEL.matcher(p).region(0, found.get(k).start());
                int labelEnd = -1;
                while (label.find()) labelEnd = label.end();
                if (labelEnd >= 0 && LABEL_TO_VALUE.matcher(p.substring(labelEnd, found.get(k).start())).matches()) return new int[] {i, k};
            }
        }
        return null;
    }

    /** A body named by its level and no place (市民政局, 县应急管理局), as a list or a head says it of its own place. */
    private static final java.util.regex.Pattern LEVEL_FIRST = java.util.regex.Pattern.compile("^(?:省|市|县|区)[^人政]\\p{IsHan}{1,14}$");

    /**
     * A body named without its place (a list's 发布机构 市民政局) that the page names whole on a line of its own above the
     * text (the site's header 宿迁市民政局): that name.
     */
    static List<String> completedByAPlacedName(List<String> issuers, List<String> paras) {
        String shortName = issuers.get(0);
        for (int i = 0; i < Math.min(LABEL_PARAGRAPHS, paras.size()); i++) {
            String p = paras.get(i).strip();
            if (p.length() <= shortName.length() || p.length() > 24 || !p.endsWith(shortName) || !PLACE.matcher(p).find()) continue;
            String place = p.substring(0, p.length() - shortName.length() + 1);
            // the place ends at the short name's level (宿迁市 + 民政局), and the line is that name and nothing more
            if (place.length() >= 3 && Signature.isBodyLine(p) && p.chars().allMatch(Character::isIdeographic)) return List.of(p);
        }
        return issuers;
    }

    /** A body that studied the matter and decided it, in the text's opening: 经X研究决定, 已经X研究同意, X进行了认真研究. */
    private static final java.util.regex.Pattern DECIDED_BY = java.util.regex.Pattern.compile(
            "(?:已?经|，|,|^)([\\p{IsHan}]{1,25}?(?:人民政府|政府|管委会|管理委员会|委员会|指挥部|领导小组|办公室|办公厅|部|局|委|厅|署))"
                    + "(?:常务会议|党组会议|党组)?(?:进行了?认真)?研究(?:决定|同意)?");
    /** A government's head named as a report's speaker: the government, the office (代)省长 … 镇长, the name. */
    private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile(
            "^([\\p{IsHan}]{1,12}?(?:省|自治区|市|自治州|州|县|自治县|区|旗|镇|乡)人民政府)\\s*代?(?:省长|主席|市长|州长|县长|区长|旗长|镇长|乡长)"
                    + "[\\s\\u3000]*[\\p{IsHan}][\\s\\u3000]*[\\p{IsHan}](?:[\\s\\u3000]*[\\p{IsHan}]){0,2}$");

    /** The government whose head delivers the report, named on a line of its own in the text's opening. */
    static List<String> reportedBy(List<String> paras) {
        for (int i = 0; i < Math.min(LABEL_PARAGRAPHS, paras.size()); i++) {
            String p = paras.get(i).strip();
            if (p.length() > 30 || p.indexOf("长") < 0 && p.indexOf("主席") < 0) continue;
            java.util.regex.Matcher m = SPEAKER.matcher(p);
            if (m.matches()) return List.of(m.group(1));
        }
        return List.of();
    }

    /** A place in a title, to complete a body named by its level (区管委会 under a title naming 某某经济技术开发区). */
    private static final java.util.regex.Pattern TITLE_PLACE = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{2,12}?(?:经济技术开发区|高新技术产业开发区|开发区|自治州|自治县|省|市|县|区|镇|乡)");
    /** The verbs a title puts before the place it names (关于印发某某经济技术开发区…). */
    private static final java.util.regex.Pattern TITLE_VERB = java.util.regex.Pattern.compile("^(?:印发|转发|批转|公布|下达|颁发|发布|做好|开展|加强|征集|向社会公开征集)");
    /** How far into the text the deciding sentence is looked for. */
    private static final int DECIDING_PARAGRAPHS = 4;

    static List<String> decidedBy(List<String> paras, String title) {
        for (int i = 0, seen = 0; i < paras.size() && seen < DECIDING_PARAGRAPHS; i++) {
            String p = paras.get(i).strip();
            if (p.length() < 12) continue;
            seen++;
            if (p.indexOf("研究") < 0) continue;
            java.util.regex.Matcher m = DECIDED_BY.matcher(p);
            while (m.find()) {
                String name = m.group(1).replace("管委会", "管理委员会");
                name = name.startsWith("经") ? name.substring(1) : name;
                if (name.indexOf('、') >= 0 || name.length() < 3) continue;
                if (name.endsWith("政府") && !name.endsWith("人民政府")) name = name.substring(0, name.length() - 2) + "人民政府";
                String placed = placed(name, title);
                if (placed != null) return List.of(placed);
            }
        }
        return List.of();
    }

    /** The body with its place: as named when it has one (or is national), else the title's place of its level, else null. */
    private static String placed(String name, String title) {
        char level = name.charAt(0);
        if ("省市县区镇乡".indexOf(level) < 0) {
            return NATIONAL.matcher(name).find() || PLACE.matcher(name).find() || Signature.TOWN.matcher(name).find() ? name : null;
        }
        if (title == null) return null;
        java.util.regex.Matcher t = TITLE_PLACE.matcher(title);
        while (t.find()) {
            String place = t.group();
            int about = place.lastIndexOf("关于");
            if (about >= 0) place = place.substring(about + 2);
            place = TITLE_VERB.matcher(place).replaceFirst("");
            if (place.length() >= 3 && place.charAt(place.length() - 1) == level) return place + name.substring(1);
        }
        return null;
    }

    /** A national body's name: the State Council's, the central committee's, a ministry's or a national administration's. */
    private static final java.util.regex.Pattern NATIONAL = java.util.regex.Pattern.compile(
            "^(?:国务院|中共中央|国家[\\p{IsHan}]{2,12}(?:局|委|署|总局)$|[\\p{IsHan}]{2,8}部$)");

    /** A catalogue's label for the issuing body, and what stands between it and the name (spaces, a colon, a cell's bar). */
    private static final java.util.regex.Pattern ISSUER_ROW = java.util.regex.Pattern.compile(
            "(?:发文机关|发文单位|发文机构|发布机构|发布单位|制发机关)[\\s\u3000:：\\]】］|｜]*([\\p{IsHan}、]{4,40})");

    /**
     * A catalogue's issuer row kept in the text (发布机构：某某县人民政府, [ 发文机关 ] | …): the body named right after its
     * label, when it reads as a body's name. The crawled page's table says the same (its 发布机构 is read as 发文机关 too).
     */
    static String labelledIssuer(List<String> lines) {
        for (int i = 0; i < Math.min(LABEL_PARAGRAPHS, lines.size()); i++) {
            String p = lines.get(i);
            if (p.indexOf("发文") < 0 && p.indexOf("发布") < 0 && p.indexOf("制发") < 0) continue;
            java.util.regex.Matcher m = ISSUER_ROW.matcher(p);
            if (!m.find()) continue;
            String name = m.group(1);
            // a next label run on after the name (某某县人民政府成文日期) ends it
            java.util.regex.Matcher next = NEXT_LABEL.matcher(name);
            if (next.find()) name = name.substring(0, next.start());
            if (name.length() >= 4 && Signature.isBodyLine(name) && !SITE.matcher(name).find()) return name;
        }
        return null;
    }

    private static final java.util.regex.Pattern NEXT_LABEL = java.util.regex.Pattern.compile(
            "(?:成文日期|发文日期|发布日期|生成日期|公开日期|发文字号|文号|索引号|主题分类|信息分类|有效性)");

    /**
     * The number in the lines of the article's block that the body leaves out, read as the text's own rules read it: a
     * catalogue's row with its label (above or below the body), the number right before or after the page's own title
     * (盘政发〔2010〕22号 盘锦市人民政府关于…的决定, dropped with the title), a number alone on a line above the body.
     */
    static String numberAtTheEdges(List<String> head, List<String> tail, String title) {
        for (List<String> lines : List.of(head, tail)) {
            int[] at = labelledNumber(lines);
            if (at != null) return DocumentNumbers.find(lines.get(at[0])).get(at[1]).number();
        }
        for (List<String> lines : List.of(head, tail)) {
            DocumentNumbers.Found own = numberAfterItsOwnTitle(String.join("\n", lines), title);
            if (own != null) return own.number();
        }
        int[] lone = loneNumberLine(head);
        return lone == null ? null : DocumentNumbers.find(head.get(lone[0])).get(0).number();
    }

    /** A catalogue's label for the written date, as a page that kept its rows writes it ([ 成文日期 ] | 2021-08-17 |). */
    private static final java.util.regex.Pattern WRITTEN_LABEL = java.util.regex.Pattern.compile("(?:成文日期|成文时间)");

    /**
     * The written date a catalogue's row gives in lines the body leaves out: the date right after its label (spaces, a
     * colon, the cell's brackets and bars between), never a 发布日期 beside it.
     */
    static LocalDate labelledWrittenDate(List<String> lines) {
        for (String p : lines) {
            java.util.regex.Matcher label = WRITTEN_LABEL.matcher(p);
            while (label.find()) {
                java.util.regex.Matcher gap = LABEL_TO_VALUE.matcher(p).region(label.end(), p.length());
                if (!gap.lookingAt()) continue;
                CnDates.Match d = CnDates.find(p, gap.end());
                if (d != null && d.start() == gap.end()) return d.date();
            }
        }
        return null;
    }

    /** What may stand around a number on a line of its own: brackets and spaces. */
    private static final java.util.regex.Pattern AROUND_A_LONE_NUMBER = java.util.regex.Pattern.compile("[\\s\\u3000（()）\\[\\]【】]*");
    private static final int MAX_LONE_NUMBER_LINE = 30;

    /**
     * A number on a line of its own away from the head (a repost that moved it under the signature, or below a lead it
     * does not follow): nothing but the number and its brackets on the line, so no sentence cites it. Read last, when
     * no number line, title, lead or file name gives one. Returns the paragraph's index (and 0), or null.
     */
    static int[] loneNumberLine(List<String> paras) {
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i).strip();
            if (p.length() > MAX_LONE_NUMBER_LINE || p.indexOf('号') < 0) continue;
            List<DocumentNumbers.Found> found = DocumentNumbers.find(p);
            if (found.size() != 1) continue;
            DocumentNumbers.Found f = found.get(0);
            if (AROUND_A_LONE_NUMBER.matcher(p.substring(0, f.start())).matches() && AROUND_A_LONE_NUMBER.matcher(p.substring(f.end())).matches()) {
                return new int[] {i, 0};
            }
        }
        return null;
    }

    /** A file's name in a link or an attachment line: its extension closes it. */
    private static final java.util.regex.Pattern FILE_EXTENSION = java.util.regex.Pattern.compile(
            "\\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar)(?![A-Za-z])", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** What may stand between a number and the rest of a file name (镇政办发〔2025〕3号 关于…, …3号-关于…, …3号_…). */
    private static final java.util.regex.Pattern FILE_NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\u3000_\\-—《》〈〉“”\"（）()]");

    /**
     * A page whose number is nowhere near its title may still name the file it was made from: an attachment line or a
     * download link after the signature (附件下载：镇政办发〔2025〕3号 关于…的通报.pdf). A number inside a file's name is the
     * document's own when the rest of that name is the document's title, or a part of it, or nothing; a file named by
     * another document's title is a cited one. Returns the paragraph and the number's index in it, or null.
     */
    static int[] numberInAFileName(List<String> paras, String title) {
        String t = title == null ? "" : FILE_NAME_SEPARATORS.matcher(title).replaceAll("");
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            java.util.regex.Matcher ext = FILE_EXTENSION.matcher(p);
            if (!ext.find()) continue;
            List<DocumentNumbers.Found> found = DocumentNumbers.find(p);
            for (int k = 0; k < found.size(); k++) {
                DocumentNumbers.Found f = found.get(k);
                java.util.regex.Matcher e = FILE_EXTENSION.matcher(p);
                if (!e.find(f.end())) continue;
                String rest = FILE_NAME_SEPARATORS.matcher(p.substring(f.end(), e.start())).replaceAll("");
                // the file's name runs from the number to its extension: no sentence between them
                if (rest.length() > 120 || rest.indexOf('。') >= 0 || rest.indexOf('，') >= 0) continue;
                if (rest.isEmpty() || (rest.length() >= 6 && t.contains(rest))) return new int[] {i, k};
            }
        }
        return null;
    }

    /**
     * The 版头 of a document printed as text: a line at the head that is only the issuing bodies' names, maybe with 文件
     * after them (贵州省国土资源厅文件), as law databases and reposts keep it above the number line.
     */
    private static List<String> letterhead(List<String> paras, List<Integer> head) {
        for (int i : head) {
            String p = paras.get(i).strip();
            if (p.isEmpty() || p.length() > MAX_SIGNATURE_LINE + 4) continue;
            p = LETTERHEAD_SUFFIX.matcher(p).replaceAll("");
            if (Signature.isBodyLine(p)) return TitleParts.splitBodies(p);
        }
        return List.of();
    }

    /** The 主送机关 line: a short line near the top that ends with a colon, split at its commas. */
    /** The longest tail of an addressee line broken over two lines, and the marks a line broken inside a name does not end with. */
    private static final int BROKEN_TAIL = 12;
    private static final java.util.regex.Pattern BROKEN_BEFORE_END = java.util.regex.Pattern.compile("[。：:；;，,、！？]$");

    /** A law database's label before the text (内容：各市、县人民政府，…：): no part of the addressee line. */
    private static final java.util.regex.Pattern CONTENT_LABEL = java.util.regex.Pattern.compile("^(?:内容|正文|全文)\\s*[:：]\\s*");

    private static List<String> addressees(List<String> paras, List<Integer> head, String title) {
        for (int i : head) {
            String p = CONTENT_LABEL.matcher(paras.get(i).strip()).replaceFirst("");
            // a line broken inside a name (…、经济开发 / 区管委会：): the end of the addressee line is the start's line too
            if (i > 0 && p.length() <= BROKEN_TAIL && (p.endsWith("：") || p.endsWith(":")) && p.indexOf('，') < 0 && p.indexOf(',') < 0) {
                String before = paras.get(i - 1).strip();
                if (before.startsWith("各") && before.length() + p.length() <= MAX_ADDRESSEE_LINE && !BROKEN_BEFORE_END.matcher(before).find()) {
                    p = before + p;
                }
            }
            // a list broken after a comma, one group a line (各乡镇人民政府， / 县直各单位：): the lines above that end with a
            // separator and name bodies are the same line
            if (i > 0 && (p.endsWith("：") || p.endsWith(":")) && p.length() <= SHORT_ADDRESSEE_LINE) p = withListLinesAbove(paras, i, p);
            if (p.length() < 3 || p.length() > MAX_ADDRESSEE_LINE || p.indexOf('。') >= 0) continue;
            if (!(p.endsWith("：") || p.endsWith(":"))) continue;
            // an item of the text's list (1、下列工作人员，由省长提请省人大常委会决定任免：) introduces its entries
            if (ENUMERATED.matcher(p).find()) continue;
            // a sentence that introduces what follows (国务院决定对《…》作如下修改：, …全文如下：) names a title, not bodies
            if (p.indexOf('《') >= 0 || INTRODUCES.matcher(p).find()) continue;
            // a catalogue table's label left on a line of its own (发布机构：) names no addressee
            if (p.length() <= 8 && META_LABEL.matcher(p).find()) continue;
            // an addressee line names bodies (各省…人民政府, 海关总署); a table's lone label (索引号：) does not
            if (p.length() < 4 || !ADDRESSEE.matcher(p).find()) continue;
            List<String> out = splitOutsideBrackets(p.substring(0, p.length() - 1));
            // a longer line is a list of forty cities' governments and four companies, or a sentence: every part of a list is a body
            if (p.length() > SHORT_ADDRESSEE_LINE && !out.stream().allMatch(a -> BODY_END.matcher(a).find())) continue;
            return out;
        }
        // a repost that joined the lines runs the text on after the colon: 各省…，国务院各部委、各直属机构：现将《…》印发给你们
        for (int i : head) {
            String p = paras.get(i).strip();
            int colon = firstColon(p);
            // (a list of every province's departments may run to several hundred characters: only the strict form below reads it)
            // (各村：, 各乡镇： are addressees of three characters)
            if (colon < (p.startsWith("各") ? 2 : 4) || colon > MAX_ADDRESSEE_LINE || colon == p.length() - 1) continue;
            String names = p.substring(0, colon);
            if (names.indexOf('。') >= 0 || names.indexOf('《') >= 0 || META_LABEL.matcher(names).find()) continue;
            if (ENUMERATED.matcher(names).find()) continue;
            // a line that opens with the number runs the addressees on after it (呼政办发[2008]68号各旗、县、区人民政府,…:)
            List<DocumentNumbers.Found> opening = names.indexOf('号') > 0 ? DocumentNumbers.find(names) : List.of();
            if (!opening.isEmpty() && opening.get(0).start() == 0) names = names.substring(opening.get(0).end()).strip();
            if (names.length() < 2) continue;
            List<String> out = splitOutsideBrackets(names);
            if (out.stream().allMatch(a -> a.startsWith("各") || a.contains("、")) && out.stream().allMatch(a -> BODY_END.matcher(a).find())) {
                return out;
            }
            if (colon > SHORT_ADDRESSEE_LINE) continue;
            // with a half-width colon too (各科室,各站所,各村: 为提高…; 市直有关部门: 为切实…), and a list whose names are all
            // bodies or places (大兴安岭地区行政公署, 各村) when one of them reads as an addressee does (各…, …有关…, 直属, 成员单位)
            if (out.stream().allMatch(a -> BODY_END.matcher(a).find() || LOCAL_END.matcher(a).find())
                    && out.stream().anyMatch(a -> ADDRESSEE_WORD.matcher(a).find())) {
                return out;
            }
        }
        // a page run into one line keeps the title, the number and the addressees on it: the list after the number up to
        // the colon (…的决定信政〔2018〕17号各县、区人民政府,各管理区、开发区,市政府有关部门: 2017年，…)
        for (int i : head) {
            String p = paras.get(i).strip();
            if (p.indexOf('号') < 0) continue;
            for (DocumentNumbers.Found f : DocumentNumbers.find(p)) {
                String rest = p.substring(f.end());
                int colon = firstColon(rest);
                if (colon < 2 || colon > SHORT_ADDRESSEE_LINE) continue;
                String names = rest.substring(0, colon).strip();
                // (a number run into the title runs the title on before the addressees: the title's own test below reads them)
                if (names.indexOf('。') >= 0 || names.indexOf('《') >= 0 || names.contains("关于")) continue;
                List<String> out = splitOutsideBrackets(names);
                if (out.stream().allMatch(a -> BODY_END.matcher(a).find() || LOCAL_END.matcher(a).find())
                        && out.stream().anyMatch(a -> ADDRESSEE_WORD.matcher(a).find())) {
                    return out;
                }
            }
        }
        // or the title runs into the addressees with no number between them (滨教函202011号滨州市教育局关于印发…的通知各县(市、
        // 区)教体局,各市属开发区教育管理机构,市直各学校:现将…): the list after the document's own title up to the colon
        String t = title == null ? "" : SPACES.matcher(title).replaceAll("");
        if (t.length() >= 8) {
            for (int i : head) {
                String p = SPACES.matcher(paras.get(i)).replaceAll("");
                int at = p.indexOf(t);
                if (at < 0) continue;
                String rest = p.substring(at + t.length());
                int colon = firstColon(rest);
                if (colon < 2 || colon > SHORT_ADDRESSEE_LINE) continue;
                String names = rest.substring(0, colon);
                if (names.indexOf('。') >= 0 || names.indexOf('《') >= 0 || META_LABEL.matcher(names).find()) continue;
                List<String> out = splitOutsideBrackets(names);
                if (out.stream().allMatch(a -> BODY_END.matcher(a).find() || LOCAL_END.matcher(a).find())
                        && out.stream().anyMatch(a -> ADDRESSEE_WORD.matcher(a).find())) {
                    return out;
                }
            }
        }
        // a repost that lost the colons (各乡镇(街道)、县直有关单位 / …现通知如下): the head's line that is a list of bodies
        // and opens as an addressee line does (各…, 县直…), alone on its line above the text
        for (int i : head) {
            String p = paras.get(i).strip();
            if (p.length() < 4 || p.length() > UNMARKED_ADDRESSEE_LINE || !UNMARKED_ADDRESSEE_START.matcher(p).find()) continue;
            if (firstColon(p) >= 0 || p.indexOf('。') >= 0 || p.indexOf('《') >= 0 || p.indexOf('号') >= 0) continue;
            if (i + 1 >= paras.size() || paras.get(i + 1).strip().length() <= p.length() && !nextTextLine(paras, i)) continue;
            List<String> out = splitOutsideBrackets(p);
            if (out.stream().allMatch(a -> BODY_END.matcher(a).find() || LOCAL_END.matcher(a).find() || a.endsWith("单位"))) return out;
        }
        // and a reply to a deputy's or a member's proposal that lost the colon (苏某某代表 / 您提出的…建议收悉): the person it
        // answers, alone on the line above the reply's first words
        for (int i : head) {
            String p = paras.get(i).strip();
            if (p.length() < 4 || p.length() > 16 || !DEPUTY.matcher(p).matches() || i + 1 >= paras.size()) continue;
            String next = paras.get(i + 1).strip();
            if (next.startsWith("您") || next.startsWith("你")) return List.of(p);
        }
        return List.of();
    }

    /** A person a reply answers: a name and 代表 or 委员 (苏某某代表, 李某某委员), nothing else on the line. */
    private static final java.util.regex.Pattern DEPUTY = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,4}(?:等)?(?:代表|委员)$");

    /** An addressee line without its colon is short and opens with 各 or a level's 直 (县直有关单位). */
    private static final int UNMARKED_ADDRESSEE_LINE = 80;
    private static final java.util.regex.Pattern UNMARKED_ADDRESSEE_START = java.util.regex.Pattern.compile("^(?:各|[省市县区]直)");

    /** Whether the text goes on under line {@code i} (a page's stray tag line such as /p> skipped): a sentence, not a name. */
    private static boolean nextTextLine(List<String> paras, int i) {
        for (int j = i + 1; j < paras.size() && j <= i + 3; j++) {
            String q = paras.get(j).strip();
            if (q.length() < 6 && !q.chars().anyMatch(Character::isIdeographic)) continue;
            return q.length() >= 10 && (q.indexOf('，') >= 0 || q.indexOf(',') >= 0 || q.indexOf('。') >= 0);
        }
        return false;
    }

    /** A list's line ends with a separator where the page broke it (各乡镇人民政府，). */
    private static final java.util.regex.Pattern LIST_BREAK_END = java.util.regex.Pattern.compile("[，,；;、]$");

    /** The addressee line at {@code i} with the lines above it that are the same list broken after its separators. */
    private static String withListLinesAbove(List<String> paras, int i, String p) {
        String joined = p;
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            String above = paras.get(j).strip();
            if (above.length() < 3 || !LIST_BREAK_END.matcher(above).find() || firstColon(above) >= 0 || above.indexOf('。') >= 0
                    || above.indexOf('《') >= 0 || joined.length() + above.length() > SHORT_ADDRESSEE_LINE) break;
            List<String> parts = splitOutsideBrackets(above.substring(0, above.length() - 1));
            if (parts.isEmpty() || !parts.stream().allMatch(a -> BODY_END.matcher(a).find() || LOCAL_END.matcher(a).find())) break;
            joined = above + joined;
        }
        return joined;
    }

    /** A list item's number opening a line: 1、, 2., 一、, （一）, (3). */
    private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile(
            "^(?:\\d{1,2}\\s*[、.．]|[一二三四五六七八九十]{1,3}\\s*、|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)])");

    /** The first colon of either width. */
    private static int firstColon(String p) {
        int full = p.indexOf('：'), half = p.indexOf(':');
        return full < 0 ? half : half < 0 ? full : Math.min(full, half);
    }

    /** Places and stations a township writes to (各村, 各社区, 各站所): no body's ending, an addressee all the same. */
    private static final java.util.regex.Pattern LOCAL_END = java.util.regex.Pattern.compile("(?:村|社区|站所|所|站|乡镇|街道|开发区|管理区|新区|园区|学校|院校|高校|企业)$");
    /** What marks a list before a colon as the addressees: 各…, …有关部门, 市直…, …直属…, …成员单位. */
    private static final java.util.regex.Pattern ADDRESSEE_WORD = java.util.regex.Pattern.compile("^各|有关|^[省市县区]直|直属|成员单位");

    /** A metadata label (发布机构：, 来源：) before a colon is no addressee. */
    private static final java.util.regex.Pattern META_LABEL = java.util.regex.Pattern.compile("^(?:发布|发文|来源|信息|公开|主题|索引|成文|生成|所属)");
    private static final int SHORT_ADDRESSEE_LINE = 150;
    private static final int MAX_ADDRESSEE_LINE = 600;
    private static final java.util.regex.Pattern BODY_END = java.util.regex.Pattern.compile(
            "(?:政府|部|委|厅|局|办|署|院|会|机构|单位|公司|集团|中心|部门|兵团|处室|处|室)(?:[（(][^（()）]*[)）])?$");

    /**
     * Parts between commas and semicolons, except those inside brackets: 各县（市，九台区、双阳区）经济局 is one body. A comma
     * right before a 、 is a stray mark inside a group (国有农,、林场: a glossed page's), not a break: a group joined by 、
     * is one addressee (session 14's ruling), and no group starts with 、.
     */
    static List<String> splitOutsideBrackets(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
            boolean separator = c == '，' || c == ',' || c == '；' || c == ';';
            if (separator && strayBeforeEnumerationComma(line, k)) continue;
            if (depth == 0 && separator) {
                if (!part.toString().isBlank()) out.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (!part.toString().isBlank()) out.add(part.toString().strip());
        return out;
    }

    /** A comma or semicolon whose next mark (spaces aside) is 、: the page's slip inside a name. */
    private static boolean strayBeforeEnumerationComma(String line, int k) {
        int j = k + 1;
        while (j < line.length() && Character.isWhitespace(line.charAt(j))) j++;
        return j < line.length() && line.charAt(j) == '、';
    }

    /** A sentence that introduces what follows (…通知如下：, 现发布如下命令：, 特发布如下公告：): no addressee line. */
    private static final java.util.regex.Pattern INTRODUCES = java.util.regex.Pattern.compile("如下(?:命令|公告|通告|决定|规定|事项|意见)?[：:]$");
    /**
     * Words of an addressee line: bodies, or the people a reply or a notice to residents greets (…等代表, …朋友们), and the
     * villages and farmers a land-taking notice is addressed to (固安镇南关村及有关农户).
     */
    private static final java.util.regex.Pattern ADDRESSEE = java.util.regex.Pattern.compile(
            "各|政府|部|委|厅|局|办|署|院|会|机构|单位|公司|集团|中心|部门|代表|委员|朋友们|同志们|居民|村民|农户|村"
                    // the public a 通告 speaks to (广大市民朋友：, 广大考生及家长：): only as the line's last word, not a site (中国游客网)
                    + "|(?:市民|群众|考生|家长|游客)(?:朋友们?)?[：:]$");

    private static String validity(String v) {
        if (v == null) return null;
        if (v.contains("废止")) return "废止";
        if (v.contains("失效")) return "失效";
        if (v.contains("修订") || v.contains("修改") || v.contains("修正")) return "已修改";
        if (v.contains("有效")) return "有效";
        return v;
    }

    private List<String> bodies(String value) {
        return value == null ? List.of() : TitleParts.splitBodies(value);
    }

    private static List<Attachment> attachments(PageFacts f) {
        List<Attachment> out = new ArrayList<>();
        int n = 0;
        for (PageFacts.Link l : f.fileLinks()) {
            n++;
            String name = l.text();
            String label = l.label();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(附件\\s*[0-9一二三四五六七八九十]*)\\s*[:：.、]?\\s*").matcher(name);
            if (m.find()) {
                label = m.group(1).replace(" ", "");
                name = name.substring(m.end());
            }
            // a list of several files under one 附件： heading numbers them, as the documents do (附件1, 附件2)
            if (label.isEmpty() || label.equals("附件")) label = "附件" + (f.fileLinks().size() > 1 ? String.valueOf(n) : "");
            String path = l.url().replaceAll("[?#].*$", "");
            String type = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            out.add(new Attachment(label, name.isBlank() ? null : name, l.url(), type));
        }
        return out;
    }

    /**
     * The lines of the article's block that the body leaves out, simplified and without a glossed page's pinyin (文號(hào) |
     * 南政發(fā)〔2022〕2號(hào)): they are read for the number, the date and the issuer only, never for offsets.
     */
    private List<String> simplified(List<String> lines) {
        return lines.stream().map(this::simplified).map(l -> l == null ? null : PinyinGlosses.strip(l).text()).toList();
    }

    private String simplified(String value) {
        return value == null ? null : converter.toSimplified(value.strip());
    }

    private static final int MAX_SIGNATURE_LINES = 12;
    private static final java.util.regex.Pattern TRAILING_NOTE = java.util.regex.Pattern.compile("\\s*[（(](?:此件|本件)[^（()）]{1,12}[)）]$");
    private static final java.util.regex.Pattern TRAILING_SEAL = java.util.regex.Pattern.compile("\\s*[（(][^（()）]{0,12}(?:章|印)[)）]$");
    private static final java.util.regex.Pattern SEAL_NOTE = java.util.regex.Pattern.compile("^[（(][^（()）]{1,30}(?:章|印)[)）]$");
    private static final java.util.regex.Pattern SEPARATED = java.util.regex.Pattern.compile("[\\s\\u3000、]");

    private static final String FULL_STATE_COUNCIL = "中华人民共和国国务院";

    /** The signature block: the bodies' names in the lines right above a line that is only a date. */
    record Signature(List<String> issuers, LocalDate date) {
        static Signature find(List<String> paras) {
            for (int i = 0; i < paras.size(); i++) {
                String p = paras.get(i).strip();
                // a page that ran the attachment's label and list onto the signature's line (文化和旅游部 2023年7月17日
                // 附件:国家级文化生态保护区建议名单 客家文化…): the signature is what stands before the label
                if (p.indexOf("附件") > 0) p = AFTER_THE_DATE_ATTACHMENT.matcher(p).replaceFirst("");
                if (p.isEmpty() || p.length() > MAX_SIGNATURE_LINE + 34) continue;
                // a page that lost its full-width indents shows them as question marks (??2018年5月14日)
                if (p.charAt(0) == '?' || p.charAt(0) == '？' || p.charAt(0) == '\uFFFD') p = MISREAD_INDENT.matcher(p).replaceFirst("");
                if (p.isEmpty()) continue;
                // a repost that joined the lines may leave （此件公开发布） after the date, and a table's bar (2023年6月2日 |)
                if (p.endsWith("）") || p.endsWith(")")) p = TRAILING_NOTE.matcher(p).replaceAll("");
                if (p.endsWith("|") || p.endsWith("｜")) p = p.substring(0, p.length() - 1).strip();
                p = tidiedDateLine(p);
                // the date before the name on one line (2023年1月2日 某某县人民政府), under the text only: a news header's date
                // and source stand at the top
                if (i >= paras.size() / 2 && !p.isEmpty() && !endsLikeADate(p) && p.indexOf('年') > 0 && p.indexOf('年') <= 5) {
                    Signature before = dateBeforeTheName(p);
                    if (before != null) return before;
                }
                if (p.isEmpty() || p.length() > MAX_SIGNATURE_LINE + 20 || !endsLikeADate(p)) continue;
                CnDates.Match m = CnDates.find(p, 0);
                if (m == null || p.length() - m.end() > 1 || dayless(p, m)) continue;
                if (m.start() > 1) {
                    // a repost that lost the line break keeps the name and the date on one line (国务院办公厅 2018年1月2日)
                    String name = CLOSING_FORMULA.matcher(p.substring(0, m.start()).strip()).replaceFirst("");
                    if (isBodyLine(name)) return new Signature(withNamesAbove(paras, i, TitleParts.splitBodies(name)), m.date());
                    continue;
                }
                if (i == 0) continue;
                List<String> names = new ArrayList<>();
                int top = i;
                // a joint document signs one body a line, ten or more for a many-ministry 通知
                for (int j = i - 1; j >= 0 && j >= i - MAX_SIGNATURE_LINES; j--) {
                    String line = paras.get(j).strip();
                    if (line.isEmpty()) continue;
                    // a seal note between the names and the date (（国家知识产权局代章）, （盖章）) is no name, nor the end of them
                    if (SEAL_NOTE.matcher(line).matches()) continue;
                    if (line.endsWith("）") || line.endsWith(")")) line = TRAILING_SEAL.matcher(line).replaceAll("");
                    // a name spaced out to the signature's width, a character at a time (某  某  县  公  安  局)
                    if (LETTER_SPACED.matcher(line).matches()) line = SPACES.matcher(line).replaceAll("");
                    if (!isBodyLine(line)) {
                        // a long name broken over two lines (通海县应对新型冠状病毒感染肺炎 / 疫情工作领导小组指挥部): the line
                        // above starts with the place or the State Council, the name under it does not
                        if (names.size() == 1 && j + 1 == firstNameLine(paras, i) && continuesAName(line, names.get(0))) {
                            names.set(0, line + names.get(0));
                        }
                        break;
                    }
                    names.addAll(0, TitleParts.splitBodies(line));
                    top = j;
                }
                if (names.isEmpty()) continue;
                // a catalogue table's cells left as lines (发布机构： / 南阳市人民政府办公室 / 2023-05-10) look like a name over
                // a date: a label right above the name says they are the table's, not a signature
                if (top > 0 && TABLE_LABEL.matcher(paras.get(top - 1).strip()).matches()) continue;
                return new Signature(names, m.date());
            }
            return null;
        }

        /**
         * A page that breaks each run of digits and each date unit onto a line of its own (2017 / 年 / 8 / 月 / 18 / 日): the
         * lines of such a date joined into one, for the signature's sake (the lines are only read for it, never for offsets).
         */
        static List<String> withBrokenDatesJoined(List<String> paras) {
            List<String> out = null;
            for (int i = paras.size() - 1; i >= 4; i--) {
                if (paras.get(i).length() > 2 || !paras.get(i).strip().equals("日")) continue;
                int from = i;
                while (from > 0 && from > i - 6 && DATE_PIECE.matcher(paras.get(from - 1).strip()).matches()) from--;
                StringBuilder date = new StringBuilder();
                for (int k = from; k <= i; k++) date.append(paras.get(k).strip());
                if (i - from != 5 || !BROKEN_DATE.matcher(date).matches()) continue;
                if (out == null) out = new ArrayList<>(paras);
                out.subList(from, i + 1).clear();
                out.add(from, date.toString());
                i = from;
            }
            return out == null ? paras : out;
        }

        /**
         * A joint signature whose last name ran onto the date's line (中华人民共和国住房和城乡建设部 / 中华人民共和国环境保护部
         * 2016年12月6日): the names on the lines right above it, one a line, that start as it does (the same country or place) or
         * with a place of their own.
         */
        static List<String> withNamesAbove(List<String> paras, int dateLine, List<String> onTheLine) {
            List<String> names = new ArrayList<>(onTheLine);
            String last = onTheLine.get(0);
            for (int j = dateLine - 1; j >= 0 && j >= dateLine - MAX_SIGNATURE_LINES; j--) {
                String line = paras.get(j).strip();
                if (line.isEmpty() || SEAL_NOTE.matcher(line).matches()) continue;
                if (line.length() < 4 || !isBodyLine(line) || !(line.startsWith(last.substring(0, 2)) || NAME_START.matcher(line).find())) break;
                names.addAll(0, TitleParts.splitBodies(line));
            }
            return names;
        }

        /** Single characters with spaces between them: a name a page spaced out, which no joint signature is. */
        private static final java.util.regex.Pattern LETTER_SPACED = java.util.regex.Pattern.compile(
                "^\\p{IsHan}(?:[\\s\\u3000]+\\p{IsHan}){3,}$");

        /** A line that is a date in 年月日 and then a body's name: the signature written in the other order. */
        static Signature dateBeforeTheName(String p) {
            CnDates.Match m = CnDates.find(p, 0);
            if (m == null || m.start() > 1 || dayless(p, m) || p.substring(m.start(), m.end()).indexOf('日') < 0) return null;
            String name = p.substring(m.end()).strip();
            // (a footer's date and site, 2023年1月2日 某某县人民政府网站, is no signature)
            if (name.length() < 4 || !isBodyLine(name) || SITE.matcher(name).find() || !PLACE.matcher(name).find() && !name.startsWith("国务院")) return null;
            return new Signature(TitleParts.splitBodies(name), m.date());
        }

        /** A weekday a page writes after the signature's date (2023年5月6日星期六, （周六）). */
        private static final java.util.regex.Pattern TRAILING_WEEKDAY = java.util.regex.Pattern.compile(
                "(?<=日)\\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][)）]?$");
        private static final java.util.regex.Pattern DATE_THEN_ISSUED = java.util.regex.Pattern.compile("(?<=日)\\s*发布$");
        /** A label a page puts before the signature's date (日期：2023年5月6日, 成文日期：…). */
        private static final java.util.regex.Pattern DATE_LABEL = java.util.regex.Pattern.compile(
                "^(?:成文日期|成文时间|落款日期|日期|时间)\\s*[:：]\\s*(?=[0-9〇○零一二])");

        /**
         * The signature's date line without what a page writes around the date that no date has: a weekday after it, the
         * seal's note after it (2023年5月6日（印章）), a label before it (日期：). The 公文 format puts the 成文日期 alone
         * under the 落款; these are the page's additions, not another date.
         */
        static String tidiedDateLine(String p) {
            if (p.length() > MAX_SIGNATURE_LINE + 34) return p;
            if (p.endsWith("）") || p.endsWith(")") || p.endsWith("六") || p.endsWith("布") || p.endsWith("天") || p.endsWith("日")
                    || p.endsWith("一") || p.endsWith("二") || p.endsWith("三") || p.endsWith("四") || p.endsWith("五")) {
                p = TRAILING_WEEKDAY.matcher(p).replaceFirst("");
                // (发布 after the date under a notice's name: the day it was issued, which a 通告 or 公告 signs with; 印发,
                // the 版记's printing date, stays out)
                if (p.endsWith("发布") && !p.endsWith("印发布")) p = DATE_THEN_ISSUED.matcher(p).replaceFirst("");
                if (p.endsWith("）") || p.endsWith(")")) p = TRAILING_SEAL.matcher(p).replaceFirst("");
            }
            if (p.indexOf('期') > 0 || p.indexOf('间') > 0) p = DATE_LABEL.matcher(p).replaceFirst("");
            return p.strip();
        }

        private static final java.util.regex.Pattern DATE_PIECE = java.util.regex.Pattern.compile("^(?:\\d{1,4}|年|月)$");
        private static final java.util.regex.Pattern BROKEN_DATE = java.util.regex.Pattern.compile("^(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日$");

        /** A type's closing formula (特此通告, 特此通知。) that a page ran onto the signature's line. */
        private static final java.util.regex.Pattern CLOSING_FORMULA = java.util.regex.Pattern.compile(
                "^特此(?:通告|通知|公告|批复|函复|函告|通报|公示|决定|复函)[。！!.]?\\s*");

        /** An attachment's label and list after a signature's date on one line. */
        private static final java.util.regex.Pattern AFTER_THE_DATE_ATTACHMENT = java.util.regex.Pattern.compile(
                "(?<=日)\\s*附件\\s*[0-9一二三四五六七八九十]*\\s*[:：].*$");

        /** Question marks (or replacement characters) where a page's full-width indent was: no part of the line. */
        private static final java.util.regex.Pattern MISREAD_INDENT = java.util.regex.Pattern.compile("^[?？\uFFFD]+\\s*");

        /** A table's label alone on a line: a few characters and a colon (发布机构：, 发文单位:). */
        private static final java.util.regex.Pattern TABLE_LABEL = java.util.regex.Pattern.compile("^[\\p{IsHan}\\s]{2,8}[：:]$");

        /** The index of the name line right above the date at {@code dateLine} (seal notes skipped). */
        private static int firstNameLine(List<String> paras, int dateLine) {
            for (int j = dateLine - 1; j >= 0; j--) {
                String line = paras.get(j).strip();
                if (line.isEmpty() || SEAL_NOTE.matcher(line).matches()) continue;
                return j;
            }
            return -1;
        }

        private static final java.util.regex.Pattern NAME_START = java.util.regex.Pattern.compile(
                "^(?:中共)?[\\p{IsHan}]{1,10}?(?:自治区|省|市|县|区|州|盟|旗)|^国务院|^中共中央");

        /**
         * Whether {@code upper} is the first half of a body's name whose second half is {@code name}: a short line without
         * punctuation that starts with a place (or 国务院), under which a name without a place of its own goes on.
         */
        static boolean continuesAName(String upper, String name) {
            if (upper.length() < 4 || upper.length() > 24 || NAME_START.matcher(name).find() || !NAME_START.matcher(upper).find()) return false;
            for (char c : new char[] {'。', '，', ',', '：', ':', '；', '！', '？', '《', '（', '('}) if (upper.indexOf(c) >= 0) return false;
            return upper.chars().allMatch(Character::isIdeographic) && isBodyLine(upper + name) && (upper + name).length() <= MAX_SIGNATURE_LINE;
        }

        /**
         * The cheap test before the date regexes (this runs on every short paragraph): a date ends in 日 or a digit,
         * maybe with one mark after it.
         */
        /**
         * A date written with 年 and 月 that lost its 日 (2025年1月23, 2026年18): the page cut or garbled it, and a cut
         * date may also have lost digits (2025年1月2 of 2025年1月23日), so it is no signature's date. ISO dates
         * (2023-05-10) have no 日 to lose.
         */
        static boolean dayless(String p, CnDates.Match m) {
            String d = p.substring(m.start(), m.end()).strip();
            return d.indexOf('年') >= 0 && !d.endsWith("日");
        }

        private static boolean endsLikeADate(String p) {
            for (int k = p.length() - 1; k >= Math.max(0, p.length() - 2); k--) {
                char c = p.charAt(k);
                if (c == '日' || (c >= '0' && c <= '9')) return true;
            }
            return false;
        }

        /**
         * A page run into one long line (its extraction drops the spaces between the parts) keeps the signature inside it:
         * "…名单信阳市人民政府 2018年12月3日责编:…" — the date right after the name of a body that issued the document — or
         * only the date, right after the last sentence ("…编制工作。二OO八年五月二十三日呼和浩特市…"), not a sentence
         * that starts with a date ("。2018年12月3日，市政府召开…").
         */
        static LocalDate runOnDate(List<String> paras, List<String> issuers) {
            for (String para : paras) {
                if (para.length() <= MAX_SIGNATURE_LINE + 34) continue;
                // the head of a run-on page holds its signature; a window keeps a page of one huge paragraph linear
                // (CnDates.find rescans Chinese-numeral dates from the start)
                String p = para.length() > RUN_ON_WINDOW ? para.substring(0, RUN_ON_WINDOW) : para;
                for (CnDates.Match m = CnDates.find(p, 0); m != null; m = next(p, m)) {
                    if (dayless(p, m)) continue;
                    String before = p.substring(0, m.start()).strip();
                    if (issuers.stream().anyMatch(i -> i.length() >= 3 && before.endsWith(i))) return m.date();
                    if (before.endsWith("。") && (m.end() == p.length() || NOT_A_SENTENCE_DATE.indexOf(p.charAt(m.end())) < 0)) return m.date();
                }
            }
            return null;
        }

        /**
         * The signature a page run into one long line keeps inside it: a body's name between the last sentence and a date
         * ("…请认真贯彻执行。辽宁省人民政府办公厅二00三年八月十二日加快…", "…遵照执行。 邵东市双凤乡人民政府 2022 年 2 月 27 日 -1-"),
         * the date not one that opens a sentence. A placeless name (市政府) is no signature: a sentence may start with it.
         */
        static Signature runOn(List<String> paras) {
            for (String para : paras) {
                if (para.length() <= MAX_SIGNATURE_LINE + 34) continue;
                String p = para.length() > RUN_ON_WINDOW ? para.substring(0, RUN_ON_WINDOW) : para;
                for (CnDates.Match m = CnDates.find(p, 0); m != null; m = next(p, m)) {
                    if (dayless(p, m)) continue;
                    if (m.end() < p.length() && NOT_A_SENTENCE_DATE.indexOf(p.charAt(m.end())) >= 0) continue;
                    String before = p.substring(0, m.start()).strip();
                    int end = Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('！')));
                    if (end < 0) continue;
                    // the closing formula may run on to the name (…遵守本通告。 特此通告 汕尾市公安局交通警察支队 2023年1月20日)
                    String name = CLOSING_FORMULA.matcher(before.substring(end + 1).strip()).replaceFirst("");
                    // an attachment's line may stand between the last sentence and the signature (…预案。 附件:…预案(修订)
                    // 温州市鹿城区山福镇人民政府 2020年10月22日): the name is what follows the last space
                    int space = lastSpace(name);
                    if (!isBodyLine(name) && space > 0 && ATTACHMENT_LABEL.matcher(name).find()) name = name.substring(space + 1);
                    if (name.length() < 5 || !isBodyLine(name) || isPlaceless(List.of(name))) continue;
                    return new Signature(TitleParts.splitBodies(name), m.date());
                }
            }
            return null;
        }

        private static final java.util.regex.Pattern ATTACHMENT_LABEL = java.util.regex.Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]*\\s*[:：]");

        private static int lastSpace(String s) {
            for (int k = s.length() - 1; k >= 0; k--) if (Character.isWhitespace(s.charAt(k)) || s.charAt(k) == '\u3000') return k;
            return -1;
        }

        /** A body's name right before a date whose year a page dropped (…指挥部年1月4日): the digits of 2021 were lost. */
        private static final java.util.regex.Pattern YEARLESS = java.util.regex.Pattern.compile(
                "(?:^|[。！；\\s])([\\p{IsHan}]{5,40}?)年\\d{1,2}月\\d{1,2}日");

        /**
         * A signature whose date lost its year on the page (罗田县…指挥部 / 年2月9日, …防控指挥部年1月4日请大家…): the name
         * right before 年M月D日 at a paragraph's start or after a sentence, when it is a body's name that starts with its
         * place. The date is unknown; the issuer is not. Read only when nothing else names one.
         */
        static List<String> beforeAYearlessDate(List<String> paras) {
            for (String para : paras) {
                if (para.indexOf("年") < 0) continue;
                String p = para.length() > RUN_ON_WINDOW ? para.substring(0, RUN_ON_WINDOW) : para;
                java.util.regex.Matcher m = YEARLESS.matcher(p);
                while (m.find()) {
                    String name = m.group(1);
                    if (isBodyLine(name) && !isPlaceless(List.of(name)) && PLACE.matcher(name).find()) return TitleParts.splitBodies(name);
                }
            }
            return List.of();
        }

        /** How much of a run-on paragraph is searched for its signature date. */
        private static final int RUN_ON_WINDOW = 3_000;

        /** What follows a date that opens a sentence rather than signs a document. */
        private static final String NOT_A_SENTENCE_DATE = "，,、：:起前后至以及上下晚召在";

        /** The date after {@code m} ({@link CnDates#find} may give a Chinese-numeral date before its start again). */
        private static CnDates.Match next(String p, CnDates.Match m) {
            CnDates.Match n = m.end() < p.length() ? CnDates.find(p, m.end()) : null;
            return n != null && n.start() >= m.end() ? n : null;
        }


        /**
         * A paragraph that is only a date: documents put a date alone on a line in the signature block (a repost may
         * drop the body's name above it) or in a law database's header, and nowhere else.
         */
        static LocalDate loneDate(List<String> paras) {
            return loneDate(paras, true);
        }

        /** @param above whether a lone date above the text's first sentence counts when none stands under it */
        static LocalDate loneDate(List<String> paras, boolean above) {
            // a catalogue page leaves its table's dates above the text as lines of their own (生成日期： / 2023-05-10): the
            // document's own date is the one under its text, so a lone date after the first sentence comes first
            LocalDate first = null;
            boolean inText = false;
            for (String para : paras) {
                String p = para.strip();
                if (!inText && p.indexOf('。') >= 0) inText = true;
                // a closing formula may run on to the date, and a page's stray mark follow it (特此公告。 二○一○年七月三十日 |)
                if (p.startsWith("特此")) p = CLOSING_FORMULA.matcher(p).replaceFirst("").replaceAll("[\\s|｜]+$", "");
                else if (p.endsWith("|") || p.endsWith("｜")) p = p.substring(0, p.length() - 1).strip();
                p = tidiedDateLine(p);
                if (p.isEmpty() || p.length() > 20) continue;
                CnDates.Match m = CnDates.find(p, 0);
                if (m == null || m.start() > 1 || p.length() - m.end() > 1 || dayless(p, m)) continue;
                // a document signs in 年月日: a date in digits and dashes under the text (2019-04-27) is the site's stamp of
                // the day it posted the page
                if (inText && p.indexOf('年') < 0 && ISO_DATE.matcher(p).find()) continue;
                if (inText) return m.date();
                if (first == null && above) first = m.date();
            }
            return first;
        }

        private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}");

        private static final java.util.regex.Pattern PREMIER = java.util.regex.Pattern.compile("^(?:国务院)?总\\s*理\\s*[\\p{IsHan}]{2,4}$");

        /**
         * A State Council decree is signed by the premier, not by a body (总理 李克强 / 2019年10月22日): a repost that
         * lost the decree's heading and number still names the State Council by that line above the date.
         */
        static boolean byThePremier(List<String> paras) {
            for (int i = 0; i + 1 < paras.size(); i++) {
                String p = paras.get(i).strip();
                if (p.length() > 12 || p.indexOf('理') < 0 || !PREMIER.matcher(p).matches()) continue;
                String next = paras.get(i + 1).strip();
                CnDates.Match m = next.length() <= 20 ? CnDates.find(next, 0) : null;
                if (m != null && m.start() <= 1 && next.length() - m.end() <= 1) return true;
            }
            return false;
        }

        /** A signature's date whose year the page lost or masked (年九月二日, 二0一*年十一月二十五日, 20xx年3月1日). */
        private static final java.util.regex.Pattern GARBLED_DATE = java.util.regex.Pattern.compile(
                "^[0-9０-９〇○零一二三四五六七八九*＊xX×]{0,4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$");
        /** How many bodies sign one to a line. */
        private static final int MAX_SIGNING_LINES = 4;

        /**
         * A signature dated by its year and month alone (某某市人民政府 / 2019年6月): the name signs, the date gives no written day.
         * Only the last such line: a body's name with its place right above a line that is that date and nothing else.
         */
        static List<String> aboveAMonth(List<String> paras) {
            for (int i = paras.size() - 1; i > 0; i--) {
                String d = paras.get(i).strip();
                if (d.length() > 11 || !YEAR_AND_MONTH.matcher(d).matches()) continue;
                String n = paras.get(i - 1).strip();
                if (isBodyLine(n) && !isPlaceless(List.of(n)) && (PLACE.matcher(n).find() || TOWN.matcher(n).find())) return TitleParts.splitBodies(n);
                return List.of();
            }
            return List.of();
        }

        /** And a date cut after its day's digits (2018年5月30, the page lost the 日): the day may be cut too, so no date. */
        private static final java.util.regex.Pattern YEAR_AND_MONTH = java.util.regex.Pattern.compile(
                "^(?:(?:19|20)\\d{2}年\\d{1,2}月(?:\\d{1,2})?|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月)$");
        /** A town's or a township's name (马兰屯镇人民政府), which {@link #PLACE} does not read. */
        private static final java.util.regex.Pattern TOWN = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,8}?(?:镇|乡)(?:人民政府|政府|党委)");

        /**
         * A signature whose date lost its year (无为县环保局 / 无为县农委 / 年九月二日): the bodies one to a line right above the
         * date line, each a body's name that starts with its place. The issuers are known, the date is not.
         */
        static Signature aboveAGarbledDate(List<String> paras) {
            for (int i = paras.size() - 1; i > 0; i--) {
                String d = paras.get(i).strip();
                if (d.length() > 16 || d.indexOf('年') < 0 || !GARBLED_DATE.matcher(d).matches()) continue;
                List<String> names = new ArrayList<>();
                for (int k = i - 1; k >= 0 && i - k <= MAX_SIGNING_LINES; k--) {
                    String n = paras.get(k).strip();
                    if (n.isEmpty() || !isBodyLine(n) || !PLACE.matcher(n).find()) break;
                    names.add(0, n);
                }
                if (names.isEmpty()) continue;
                List<String> issuers = new ArrayList<>();
                for (String n : names) issuers.addAll(TitleParts.splitBodies(n));
                return new Signature(issuers, null);
            }
            return null;
        }

        static boolean isBodyLine(String line) {
            // one name, or several on one line with spaces or 、 between them (a joint document's signature)
            if (line.length() > (SEPARATED.matcher(line).find() ? 2 * MAX_SIGNATURE_LINE : MAX_SIGNATURE_LINE)) return false;
            for (char c : new char[] {'。', '，', '：', ':', '；', '！', '？', '《'}) if (line.indexOf(c) >= 0) return false;
            // 办事处, 领导小组, 研究所, 支队, 管理站, 大学 sign documents too; and the small bodies a town's or a county's notice
            // comes from: 气象台, 合作社, 妇联 and 残联, 科协, a customs house (某某海关), 社区, a village (某某村), 林场
            return line.matches(".*(?:政府|办公厅|办公室|委员会|国务院|中共中央|中央军委|部|局|厅|署|委|院|行|会|中心|集团|公司|党组|处|组|所|队|站|大学|学校|馆"
                    + "|台|社|联|协|海关|社区|村|林场|农场|党校)$");
        }
    }
}
