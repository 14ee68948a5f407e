package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.view.DocumentViews;
import org.policyminer.view.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "One row per indexed official document (number, issuers, written, published, type, title, index number, topic, "
                + "validity, addressees, cites, repeals, attachments), oldest written first; CSV or JSONL.")
final class DocumentsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;
    @Mixin FilterOptions filters;

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--bom", description = "Start a CSV with a UTF-8 byte-order mark (for Excel on Chinese Windows).") boolean bom;
    @Option(names = "--number", description = "Document number or its start: 工信部联规〔2021〕 lists the series.") String number;
    @Option(names = "--issuer", description = "Issuing body, exactly: 国务院办公厅.") String issuer;
    @Option(names = "--type", description = "公文 type: 通知, 意见, 批复, 函 …") String type;
    @Option(names = "--written", description = "Written date: 2018, 2018-03-27 or 2018-01-01..2018-06-30.") String written;
    @Option(names = "--cites", description = "Documents citing this number (or title).") String cites;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional text query (the search language, its filters included).") List<String> query;

    @Override
    public Integer call() throws Exception {
        Format f = FormatOption.parse(format, Format.CSV, Format.JSONL);
        List<String> terms = new ArrayList<>(query == null ? List.of() : query);
        inline(terms, "number", number);
        inline(terms, "issuer", issuer);
        inline(terms, "type", type);
        inline(terms, "written", written);
        inline(terms, "cites", cites);
        PrintWriter out = spec.commandLine().getOut();
        try (Searcher s = Backends.searcher(index, solr)) {
            out.print(DocumentViews.documents(s.documents(SearchRequest.of(String.join(" ", terms)).withFilters(filters.toFilters())), f, bom));
        }
        out.flush();
        return 0;
    }

    /** The options are the query language's document filters: one way to read them. */
    private static void inline(List<String> terms, String field, String value) {
        if (value == null) return;
        if (value.isBlank() || value.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new UsageException("--" + field + " takes one value without spaces: '" + value + "'");
        }
        terms.add(field + ":" + value.strip());
    }
}
