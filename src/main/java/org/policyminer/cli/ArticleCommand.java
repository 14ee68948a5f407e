package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.search.CopyGroup;
import org.policyminer.search.Searcher;
import org.policyminer.search.StoredArticle;
import org.policyminer.util.Json;
import org.policyminer.view.DocViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyminer article [--json] ID|URL}: one indexed article as {@code /api/articles/{id}} answers it, with the
 * copies of its near-duplicate group; without {@code --json}, its title, date, source and the copies, one a line.
 */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = "One indexed article (by id or URL) with its entities and the copies of it the index holds (source, date, script).")
final class ArticleCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;
    @Option(names = "--json", description = "Print the article object of /api/articles/{id}.") boolean json;
    @Parameters(arity = "1", paramLabel = "ID|URL", description = "The article's id (as search prints it) or its URL.") String ref;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String id = ref.matches("[0-9a-f]{16}") ? ref : PolicyDoc.idFor(ref);
        try (Searcher s = Backends.searcher(index, solr)) {
            StoredArticle a = s.article(id).orElse(null);
            if (a == null) {
                spec.commandLine().getErr().println("policyminer: no article " + ref + " in " + index.index);
                return 1;
            }
            CopyGroup g = s.copyGroup(id).orElse(null);
            if (json) {
                out.println(Json.write(DocViews.article(a, s.documentLinks(id), g)));
            } else {
                out.printf("%s%n%s  %s  %s%n%s%n", a.title(), a.published() == null ? "-" : a.published(), a.source() == null ? "-" : a.source(),
                        a.script(), a.url());
                List<CopyGroup.Member> members = g == null ? List.of() : g.members();
                out.printf("%ncopies: %d%n", members.size());
                for (CopyGroup.Member m : members) {
                    out.printf("  %s %-10s %-8s %-11s %-10s %s%s%n", m.canonical() ? "*" : " ", m.published() == null ? "-" : m.published(),
                            m.sourceKind() == null ? "-" : m.sourceKind(), m.script(), m.source() == null ? "-" : m.source(), m.url(),
                            m.id().equals(id) ? "  (this)" : "");
                }
            }
        }
        out.flush();
        return 0;
    }
}
