package org.policyminer.testing;

import java.util.List;
import java.util.Map;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.Article;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.Simplified;

/** Builds processed documents by hand, so index and search tests do not depend on extraction or entity quality. */
public final class Docs {
    private Docs() {}

    public static PolicyDoc doc(String url, String title, String published, String source, String body, Entities e) {
        ScriptConverter c = new ScriptConverter();
        Article a = new Article(title, published, source, List.of(body.split("\n")), "utf-8", List.of());
        Simplified s = c.convert(a.title(), a.text());
        return new PolicyDoc(url, url, new Fetched(url, new byte[0], Map.of()), a, s, e);
    }

    public static CityMention city(String name, String province, String code, int start) {
        return new CityMention(name, name, province, code, start, start + name.length());
    }

    public static ClusterMention cluster(String name, int start, String... cities) {
        return new ClusterMention(name, name, start, start + name.length(), List.of(cities), true);
    }

    public static AmountMention amount(String text, int start, double value, Integer year, String kind, String subject) {
        return new AmountMention(text, start, start + text.length(), value, null, "CNY", null, null, year, null, null, "产值", kind, subject);
    }

    public static Entities entities(List<ClusterMention> clusters, List<CityMention> cities, List<AmountMention> amounts) {
        return new Entities(clusters, cities, amounts);
    }
}
