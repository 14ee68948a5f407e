package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyminer.index.IndexCheck;
import org.policyminer.index.IndexDamage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the index on disk with Lucene's CheckIndex: every segment read through, every checksum verified.",
                "--fix drops the segments that cannot be read, with their documents: the index keeps no copy of the pages, "
                        + "so ingest those pages again to bring them back (an ingest re-adds what the index no longer holds). "
                        + "Exit 0: no damage (or repaired); 1: damaged."})
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;

    @Option(names = "--fix", description = "Drop the damaged segments (and their documents) so the rest of the index opens again.") boolean fix;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        IndexCheck.Report r = IndexCheck.run(index.index, fix);
        if (r.clean()) {
            out.printf("index %s: %d segments, %d documents: no damage%n", index.index, r.segments(), r.docs());
            out.flush();
            return 0;
        }
        for (String d : r.damaged()) out.println("damaged: " + d);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (r.fixed()) {
            out.printf("dropped %d documents with the damaged segments; ingest their pages again to bring them back%n", r.lostDocs());
            out.flush();
            return 0;
        }
        if (r.unrepairable()) {
            err.println("policyminer: the index at " + index.index + " cannot be repaired in place; rebuild it with 'policyminer ingest --rebuild --index "
                    + index.index + " <pages>'");
        } else {
            err.println("policyminer: the index at " + index.index + " is damaged (" + r.lostDocs() + " documents in " + r.damaged().size()
                    + " segments); " + IndexDamage.repair(index.index));
        }
        err.flush();
        return 1;
    }
}
