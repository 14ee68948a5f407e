package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.index.PolicyIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete documents from the index by URL.")
final class RemoveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Parameters(arity = "1..*", paramLabel = "URL", description = "URLs (for files: their file: URI) of documents to delete.") List<String> urls;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int removed = 0;
        try (PolicyIndex idx = PolicyIndex.open(index.index, false)) {
            for (String u : urls) {
                if (idx.removeByUrl(u)) removed++;
                else spec.commandLine().getErr().println("policyminer: not in the index: " + u);
            }
            idx.commit();
        }
        out.println("removed " + removed + " of " + urls.size());
        return removed == urls.size() ? 0 : 1;
    }
}
