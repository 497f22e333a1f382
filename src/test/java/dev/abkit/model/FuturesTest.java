package dev.abkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class FuturesTest {
    @Test
    void returnsTheResult() {
        assertEquals("done", Futures.get(CompletableFuture.completedFuture("done"), "waiting"));
    }

    @Test
    void throwsTheWorksOwnRuntimeExceptionAndError() {
        IllegalArgumentException failure = new IllegalArgumentException("bad vector");
        assertSame(failure, assertThrows(IllegalArgumentException.class,
                () -> Futures.get(CompletableFuture.failedFuture(failure), "waiting")));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class,
                () -> Futures.get(CompletableFuture.failedFuture(error), "waiting")));
        IOException checked = new IOException("disk");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class,
                () -> Futures.get(CompletableFuture.failedFuture(checked), "waiting"));
        assertSame(checked, wrapped.getCause());
    }

    @Test
    void anInterruptionSaysWhatWasAwaitedAndKeepsTheFlag() {
        FutureTask<String> never = new FutureTask<>(() -> "never run");
        Thread.currentThread().interrupt();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Futures.get(never, "hashing the vector set"));
            assertEquals("interrupted while hashing the vector set", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
