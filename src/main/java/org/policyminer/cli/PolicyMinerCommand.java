package org.policyminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.policyminer.index.IndexDamage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "policyminer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Mine Chinese industrial-policy pages: clean articles, clusters, cities, monetary targets, search.",
        subcommands = {
            ExtractCommand.class, EntitiesCommand.class, IngestCommand.class, CrawlCommand.class, RemoveCommand.class,
            SearchCommand.class, TargetsCommand.class, DocumentsCommand.class, ArticleCommand.class, BenchCommand.class, DemoCommand.class, EvalCommand.class,
            WatchCommand.class, AlertsCommand.class, ServeCommand.class, CheckCommand.class, SolrCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PolicyMinerCommand implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--quiet", scope = CommandLine.ScopeType.INHERIT,
            description = "Only errors on stderr: no progress lines, no library warnings.")
    boolean quietOption;

    private static volatile boolean quiet;

    /** Whether {@code --quiet} was given (before or after the subcommand). */
    static boolean quiet() {
        return quiet;
    }

    /**
     * Reads {@code --quiet} before anything runs: the libraries' loggers (crawler-commons logs through SLF4J) take
     * their level when their classes load. Warnings go to stderr, one line each; with {@code --quiet} only errors.
     */
    static void configureLogging(String[] args) {
        quiet = java.util.Arrays.asList(args).contains("--quiet");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", quiet ? "error" : "warn");
        setDefault("org.slf4j.simpleLogger.logFile", "System.err");
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("org.slf4j.simpleLogger.showLogName", "false");
        setDefault("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: UTF-8 output, one-line errors, exit codes of docs/contract.md. */
    public static CommandLine commandLine(String[] args) {
        configureLogging(args);
        return configure(new CommandLine(new PolicyMinerCommand()),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    public static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("policyminer: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    /** {@code --verbose} given anywhere: before the subcommand or after it (it is inherited by every subcommand). */
    static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    /** Known failures become one line on stderr; anything else is a bug and keeps its trace under --verbose. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            boolean verbose = verbose(parsed);
            if (IndexDamage.isDamage(ex)) {
                // a search or ingest that ran into damage the open did not see: say so in our words, with the repair
                Path index = parsed.subcommand() == null ? null : parsed.subcommand().matchedOptionValue("--index", null);
                IOException explained = IndexDamage.explain(index, ex);
                if (explained != null) ex = explained;
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("policyminer: " + msg.lines().findFirst().orElse(msg));
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return ex instanceof UsageException || ex instanceof IllegalArgumentException ? 2 : 1;
        }
    }
}
