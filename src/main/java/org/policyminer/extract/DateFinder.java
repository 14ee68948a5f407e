package org.policyminer.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date, as {@code YYYY-MM-DD} (or {@code YYYY-MM} / {@code YYYY} when the page only says that; a
 * day is never invented). Order: a visible MIIT-style {@code #con_time} (the metas can disagree with it, and the
 * visible time is the publication time), metas (PubDate, publishdate, article:published_time …, any case), JSON-LD,
 * a labelled line (发布时间/发布日期/时间 …), the first date just after the title, then the URL
 * ({@code t20210323_…}, {@code /2021-03/23/}, {@code /art/2021/}).
 */
final class DateFinder {
    private static final List<String> META_NAMES = List.of("pubdate", "publishdate", "publish_date", "publishtime",
            "publish_time", "pubtime", "_pubtime", "ptime", "apub:time", "article:published_time", "og:published_time",
            "og:release_date", "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
            "firstpublishedtime", "sailthru.date", "date", "release_date");
    static final Pattern DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*(?:-|/|年)\\s*(\\d{1,2})(?:月|(?![\\d/.-]))");
    private static final Pattern ISSUE_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern LABEL = Pattern.compile(
            "(发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表日期|發表日期|发表于|發表於|发布于|發布於|更新时间|更新時間|成文日期|日期|时间|時間|发布|發布)\\s*[:：]?\\s*");
    /** A label right before a date: the label, optional colon and spaces, then the end of the region. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表日期|發表日期|发表于|發表於|发布于|發布於|更新时间|更新時間|成文日期|日期|时间|時間|发布|發布)\\s*[:：]?\\s*$");
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern URL_DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern URL_YEAR = Pattern.compile("/art/((?:19|20)\\d{2})/|/((?:19|20)\\d{2})/");
    private static final int NEAR_TITLE_CHARS = 300;

    private DateFinder() {}

    /**
     * @param flat   visible text of the page in document order
     * @param title  the title found (may be empty)
     * @param bodyStart index in {@code flat} where the article body starts, or -1
     */
    static Optional<String> find(Document doc, Metas metas, String jsonLd, String flat, String title, int bodyStart, String url) {
        return find(doc.getElementById(CON_TIME), metas, jsonLd, flat, title, bodyStart, url);
    }

    /** The id of the date element of one CMS family. */
    static final String CON_TIME = "con_time";

    /** {@code conTime}: the page's element with id {@link #CON_TIME}, or null. */
    static Optional<String> find(Element conTime, Metas metas, String jsonLd, String flat, String title, int bodyStart, String url) {
        if (conTime != null) {
            Optional<String> d = parse(conTime.text());
            if (d.isPresent()) return d;
        }
        for (String n : META_NAMES) {
            Optional<String> d = parse(metas.get(n));
            if (d.isPresent()) return d;
        }
        Matcher j = JSONLD_DATE.matcher(jsonLd);
        if (j.find()) {
            Optional<String> d = parse(j.group(1));
            if (d.isPresent()) return d;
        }
        int titleAt = title.isEmpty() ? -1 : flat.indexOf(title);
        if (titleAt >= 0 && bodyStart > titleAt) {
            // the first occurrence of the title that precedes the body, usually the heading just above it
            int later;
            while ((later = flat.indexOf(title, titleAt + 1)) >= 0 && later < bodyStart) titleAt = later;
        }
        int end = bodyStart >= 0 ? Math.min(flat.length(), bodyStart + 2000) : flat.length();
        int from = titleAt >= 0 ? Math.max(0, titleAt - 200) : 0;
        // A labelled date above the body is the article's byline; one inside or below it may belong to a comment
        // (发表时间 of a reader's post) or a related item, so the date beside the title comes before it.
        int split = bodyStart > from ? Math.min(bodyStart, end) : from;
        Optional<String> labelled = labelled(flat, from, split);
        if (labelled.isPresent()) return labelled;
        if (titleAt >= 0) {
            // after the title, not in it: a date the title mentions ("2021年3月1日起施行") is not when it was published
            Optional<String> d = firstDate(flat, titleAt + title.length(), Math.min(flat.length(), titleAt + title.length() + NEAR_TITLE_CHARS));
            if (d.isPresent()) return d;
        }
        labelled = labelled(flat, split, end);
        if (labelled.isPresent()) return labelled;
        if (bodyStart >= 0) {
            Optional<String> d = firstDate(flat, Math.max(0, bodyStart - NEAR_TITLE_CHARS), Math.min(flat.length(), bodyStart + 100));
            if (d.isPresent()) return d;
        }
        Optional<String> fromUrl = fromUrl(url);
        if (fromUrl.isPresent()) return fromUrl;
        Optional<String> anyLabel = labelled(flat, 0, flat.length());
        if (anyLabel.isPresent()) return anyLabel;
        // Nothing near the title: the first full date on the page (forum "于2005年8月12日…发表" lines), then a
        // year-month ("《北京之春》1998年3月号"), never a day that is not written.
        Optional<String> first = firstDate(flat, 0, flat.length());
        if (first.isPresent()) return first;
        Matcher ym = ISSUE_MONTH.matcher(flat);
        while (ym.find()) {
            int m = Integer.parseInt(ym.group(2));
            if (m >= 1 && m <= 12) return Optional.of(String.format("%04d-%02d", Integer.parseInt(ym.group(1)), m));
        }
        return Optional.empty();
    }

    /**
     * A labelled date in the month/day/year order of English-locale servers ("发布日期： 9/17/2004 5:54:13 AM", the
     * default date format of ASP.NET sites), or null. Day first when the first number cannot be a month.
     */
    private static Optional<Labelled> labelledMonthFirst(String flat, int from, int to) {
        // Found from the year after a slash ("/2004"), which is rare, rather than by running a regex over the page.
        Matcher label = null;
        for (int slash = flat.indexOf('/', from); slash >= 0 && slash + 4 < to; slash = flat.indexOf('/', slash + 1)) {
            int year = slash + 1;
            if (year + 3 >= flat.length() || !isYearAt(flat, year)) continue;
            if (year + 4 < flat.length() && (isAsciiDigit(flat.charAt(year + 4)) || flat.charAt(year + 4) == '/')) continue;
            int dayStart = digitsBefore(flat, slash);
            if (dayStart == slash || dayStart < 1 || flat.charAt(dayStart - 1) != '/') continue;
            int monthStart = digitsBefore(flat, dayStart - 1);
            if (monthStart == dayStart - 1 || monthStart < from) continue;
            if (monthStart > 0 && (isAsciiDigit(flat.charAt(monthStart - 1)) || flat.charAt(monthStart - 1) == '/')) continue;
            if (label == null) label = LABEL_BEFORE.matcher(flat);
            label.region(Math.max(0, monthStart - 12), monthStart);
            if (!label.find()) continue;
            String first = flat.substring(monthStart, dayStart - 1);
            String second = flat.substring(dayStart, slash);
            String y = flat.substring(year, year + 4);
            boolean dayFirst = Integer.parseInt(first) > 12;
            Optional<String> d = dayFirst ? ymd(y, second, first) : ymd(y, first, second);
            if (d.isPresent()) return Optional.of(new Labelled(monthStart, d.get()));
        }
        return Optional.empty();
    }

    /** Where the run of one or two ASCII digits that ends at {@code end} starts ({@code end} when there is none). */
    private static int digitsBefore(String s, int end) {
        int start = end;
        while (start > 0 && end - start < 2 && isAsciiDigit(s.charAt(start - 1))) start--;
        return start;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private record Labelled(int at, String date) {}

    /**
     * The first date with a label (发布时间：…) in {@code [from, to)}. Dates are rarer than label words, so dates are
     * found first (a four-digit year) and the label is looked for just before each.
     */
    private static Optional<String> labelled(String flat, int from, int to) {
        if (from >= to) return Optional.empty();
        Optional<Labelled> yearFirst = labelledYearFirst(flat, from, to);
        Optional<Labelled> monthFirst = labelledMonthFirst(flat, from, yearFirst.map(Labelled::at).orElse(to));
        return monthFirst.or(() -> yearFirst).map(Labelled::date);
    }

    private static Optional<Labelled> labelledYearFirst(String flat, int from, int to) {
        Matcher label = LABEL_BEFORE.matcher(flat);
        Matcher dates = null;
        Matcher months = null;
        for (int i = Math.max(0, from); i + 4 <= to; i++) {
            if (!isYearAt(flat, i)) continue;
            if (dates == null) {
                dates = DATE.matcher(flat);
                months = YEAR_MONTH.matcher(flat);
            }
            Matcher d = dates.region(i, Math.min(flat.length(), i + 30));
            Optional<String> date = Optional.empty();
            if (d.lookingAt()) date = ymd(d.group(1), d.group(2), d.group(3));
            else {
                Matcher ym = months.region(i, Math.min(flat.length(), i + 12));
                if (ym.lookingAt()) date = parse(ym.group(), true);
            }
            if (date.isPresent()) {
                label.region(Math.max(0, i - 12), i);
                if (label.find()) return Optional.of(new Labelled(i, date.get()));
            }
            i += 3;
        }
        return Optional.empty();
    }

    private static boolean isYearAt(String s, int i) {
        char a = s.charAt(i);
        if (a != '1' && a != '2') return false; // most characters: one comparison pair
        char b = s.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) return false;
        if (i > 0 && Character.isDigit(s.charAt(i - 1))) return false;
        return Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3));
    }

    private static Optional<String> firstDate(String flat, int from, int to) {
        if (from >= to) return Optional.empty();
        Matcher m = DATE.matcher(flat).region(from, to);
        while (m.find()) {
            Optional<String> d = ymd(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    static Optional<String> parse(String s) {
        return parse(s, false);
    }

    /** A date in {@code s}; with {@code anchored} it must start the string (after a label). */
    static Optional<String> parse(String s, boolean anchored) {
        if (s == null || s.isBlank()) return Optional.empty();
        Matcher m = DATE.matcher(s);
        if (m.find() && (!anchored || m.start() <= 2)) {
            Optional<String> d = ymd(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        Matcher ym = YEAR_MONTH.matcher(s);
        if (ym.find() && (!anchored || ym.start() <= 2)) {
            int y = Integer.parseInt(ym.group(1));
            int mo = Integer.parseInt(ym.group(2));
            if (mo >= 1 && mo <= 12) return Optional.of(String.format("%04d-%02d", y, mo));
        }
        return Optional.empty();
    }

    private static Optional<String> ymd(String ys, String ms, String ds) {
        int y = Integer.parseInt(ys);
        int m = Integer.parseInt(ms);
        int d = Integer.parseInt(ds);
        if (m < 1 || m > 12 || d < 1 || d > 31) return Optional.empty();
        if (d > java.time.YearMonth.of(y, m).lengthOfMonth()) return Optional.empty();
        return Optional.of(y + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d);
    }

    static Optional<String> fromUrl(String url) {
        if (url == null || url.startsWith("file:")) return Optional.empty();
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        Matcher m = URL_DAY.matcher(path);
        while (m.find()) {
            Optional<String> d = ymd(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        Matcher y = URL_YEAR.matcher(path);
        if (y.find()) return Optional.of(y.group(1) != null ? y.group(1) : y.group(2));
        return Optional.empty();
    }
}
