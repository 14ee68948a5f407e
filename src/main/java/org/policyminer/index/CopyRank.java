package org.policyminer.index;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.Removal;
import org.policyminer.doc.Script;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.util.IsoDay;

/**
 * Which copy of an article stands for its group: the official source over a news portal over a mirror, then the copy
 * from which extraction removed no spam, then the earliest published, then the one in simplified script. Encoded as
 * one number, smallest best, kept in doc values so a search picks a group's canonical member without reading any
 * stored field; the order is decided when each copy is indexed, so a copy arriving later never rewrites the others.
 */
public final class CopyRank {
    private CopyRank() {}

    /** Where a page comes from, best first. */
    public enum SourceKind { OFFICIAL, NEWS, MIRROR }

    /**
     * News outlets' hosts: the portals that carry official and newspaper reports (state media and the large commercial
     * portals). A page elsewhere that names an outlet as its source (…日报, …新闻网, 新华社) also counts as news.
     */
    private static final List<String> NEWS_HOSTS = List.of("people.com.cn", "xinhuanet.com", "news.cn", "ce.cn", "cctv.com", "cntv.cn",
            "chinanews.com", "chinanews.com.cn", "gmw.cn", "china.com.cn", "cnr.cn", "chinadaily.com.cn", "youth.cn", "cri.cn",
            "thepaper.cn", "caixin.com", "yicai.com", "jjckb.cn", "cs.com.cn", "stcn.com", "21jingji.com", "sina.com.cn",
            "sohu.com", "163.com", "qq.com", "ifeng.com", "eastmoney.com", "cnstock.com", "workercn.cn", "cyol.com");

    private static final ScriptConverter CONVERTER = new ScriptConverter();
    /** A source line naming a news outlet; compiled once (String.matches compiled it for every document written). */
    private static final java.util.regex.Pattern OUTLET = java.util.regex.Pattern.compile(".*(日报|晚报|早报|时报|新闻|新华社|电视台|广播|通讯社).*");

    /**
     * The kind of site serving the page: a {@code gov.cn} host is official, a listed portal host is news. Elsewhere the
     * source line only says where the article came from, which a hacked mirror copies too: a page there counts as news
     * when it names an outlet (…日报, 新华社, in either script) and extraction removed no spam from it, else as a mirror.
     */
    public static SourceKind sourceKind(String url, String source, boolean spam) {
        String host = host(url);
        if (host.equals("gov.cn") || host.endsWith(".gov.cn")) return SourceKind.OFFICIAL;
        for (String h : NEWS_HOSTS) if (host.equals(h) || host.endsWith("." + h)) return SourceKind.NEWS;
        if (!spam && source != null && OUTLET.matcher(CONVERTER.toSimplified(source)).matches()) {
            return SourceKind.NEWS;
        }
        return SourceKind.MIRROR;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether extraction removed spam (a spam title, spam links or text, hidden blocks) from the page. */
    public static boolean hadSpam(List<Removal> removed) {
        for (Removal r : removed) if (r.reason() != Removal.Reason.BOILERPLATE && r.reason() != Removal.Reason.TRUNCATED) return true;
        return false;
    }

    /** The rank of a processed document; smaller ranks first. */
    public static long of(PolicyDoc doc) {
        String source = doc.article() == null ? null : doc.article().source();
        boolean spam = doc.article() != null && hadSpam(doc.article().removed());
        SourceKind kind = sourceKind(doc.url(), source, spam);
        LocalDate day = doc.article() == null ? null : IsoDay.of(doc.article().published());
        boolean simplified = doc.simplified() == null || doc.simplified().script() == Script.SIMPLIFIED;
        return encode(kind, spam, day, simplified);
    }

    /** Kind, spam, day (undated pages last) and script packed so that the natural order of longs is the rank order. */
    static long encode(SourceKind kind, boolean spam, LocalDate day, boolean simplified) {
        long d = day == null ? (1L << 24) - 1 : Math.max(0, Math.min((1L << 24) - 2, day.toEpochDay() + (1L << 23)));
        return ((long) kind.ordinal() << 27) | ((spam ? 1L : 0L) << 26) | (d << 1) | (simplified ? 0 : 1);
    }

    public static SourceKind kindOf(long rank) {
        return SourceKind.values()[(int) (rank >>> 27) & 3];
    }
}
