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
    private static final String OPEN = "〔\\[【(（［„〈<\\{｛﹝";
    private static final String CLOSE = "〕\\]】)）］‟〉>\\}｝\"”﹞";
    private static final Pattern BRACKETED = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,14})\\s*[" + OPEN + "]\\s*((?:19|20)\\d{2})\\s*[" + CLOSE + "]\\s*(?:第\\s*)?(\\d{1,5})\\s*号");
    /** 国务院令第707号, 中华人民共和国国务院令（第513号）, and the name and its number on two lines (令 / 第644号). */
    private static final Pattern ORDER = Pattern.compile("([\\p{IsHan}]{1,14}令)\\s*[（(]?\\s*第\\s*(\\d{1,5})\\s*号");
    /**
     * The older order, year first: 〔92〕国科发火字395号 (the 1990s wrote the year before the code, often in two digits).
     * The code must read as one (发, 函, 字, 办 or 规 in it), so a bracketed count before a serial is not taken.
     */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "[〔\\[【(（]\\s*((?:19|20)\\d{2}|[5-9]\\d)\\s*[〕\\]】)）]\\s*([\\p{IsHan}]{2,12}?)\\s*(?:第\\s*)?(\\d{1,5})\\s*号");
    private static final String CODE_MARKS = "发函字办规";
    /**
     * A numbered announcement: the body's name, 公告, the year and the serial (国家税务总局公告2016年第23号, 海关总署公告
     * 2019年第5号), the form the tax and customs administrations number their 公告 in, without brackets.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "([\\p{IsHan}]{2,14})公告\\s*((?:19|20)\\d{2})\\s*年\\s*(?:度\\s*)?第\\s*(\\d{1,5})\\s*号");
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
    private static final String STOP = "据照按和及与的是在为以经将对由即并或等见于将从把被该此其向请凡件年月日号";

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
                done = hao + 1;
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
            if (code.isEmpty()) return null;
            // an ad-hoc body numbers its 通告 by its full name and a serial (漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告):
            // a 文号's code abbreviates its issuer, it never ends with a headquarters' or a group's name
            if (AD_HOC_NAME.matcher(code).find()) return null;
            int start = m.start(1) + m.group(1).length() - code.length();
            return new Found(code + "〔" + m.group(2) + "〕" + m.group(3) + "号", start, m.end());
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
            String code = body.equals("国务院") ? "国令" : body + "令";
            return new Found(code + "第" + o.group(2) + "号", start, o.end());
        }
        // (the announcement form only where 公告 is written: one indexOf instead of a regex at every other 号)
        int announced = text.lastIndexOf("公告", end);
        Matcher a = ANNOUNCEMENT.matcher(text).region(from, end);
        while (announced >= from && a.find()) {
            if (a.end() != end) continue;
            String body = trimCode(a.group(1));
            if (body.length() < 2) return null;
            int start = a.start(1) + a.group(1).length() - body.length();
            return new Found(body + "公告" + a.group(2) + "年第" + a.group(3) + "号", start, a.end());
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
        for (String verb : new String[] {"印发", "转发", "批转", "执行", "落实", "贯彻"}) {
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
