package org.policyminer.web;

import java.util.List;
import java.util.Set;
import org.policyminer.search.DocumentRow;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.view.DocumentViews;
import org.policyminer.view.Format;

/**
 * {@code GET /api/documents}: one row per official document matching {@code q} (words and the query language, with
 * its document filters {@code number: issuer: type: written: cites:}) and the search filters, oldest written first.
 * {@code format=json} (default) wraps the rows in an object; {@code jsonl} and {@code csv} are what
 * {@code policyminer documents --format …} prints, sent as a download.
 */
record DocumentsApi(Searcher searcher) implements Handler {
    static final Set<String> PARAMS = FilterParams.plus("q", "format", "bom");

    @Override
    public Response handle(Request r) throws Exception {
        QueryParams p = r.params().allowOnly(PARAMS);
        Format format = p.exportFormat();
        List<DocumentRow> rows = searcher.documents(SearchRequest.of(p.get("q", "")).withFilters(FilterParams.from(p)));
        return switch (format) {
            case CSV -> Response.download("text/csv; charset=utf-8", "documents.csv", DocumentViews.documents(rows, Format.CSV, p.flag("bom")));
            case JSONL -> Response.download("application/x-ndjson; charset=utf-8", "documents.jsonl", DocumentViews.documents(rows, Format.JSONL, false));
            default -> JsonWriter.ok(DocumentViews.documentList(rows));
        };
    }
}
