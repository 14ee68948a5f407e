package org.policyminer.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values by name or property, lower-cased: gov pages spell ContentSource both ways. */
final class Metas {
    private final Map<String, String> values;

    private Metas(Map<String, String> values) {
        this.values = values;
    }

    static Metas of(Document doc) {
        return of(doc.getElementsByTag("meta"));
    }

    /** From the page's {@code <meta>} elements, in document order. */
    static Metas of(List<Element> metaTags) {
        Map<String, String> m = new HashMap<>();
        for (Element e : metaTags) {
            String key = e.hasAttr("name") ? e.attr("name") : e.hasAttr("property") ? e.attr("property") : e.attr("itemprop");
            if (key.isEmpty()) continue;
            String content = e.attr("content").strip();
            if (content.isEmpty()) continue;
            m.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content);
        }
        return new Metas(m);
    }

    /** The value, or "" when absent. */
    String get(String lowerName) {
        return values.getOrDefault(lowerName, "");
    }
}
