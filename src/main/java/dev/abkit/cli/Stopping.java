package dev.abkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A run that a signal (SIGINT from a terminal, SIGTERM from a CI job's timeout) ends early: the JVM's shutdown hook
 * asks the run to stop and waits, a bounded time, until the command has written the reports of the cases that ran
 * and printed its summary.
 */
final class Stopping {
    /** How long the hook waits for the reports before the JVM goes down regardless. */
    static final long GRACE_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Stopping(PrintWriter err) {
        this.hook = new Thread(() -> {
            requested = true;
            err.println();
            err.println("abkit: stopping on a signal; writing the reports of the cases that ran");
            err.flush();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "abkit-stopping");
    }

    /** Registers the hook; call {@link #done()} when the command has finished. */
    static Stopping onSignal(PrintWriter err) {
        Stopping stopping = new Stopping(err);
        Runtime.getRuntime().addShutdownHook(stopping.hook);
        return stopping;
    }

    boolean requested() {
        return requested;
    }

    /** The command is done: the hook may let the JVM go; outside a shutdown it is removed. */
    void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and now returns.
        }
    }
}
