package org.policyminer.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.Removal;

/**
 * Bytes in, article out, no I/O. First version: known CMS containers, else the block with the most text.
 * (Owned by the extraction work of issue 3, which replaces the scoring.)
 */
public final class ArticleExtractor {

    public Article extract(Fetched page) throws ExtractException {
        if (page.body().length == 0) throw new ExtractException(page.url(), "empty page");
        Charset cs = StandardCharsets.UTF_8;
        Document d = Jsoup.parse(new String(page.body(), cs), page.url());
        String title = d.title();
        Element body = d.selectFirst("#con_con, .TRS_Editor, #UCAP-CONTENT, [itemprop=articleBody]");
        if (body == null) body = d.body();
        List<String> paras = new ArrayList<>();
        for (Element p : body.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) paras.add(t);
        }
        return new Article(title, null, null, paras, cs.name(), List.<Removal>of());
    }
}
