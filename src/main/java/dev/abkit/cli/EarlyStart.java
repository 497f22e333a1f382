package dev.abkit.cli;

import dev.abkit.model.Futures;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * An implementation started on a thread of its own while the command reads its inputs: a {@code --process}
 * implementation's runtime starts and answers its hello while the kit reads the vectors and the catalog, instead of
 * after them.
 */
final class EarlyStart {
    private final FutureTask<ImplementationUnderTest> task;
    private boolean taken;

    private EarlyStart(FutureTask<ImplementationUnderTest> task) {
        this.task = task;
    }

    /** Starts {@code start} at once on a daemon thread. */
    static EarlyStart of(Supplier<ImplementationUnderTest> start) {
        FutureTask<ImplementationUnderTest> task = new FutureTask<>(start::get);
        Thread thread = new Thread(task, "abkit-implementation-start");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStart(task);
    }

    /** The started implementation; a start that failed throws what the start threw. */
    ImplementationUnderTest take() {
        taken = true;
        return Futures.get(task, "the implementation started");
    }

    /** Closes the implementation if the command ended without taking it (bad vectors, say); else nothing. */
    void discard() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            task.get().close();
        } catch (ExecutionException | RuntimeException e) {
            // It did not start, so there is nothing to close; the command's own error is the one reported.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
