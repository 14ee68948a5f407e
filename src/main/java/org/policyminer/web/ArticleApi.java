package org.policyminer.web;

import org.policyminer.view.DocViews;
import java.util.regex.Pattern;
import org.policyminer.search.Searcher;

/** {@code GET /api/articles/{id}}: one article with its entities (offsets into title + "\n" + body), removals, and
 * its document record with the indexed documents it cites, that cite it and that repeal it. */
record ArticleApi(Searcher searcher) implements Handler {
    /** Ids are the first 8 bytes of a SHA-256 in hex (PolicyDoc.idFor); anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    @Override
    public Response handle(Request r) throws Exception {
        r.params().allowOnly(java.util.Set.of());
        String id = r.tail();
        if (!ID.matcher(id).matches()) throw HttpError.notFound("no article with id '" + abbreviate(id) + "'");
        var article = searcher.article(id).orElseThrow(() -> HttpError.notFound("no article with id '" + id + "'"));
        return JsonWriter.ok(DocViews.article(article, searcher.documentLinks(id), searcher.copyGroup(id).orElse(null)));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
