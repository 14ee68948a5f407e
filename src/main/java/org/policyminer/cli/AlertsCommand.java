package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.search.InvalidQueryException;
import org.policyminer.watch.SavedSearch;
import org.policyminer.watch.SavedSearches;
import org.policyminer.watch.WatchPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Saved searches matched by 'watch' against each new or updated article.",
        subcommands = {AlertsCommand.Add.class, AlertsCommand.ListAlerts.class, AlertsCommand.Remove.class})
final class AlertsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The watch's saved searches: beside the index, or with --solr where the watch of that collection keeps its state. */
    static SavedSearches store(CommandSpec spec, IndexOption index, SolrOption solr) {
        return new SavedSearches(WatchPaths.forIndex(Backends.stateBase(spec, index.index, solr)).alerts());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a search (replaces one with the same id).")
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin IndexOption index;
        @Mixin SolrOption solr;
        @Option(names = "--id", required = true, description = "Alert id: letters, digits, '.', '_', '-'.") String id;
        @Option(names = "--city", description = "City, e.g. 南京市 (either script).") String city;
        @Option(names = "--province", description = "Province, e.g. 江苏省.") String province;
        @Option(names = "--cluster", description = "Cluster, canonical name.") String cluster;
        @Option(names = "--source", description = "Source outlet, e.g. 工业和信息化部.") String source;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.") String from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.") String to;
        @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", -excluded, a OR b (either script).") List<String> query;

        @Override
        public Integer call() throws Exception {
            SavedSearch s;
            try {
                s = new SavedSearch(id, query == null ? "" : String.join(" ", query), city, province, cluster, source, from, to);
                s.compile(new ScriptConverter()::toSimplified);
            } catch (InvalidQueryException e) {
                throw new UsageException(e.getMessage());
            }
            boolean replaced = store(spec, index, solr).put(s);
            spec.commandLine().getErr().println("policyminer: " + (replaced ? "replaced" : "added") + " alert '" + id + "'");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved searches.")
    static final class ListAlerts implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin IndexOption index;
        @Mixin SolrOption solr;
        @Option(names = "--json", description = "One JSON object per line.") boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            for (SavedSearch s : store(spec, index, solr).list()) {
                if (json) out.println(Json.write(s));
                else out.printf("%-20s %s%n", s.id(), describe(s));
            }
            out.flush();
            return 0;
        }

        private static String describe(SavedSearch s) {
            StringBuilder b = new StringBuilder(s.query());
            if (s.city() != null) b.append(" --city ").append(s.city());
            if (s.province() != null) b.append(" --province ").append(s.province());
            if (s.cluster() != null) b.append(" --cluster ").append(s.cluster());
            if (s.source() != null) b.append(" --source ").append(s.source());
            if (s.from() != null) b.append(" --from ").append(s.from());
            if (s.to() != null) b.append(" --to ").append(s.to());
            return b.toString().strip();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved search.")
    static final class Remove implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin IndexOption index;
        @Mixin SolrOption solr;
        @Parameters(index = "0", paramLabel = "ID") String id;

        @Override
        public Integer call() throws Exception {
            if (!store(spec, index, solr).remove(id)) throw new UsageException("no alert '" + id + "'");
            spec.commandLine().getErr().println("policyminer: removed alert '" + id + "'");
            return 0;
        }
    }
}
