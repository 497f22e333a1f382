package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.process.ReferenceServer;
import dev.abkit.spi.Implementation;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyStartTest {
    @TempDir
    Path temp;

    /** An implementation that counts how often it was closed. */
    private static ImplementationUnderTest closeable(AtomicInteger closed) {
        Implementation implementation = (Implementation) Proxy.newProxyInstance(EarlyStartTest.class.getClassLoader(),
                new Class<?>[] {Implementation.class, AutoCloseable.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        closed.incrementAndGet();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ImplementationUnderTest(implementation, "test", "");
    }

    @Test
    @DisplayName("the started implementation is handed over once and not closed by the discard after it")
    void takeHandsOverTheImplementation() {
        AtomicInteger closed = new AtomicInteger();
        ImplementationUnderTest started = closeable(closed);
        EarlyStart early = EarlyStart.of(() -> started);
        assertSame(started, early.take());
        early.discard();
        assertEquals(0, closed.get());
    }

    @Test
    @DisplayName("an implementation never taken is closed by the discard")
    void discardClosesWhatWasNotTaken() {
        AtomicInteger closed = new AtomicInteger();
        EarlyStart early = EarlyStart.of(() -> closeable(closed));
        early.discard();
        early.discard();
        assertEquals(1, closed.get());
    }

    @Test
    @DisplayName("a start that fails throws its own error when taken, and nothing when discarded")
    void aFailedStartThrowsItsOwnError() {
        IllegalArgumentException failure = new IllegalArgumentException("--process: no such file");
        EarlyStart early = EarlyStart.of(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalArgumentException.class, early::take));
        EarlyStart discarded = EarlyStart.of(() -> {
            throw failure;
        });
        discarded.discard();
    }

    @Test
    @DisplayName("verify --process with a bad vector set reports the vectors and leaves no process running")
    void badVectorsLeaveNoProcess() throws IOException {
        Path vectors = Files.createDirectories(temp.resolve("vectors"));
        Files.writeString(vectors.resolve("index.txt"), "missing.yaml\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String marker = "-Dabkit.early-start-test=" + System.nanoTime();
        String server = String.join(" ", java, marker, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                ReferenceServer.class.getName());
        Run r = Run.of(List.of("verify", "--process", server, "--vectors", vectors.toString(), "--no-report",
                "--no-progress"));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("missing.yaml"), r.err());
        // A server left behind would be started by now and wait for requests that never come.
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            assertFalse(running(marker), "the reference server started for the run is still running");
            Thread.onSpinWait();
        }
    }

    /** Whether a process whose command line holds {@code marker} (ahead of the long class path) is alive. */
    private static boolean running(String marker) {
        return ProcessHandle.current().descendants().anyMatch(p -> p.isAlive()
                && p.info().commandLine().orElse("").contains(marker));
    }
}
