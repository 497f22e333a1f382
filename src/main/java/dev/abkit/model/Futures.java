package dev.abkit.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, with that work's own exception when it failed. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code future}, waiting for it; a failure throws the exception the work threw (a runtime
     * exception or an error as it is, anything else wrapped), an interruption an {@link IllegalStateException}
     * "interrupted while {@code what}".
     */
    public static <T> T get(Future<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
