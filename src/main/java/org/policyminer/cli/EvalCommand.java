package org.policyminer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality against gold data.",
        subcommands = {EvalSearchCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
