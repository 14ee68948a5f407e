package org.policyminer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code policyminer eval …}: quality measurements. Add a subcommand class to the list to add an evaluation. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against gold sets and peer test suites.",
        subcommands = {EvalExtractCommand.class, EvalEntitiesCommand.class, EvalConformanceCommand.class, EvalSearchCommand.class,
                EvalDocumentsCommand.class, EvalGroupsCommand.class, CommandLine.HelpCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
