package org.policyminer.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.Removal;

/**
 * The JSON shapes of DESIGN.md §3, built as ordered maps so that the CLI and the web API print the same thing.
 */
public final class DocViews {
    private static final org.policyminer.convert.ScriptConverter CONVERTER = new org.policyminer.convert.ScriptConverter();

    private DocViews() {}

    /** The {@code extract} object. */
    public static Map<String, Object> extract(PolicyDoc doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", doc.input());
        m.put("url", doc.url());
        m.put("title", doc.simplified().title());
        m.put("originalTitle", doc.article().title());
        m.put("published", doc.article().published());
        // Like the title, the source is given in simplified script (經濟日報 → 经济日报), as the index stores it.
        m.put("source", doc.article().source() == null ? null : CONVERTER.toSimplified(doc.article().source()));
        m.put("script", doc.simplified().script().label());
        m.put("text", doc.simplified().text());
        m.put("originalText", doc.article().text());
        m.put("removed", removed(doc.article().removed()));
        return m;
    }

    /** What the extractor removed, as {@code [{"reason": …, "sample": …}]}. */
    public static List<Map<String, Object>> removed(List<Removal> removals) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Removal r : removals) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("reason", r.reason());
            x.put("sample", r.sample());
            out.add(x);
        }
        return out;
    }

    /** The {@code entities} object (without id). */
    public static Map<String, Object> entities(Entities e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clusters", e.clusters().stream().map(DocViews::cluster).toList());
        m.put("cities", e.cities().stream().map(DocViews::city).toList());
        m.put("amounts", e.amounts().stream().map(DocViews::amount).toList());
        return m;
    }

    public static Map<String, Object> cluster(ClusterMention c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("name", c.name());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("cities", c.cities());
        m.put("national", c.national());
        return m;
    }

    public static Map<String, Object> city(CityMention c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("name", c.name());
        m.put("province", c.province());
        m.put("code", c.code());
        m.put("start", c.start());
        m.put("end", c.end());
        return m;
    }

    public static Map<String, Object> amount(AmountMention a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("value", number(a.value()));
        m.put("valueMax", a.valueMax() == null ? null : number(a.valueMax()));
        m.put("currency", a.currency());
        m.put("qualifier", a.qualifier());
        m.put("comparator", a.comparator());
        m.put("year", a.year());
        m.put("periodFrom", a.periodFrom());
        m.put("periodTo", a.periodTo());
        m.put("period", a.period());
        m.put("metric", a.metric());
        m.put("kind", a.kind());
        m.put("subject", a.subject());
        return m;
    }

    /** 4.0E11 prints as 400000000000: whole amounts are written as integers, as the contract shows. */
    public static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) return (long) v;
        return v;
    }
}
