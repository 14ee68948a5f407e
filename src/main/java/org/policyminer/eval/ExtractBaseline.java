package org.policyminer.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/**
 * The skeleton's first extractor, kept verbatim in behaviour as the "before" line of the evaluation: UTF-8 always,
 * {@code <title>} as title, a known CMS container or else every {@code <p>} of the page.
 */
public final class ExtractBaseline {
    public Article extract(Fetched page) {
        Document d = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.url());
        Element body = d.selectFirst("#con_con, .TRS_Editor, #UCAP-CONTENT, [itemprop=articleBody]");
        if (body == null) body = d.body();
        List<String> paras = new ArrayList<>();
        for (Element p : body.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) paras.add(t);
        }
        return new Article(d.title(), null, null, paras, "UTF-8", List.of());
    }
}
