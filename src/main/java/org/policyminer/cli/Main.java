package org.policyminer.cli;

/** {@code java -jar policyminer.jar <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(PolicyMinerCommand.commandLine(args).execute(args));
    }
}
