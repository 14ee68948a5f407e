package org.policyminer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) in text: an issuer code, the year in brackets of any style (〔〕, [], 【】, （）, „‟ …) and a
 * serial with 号 (国办发〔2018〕128号, 工信部联规〔2021〕207号, 国办发明电〔2020〕1号), and the order form
 * (国务院令第707号, 国令第707号), and the older year-first form (〔92〕国科发火字395号). Normalised to code〔year〕serial号 with
 * no spaces; a State Council decree to the library's 国令第707号.
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    /** ﹝﹞ are the small-form brackets some sites type (工信部规函﹝2022﹞40号). */
    /**
     * 〖〗「」『』〘〙＜＞ and quotation marks: the brackets a page's font or editor put where 〔〕 was (国办发〖2018〗128号,
     * 国办发「2018」128号); no number is written with them on purpose, but a year in any pair of them is the number's.
     */
    private static final String OPEN = "〔\\[【(（［„〈<\\{｛﹝〖「『〘＜《“\"‹";
    private static final String CLOSE = "〕\\]】)）］‟〉>\\}｝\"”﹞〗」』〙＞》›";
    /** Spaces as pages type them: the ideographic and the no-break space too (国办发〔2018〕128　号). */
    private static final String WS = "[\\s\\u00a0\\u3000]";
    /** A year in brackets: four digits, or two for the 1950s to the 1990s (国办发〔98〕45号), whose code then must read as one. */
    private static final Pattern BRACKETED = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,14})" + WS + "*[" + OPEN + "]" + WS + "*((?:19|20)\\d{2}|[5-9]\\d)" + WS + "*[" + CLOSE + "]" + WS
                    + "*(?:(第)" + WS + "*)?(\\d{1,5})" + WS + "*号");
    /** A body's name as it ends: a joint decree or announcement names each (商务部、公安部令2005年第8号). */
    private static final String BODY = "[\\p{IsHan}]{1,14}?(?:部|委|局|署|行|会|院|厅|办|室|政府)";
    /** The bodies before a joint decree's or announcement's 令 / 公告, separated by 、 or a space. */
    private static final String JOINT = "(?:" + BODY + "(?:、|" + WS + "+))*";
    /**
     * 国务院令第707号, 中华人民共和国国务院令（第513号）, and the name and its number on two lines (令 / 第644号); the
     * ministries' year-and-serial decrees, one body or several (交通运输部令2016年第5号, 商务部、公安部令2005年第8号).
     */
    private static final Pattern ORDER = Pattern.compile("(" + JOINT + "[\\p{IsHan}]{1,14}令)" + WS + "*(?:((?:19|20)\\d{2})" + WS + "*年" + WS
            + "*)?[（(]?" + WS + "*第" + WS + "*(\\d{1,5})" + WS + "*号");
    /**
     * The older order, year first: 〔92〕国科发火字395号 (the 1990s wrote the year before the code, often in two digits).
     * The code must read as one (发, 函, 字, 办 or 规 in it), so a bracketed count before a serial is not taken.
     */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "[〔\\[【(（]\\s*((?:19|20)\\d{2}|[5-9]\\d)\\s*[〕\\]】)）]\\s*([\\p{IsHan}]{2,12}?)\\s*(?:第\\s*)?(\\d{1,5})\\s*号");
    private static final String CODE_MARKS = "发函字办规";
    /**
     * A number whose brackets a page lost, the year run into the serial (黑政办发201835号, 滨教函202011号), or whose closing
     * bracket it lost (国办发〔20161号): after a code that reads as one, the four digits of a year from 1950 and the serial.
     */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "([\\p{IsHan}]{2,14})[" + OPEN + "]?((?:19[5-9]|20[0-4])\\d)(\\d{1,4})号");
    /**
     * A number whose brackets a page lost and left spaces in their place (某政发 2020 5号, 某政发　2020　5号): the code must
     * read as one, a four-digit year between spaces, the serial.
     */
    private static final Pattern SPACED = Pattern.compile(
            "([\\p{IsHan}]{2,14})" + WS + "+((?:19|20)\\d{2})" + WS + "+(?:(第)" + WS + "*)?(\\d{1,5})" + WS + "*号");
    /**
     * A numbered announcement: the body's name, 公告, the year and the serial (国家税务总局公告2016年第23号, 海关总署公告
     * 2019年第5号), the form the tax and customs administrations number their 公告 in, without brackets.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "(" + JOINT + "[\\p{IsHan}]{2,14})" + WS + "*公告" + WS + "*((?:19|20)\\d{2})" + WS + "*年" + WS + "*(?:度" + WS + "*)?第" + WS
                    + "*(\\d{1,5})" + WS + "*号");
    /**
     * The same number with its words in the spoken order, 公告 last (依照海关总署2016年52号公告, 国家税务总局2018年第31号公告):
     * read as the body's 公告 of that year and serial. Only a body's name may stand before the year.
     */
    private static final Pattern ANNOUNCEMENT_LAST = Pattern.compile(
            "([\\p{IsHan}]{2,14}?(?:总署|总局|部|委|局|署|行))" + WS + "*((?:19|20)\\d{2})" + WS + "*年" + WS + "*(?:度" + WS + "*)?(?:第"
                    + WS + "*)?(\\d{1,5})" + WS + "*号$");
    /**
     * The type a title ends with: a code is never written after one, so 的通知国办发〔2016〕97号 (a law database's header
     * line that runs the title into the number) is 国办发.
     */
    private static final String[] TITLE_ENDS = {"通知", "意见", "决定", "批复", "复函", "公告", "通告", "通报", "规定", "办法", "方案", "规划",
            "纲要", "细则", "规则", "条例"};
    /** The country's name before a State Council body in a decree's heading: the library writes 国令第N号. */
    private static final String COUNTRY = "中华人民共和国";
    /**
     * Characters that end the words before a code, never inside one: 根据国发〔…〕 is 国发, 按照工信部联规〔…〕 is
     * 工信部联规. Codes are abbreviations of bodies plus 发, 函, 办, 规, 字 …, so these verbs and particles do not occur; nor
     * 号, which ends the label before a number (发布文号环监测〔2021〕99号, a page that ran the label into it, is 环监测).
     */
    private static final String STOP = "据照按和及与的是在为以经将对由即并或等见于将从把被该此其向请凡件年月日号了已";

    /** The full words of a body's name, which no code writes: 人民政府, 办公厅, 办公室, 委员会. */
    private static final Pattern FULL_BODY_NAME = Pattern.compile("人民政府|办公厅|办公室|委员会");

    /** How the name of a body that numbers its decrees by year ends (交通运输部, 国家发展改革委, 海关总署, 中国人民银行). */
    private static final Pattern ORDER_BODY_END = Pattern.compile("(?:部|委|委员会|局|总局|署|银行|人民政府)$");

    /** A body's whole name as the code: the State Council, or a government or its office written out. */
    private static final Pattern WHOLE_NAME_CODE = Pattern.compile("^(?:国务院|中共中央)$|人民政府$|人民政府办公[厅室]$");

    /** The end of an ad-hoc body's full name, never of a code. */
    private static final Pattern AD_HOC_NAME = Pattern.compile("(?:指挥部|领导小组|工作组)$");

    /** A number found in a text: normalised form and where it was written. */
    record Found(String number, int start, int end) {}

    /** The longest a number runs back from its 号: a 14-character code, a bracketed year, 第, a serial, spaces. */
    private static final int WINDOW = 48;

    /**
     * Every number ends in 号, so only the text just before each 号 is matched: a regex run over the whole body
     * (its code part tried at every character) cost more than the rest of the document stage together.
     */
    static List<Found> find(String text) {
        // full-width digits (国发〔２０１３〕９号, as some reposts type them) read as ASCII; one char for one keeps offsets
        text = asciiDigits(text);
        List<Found> out = new ArrayList<>();
        int done = 0;
        for (int hao = text.indexOf('号'); hao >= 0; hao = text.indexOf('号', hao + 1)) {
            int from = Math.max(done, hao - WINDOW);
            Found f = at(text, from, hao + 1);
            if (f != null) {
                out.add(f);
                done = f.end();
            }
        }
        return out;
    }

    private static String asciiDigits(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '０' && ch <= '９') {
                if (c == null) c = text.toCharArray();
                c[i] = (char) ('0' + (ch - '０'));
            }
        }
        return c == null ? text : new String(c);
    }

    /** The number that ends at {@code end} (just after its 号) within [from, end), or null. */
    private static Found at(String text, int from, int end) {
        Matcher m = BRACKETED.matcher(text).region(from, end);
        while (m.find()) {
            if (m.end() != end) continue;
            String code = trimCode(m.group(1));
            // a body's full name before its code, run together where a line lost its spaces (山西省人民政府办公厅晋政办发〔2007〕
            // 120号): a code abbreviates its body, it never writes 办公厅 or 人民政府 out
            Matcher body = FULL_BODY_NAME.matcher(code);
            int cut = -1;
            while (body.find()) if (body.end() <= code.length() - 2) cut = body.end();
            if (cut > 0) code = code.substring(cut);
            if (code.isEmpty()) return null;
            // an ad-hoc body numbers its 通告 by its full name and a serial (漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告):
            // a 文号's code abbreviates its issuer, it never ends with a headquarters' or a group's name
            if (AD_HOC_NAME.matcher(code).find()) return null;
            // nor is it a body's whole name (国务院〔1993〕38号 for 国发〔1993〕38号, 某县人民政府〔2022〕3号): a page that garbled the
            // number wrote the body where its code stood, and the 文号 it meant is not known
            if (WHOLE_NAME_CODE.matcher(code).find()) return null;
            int start = m.start(1) + m.group(1).length() - code.length();
            String year = m.group(2);
            if (year.length() == 2) {
                // a two-digit year (国办发〔98〕45号) only after a code that ends as one (发, 函, 字 …): 办法(95)12号 is no number
                if (CODE_MARKS.indexOf(code.charAt(code.length() - 1)) < 0 && !code.endsWith("明电")) return null;
                year = "19" + year;
            }
            // a page that spaced the code out letter by letter (国 办 发〔2018〕128号): the letters before it are the code's
            if (code.length() == 1) {
                StringBuilder spaced = new StringBuilder(code);
                int k = start;
                while (k >= 2 && isSpace(text.charAt(k - 1)) && isCodeLetter(text.charAt(k - 2)) && (k < 3 || !isCodeLetter(text.charAt(k - 3)))
                        && k - 2 >= from) {
                    spaced.insert(0, text.charAt(k - 2));
                    k -= 2;
                }
                if (spaced.length() > 1) {
                    code = spaced.toString();
                    start = k;
                }
            }
            // 第 stays where the page writes it (巩政征预告字〔2023〕第5号): the number as written
            return new Found(code + "〔" + year + "〕" + (m.group(3) != null ? "第" : "") + m.group(4) + "号", start, m.end());
        }
        Matcher o = ORDER.matcher(text).region(from, end);
        while (o.find()) {
            if (o.end() != end) continue;
            String raw = o.group(1).substring(0, o.group(1).length() - 1);
            int country = raw.lastIndexOf(COUNTRY);
            String body = trimCode(country >= 0 ? raw.substring(country + COUNTRY.length()) : raw, true);
            if (body.isEmpty()) return null;
            int start = country >= 0 ? o.start(1) + country : o.end(1) - 1 - body.length();
            // the State Council's decrees are 国令 in its library, however the heading writes the body's name
            String code = body.equals("国务院") ? "国令" : oneSpaced(body) + "令";
            // a ministry's decree numbered by year and serial (交通运输部令2016年第5号): the year is part of the number. Only a
            // body's name stands before such a 令; a title that ends in 令 (…森林防火禁火令) over a year and serial is no number
            if (o.group(2) != null && !ORDER_BODY_END.matcher(body).find()) return null;
            String year = o.group(2) == null ? "" : o.group(2) + "年";
            return new Found(code + year + "第" + o.group(3) + "号", start, o.end());
        }
        // (the announcement form only where 公告 is written: one indexOf instead of a regex at every other 号)
        int announced = text.lastIndexOf("公告", end);
        Matcher a = ANNOUNCEMENT.matcher(text).region(from, end);
        while (announced >= from && a.find()) {
            if (a.end() != end) continue;
            // an announcement is numbered by its body's full name, as a decree is (住房和城乡建设部公告2017年第34号)
            String body = trimCode(a.group(1), true);
            if (body.length() < 2) return null;
            int start = a.start(1) + a.group(1).length() - body.length();
            return new Found(oneSpaced(body) + "公告" + a.group(2) + "年第" + a.group(3) + "号", start, a.end());
        }
        if (text.startsWith("公告", end)) {
            Matcher l = ANNOUNCEMENT_LAST.matcher(text).region(from, end);
            if (l.find()) {
                String body = trimCode(l.group(1), true);
                if (body.length() >= 2) {
                    int start = l.start(1) + l.group(1).length() - body.length();
                    return new Found(body + "公告" + l.group(2) + "年第" + l.group(3) + "号", start, end + 2);
                }
            }
        }
        // (the two forms a page garbled only where their shape is there: a space before the serial, five digits before 号)
        int digits = 0;
        while (end - 2 - digits >= from && Character.isDigit(text.charAt(end - 2 - digits))) digits++;
        int k = end - 2;
        while (k >= from && isSpace(text.charAt(k))) k--;
        int serial = 0;
        while (k >= from && Character.isDigit(text.charAt(k))) { k--; serial++; }
        boolean sawSpace = false;
        while (k >= from && (isSpace(text.charAt(k)) || text.charAt(k) == '第')) { sawSpace |= isSpace(text.charAt(k)); k--; }
        boolean spaced = serial > 0 && sawSpace && k >= from && Character.isDigit(text.charAt(k));
        Matcher sp = SPACED.matcher(text).region(from, end);
        while (spaced && sp.find()) {
            if (sp.end() != end) continue;
            String code = trimCode(sp.group(1));
            // only a code that reads as one (…发, …函, …字, …办, …规, …明电): 某市2020 5号 is no number
            if (code.length() < 2 || CODE_MARKS.indexOf(code.charAt(code.length() - 1)) < 0 && !code.endsWith("明电")) return null;
            int start = sp.start(1) + sp.group(1).length() - code.length();
            return new Found(code + "〔" + sp.group(2) + "〕" + (sp.group(3) != null ? "第" : "") + sp.group(4) + "号", start, sp.end());
        }
        Matcher run = RUN_TOGETHER.matcher(text).region(from, end);
        while (digits >= 5 && run.find()) {
            if (run.end() != end) continue;
            String code = trimCode(run.group(1));
            if (code.length() < 2 || CODE_MARKS.indexOf(code.charAt(code.length() - 1)) < 0 && !code.endsWith("明电")) return null;
            int start = run.start(1) + run.group(1).length() - code.length();
            // without any bracket only inside a citation's brackets ((黑政办发201835号) after a title): a page's own garbled
            // heading (滨教函202011号滨州市…) is no number it shows
            boolean opened = run.group().indexOf('〔') >= 0 || text.charAt(run.start(2) - 1) != code.charAt(code.length() - 1);
            if (!opened && (start == 0 || "(（".indexOf(text.charAt(start - 1)) < 0)) return null;
            return new Found(code + "〔" + run.group(2) + "〕" + run.group(3) + "号", start, run.end());
        }
        Matcher y = YEAR_FIRST.matcher(text).region(from, end);
        while (y.find()) {
            if (y.end() != end) continue;
            String code = y.group(2);
            if (code.chars().noneMatch(c -> CODE_MARKS.indexOf(c) >= 0)) return null;
            String year = y.group(1).length() == 4 ? y.group(1) : "19" + y.group(1);
            return new Found(code + "〔" + year + "〕" + y.group(3) + "号", y.start(), y.end());
        }
        return null;
    }

    private static String trimCode(String raw) {
        return trimCode(raw, false);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    private static boolean isCodeLetter(char c) {
        return Character.isIdeographic(c) && STOP.indexOf(c) < 0;
    }

    /** Joint bodies as written, a run of spaces between two of them as one (财政部  税务总局 → 财政部 税务总局). */
    private static String oneSpaced(String bodies) {
        return bodies.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    /**
     * The code without the words before it. A decree is numbered by the body's full name, which may hold 和
     * (文化和旅游部令第1号, 工业和信息化部令第5号): there 和 is kept when two characters of the name stand before it.
     */
    private static String trimCode(String raw, boolean fullName) {
        int from = 0;
        for (int i = raw.length() - 1; i >= 0; i--) {
            if (STOP.indexOf(raw.charAt(i)) >= 0) {
                // 经 opens a phrase (经研究, 已经) but is also a code's 经 of 经济 (浙经信, 川经信, 十经普办文): inside a
                // code it follows a code's character, not a stop, a space or the start
                // 据 opens 根据 / 依据, but 数据 is a code's word (发改数据规〔2025〕26号, the data administration's codes)
                if (raw.charAt(i) == '据' && i > 0 && raw.charAt(i - 1) == '数') continue;
                if (raw.charAt(i) == '经' && i > 0 && Character.isIdeographic(raw.charAt(i - 1))
                        && STOP.indexOf(raw.charAt(i - 1)) < 0 && raw.charAt(i - 1) != '已') continue;
                // (文化和旅游部: the two characters before 和 are the name's, even one of them a stop character; 文件和 is no name)
                if (fullName && raw.charAt(i) == '和' && i >= 2 && i < raw.length() - 2 && STOP.indexOf(raw.charAt(i - 1)) < 0) {
                    i -= 2;
                    continue;
                }
                from = i + 1;
                break;
            }
        }
        String code = raw.substring(from);
        for (String type : TITLE_ENDS) {
            int at = code.lastIndexOf(type);
            if (at >= 0 && at + type.length() < code.length() - 1) code = code.substring(at + type.length());
        }
        // 国务院国资委印发国资发… never happens, but 现印发国发 would: an issuing verb before a code is not part of it
        // (财政部与国家发改委联合发布财税〔2015〕2号: 发布 too)
        // and the other verbs a sentence puts right before a number it names (下达, 出台, 通过, 废止, 修订 …; 已 and 了 are stops)
        for (String verb : new String[] {"印发", "转发", "批转", "执行", "落实", "贯彻", "发布", "公布", "下发", "下达", "出台", "通过",
                "参考", "结合", "废止", "撤销", "修订", "修改", "制定", "颁布", "颁发"}) {
            int at = code.lastIndexOf(verb);
            if (at >= 0 && at + verb.length() < code.length() - 1) code = code.substring(at + verb.length());
        }
        return code;
    }

    private static final Pattern PREFIX = Pattern.compile("^\\s*([\\p{IsHan}A-Za-z]{1,14})\\s*(?:[" + OPEN + "]\\s*((?:19|20)\\d{0,2})\\s*([" + CLOSE + "])?\\s*(\\d{0,5})\\s*(号)?)?\\s*$");

    /**
     * The start of a number as a user types it to list a series (工信部联规〔2021〕, 国办发[2018], 国办发), in the
     * normalised form; a whole number is normalised as such; anything else is returned stripped.
     */
    public static String normalisePrefix(String value) {
        String whole = normalise(value);
        if (whole != null) return whole;
        Matcher m = PREFIX.matcher(value);
        if (!m.matches()) return value.strip();
        StringBuilder b = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            b.append('〔').append(m.group(2));
            if (m.group(3) != null) b.append('〕').append(m.group(4));
        }
        return b.toString();
    }

    /** A number as a table or meta tag gives it, normalised; null when it holds none. */
    public static String normalise(String value) {
        if (value == null) return null;
        List<Found> f = find(value.strip());
        return f.isEmpty() ? null : f.get(0).number();
    }
}
