package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.policyminer.solr.SolrCollections;
import org.policyminer.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "solr", mixinStandardHelpOptions = true, description = "Set up the SolrCloud backend (docs/solr.md).",
        subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Upload PolicyMiner's configset and create a collection on it. Every Solr node needs the analysis jar "
                    + "(target/policyminer-<version>-analysis.jar) in its lib directory first.")
    static final class Init implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin SolrOption solr;
        @Option(names = "--shards", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).") int shards;
        @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).") int replicas;

        @Override
        public Integer call() throws Exception {
            if (!solr.isSet()) throw new UsageException("solr init needs --solr URL|ZK and --collection NAME");
            if (shards < 1 || replicas < 1) throw new UsageException("--shards and --replicas must be at least 1");
            SolrTarget target = solr.target();
            PrintWriter out = spec.commandLine().getOut();
            try (CloudSolrClient client = target.client()) {
                SolrCollections.Created c = SolrCollections.init(client, target.collection(), shards, replicas);
                out.printf("created collection %s on configset %s: %d shards x %d replicas over %d live nodes%n",
                        c.collection(), c.configSet(), c.shards(), c.replicas(), c.liveNodes());
            }
            out.flush();
            return 0;
        }
    }
}
