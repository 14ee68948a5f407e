package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr for runs that take minutes. On a console: a bar. Redirected (a file, CI, cron): a line every
 * {@link #EVERY_MILLIS} ms, so that a log shows the run moving. Nothing with {@code --quiet}.
 */
final class Progress implements AutoCloseable {
    static final long EVERY_MILLIS = 5_000;

    private final String task;
    private final int total;
    private final PrintWriter err;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long done;
    private long lastLine = System.nanoTime();

    private Progress(String task, int total, PrintWriter err, ProgressBar bar) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.bar = bar;
    }

    /** Counts steps of a task of {@code total}; a bar on a console when the task is long enough to need one. */
    static Progress of(String task, int total, PrintWriter err) {
        if (PolicyMinerCommand.quiet()) return new Progress(task, total, null, null);
        if (System.console() != null && total > 50) {
            return new Progress(task, total, null, new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
        }
        return new Progress(task, total, err, null);
    }

    /** One step done (thread-safe). */
    synchronized void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (err == null || now - lastLine < EVERY_MILLIS * 1_000_000) return;
        lastLine = now;
        double seconds = (now - started) / 1e9;
        err.printf("policyminer %s: %d/%d (%.0f/s)%n", task, done, total, done / seconds);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }

    /** A line on stderr per phase of a long run ({@code bench}); nothing with {@code --quiet}. */
    static Consumer<String> lines(PrintWriter err, String task) {
        if (PolicyMinerCommand.quiet()) return m -> {};
        return m -> {
            err.println("policyminer " + task + ": " + m);
            err.flush();
        };
    }
}
