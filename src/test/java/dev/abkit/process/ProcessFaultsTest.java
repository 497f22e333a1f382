package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.Step;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliberately faulty processes ({@link FaultyServer}): each fault fails the case at hand with a message that names
 * it, and the cases after it run on a fresh process and pass. Nothing hangs the kit.
 */
class ProcessFaultsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static Catalog catalog;
    private static List<VectorCase> cases;

    @TempDir
    Path state;

    @BeforeAll
    static void vectors() {
        catalog = Catalog.load();
        cases = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.subject() == Subject.UNINCLUDED_SEGMENT && c.profile().variants().isEmpty())
                .filter(c -> c.steps().get(0) instanceof Step.Event)
                .limit(3)
                .toList();
        assertEquals(3, cases.size());
    }

    private List<CaseResult> run(String fault, ProcessSettings settings) {
        try (ProcessImplementation process = ProcessImplementation.start(settings)) {
            VectorRunner runner = new VectorRunner(process, catalog);
            return cases.stream().map(runner::run).toList();
        }
    }

    private List<CaseResult> run(String fault) {
        return run(fault, settings(fault));
    }

    private ProcessSettings settings(String fault) {
        return ProcessSettings.of(Commands.java(FaultyServer.class, fault, state.toString()), TIMEOUT);
    }

    @Test
    @DisplayName("the kit writes a request's fields in one order every run: a reset's subject before its parameters")
    void requestFieldsInAFixedOrder() throws IOException {
        List<CaseResult> results = run("record");
        results.forEach(r -> assertEquals(CaseResult.Status.PASSED, r.status(), r.message()));
        List<String> lines = Files.readAllLines(state.resolve("requests"));
        String hello = lines.get(0);
        assertTrue(hello.startsWith("{\"id\":1,\"type\":\"hello\",\"protocol\":1,\"protocols\":[1,2],\"kit\":"),
                hello);
        List<String> resets = lines.stream().filter(l -> l.contains("\"type\":\"reset\"")).toList();
        assertEquals(cases.size(), resets.size(), String.join("\n", lines));
        for (String reset : resets) {
            assertTrue(reset.matches("\\{\"id\":\\d+,\"type\":\"reset\",\"subject\":\"unincluded-segment\","
                    + "\"parameters\":\\{.*"), reset);
        }
    }

    private static void assertFirstFailsThenPass(List<CaseResult> results, String... fragments) {
        CaseResult first = results.get(0);
        assertEquals(CaseResult.Status.FAILED, first.status(), first.message());
        for (String fragment : fragments) {
            assertTrue(first.message().contains(fragment), () -> "expected '" + fragment + "' in: " + first.message());
        }
        assertTrue(first.message().contains("the implementation failed: "), first.message());
        assertFalse(first.message().contains("ProcessFaultException"), "no Java class name: " + first.message());
        for (CaseResult next : results.subList(1, results.size())) {
            assertEquals(CaseResult.Status.PASSED, next.status(), next.caseId() + ": " + next.message());
        }
    }

    @Test
    @DisplayName("a process that exits mid-case fails that case, quoting its last stderr lines; the next case passes")
    void crash_mid_case() {
        List<CaseResult> results = run("crash");
        assertFirstFailsThenPass(results, "exited with status 101", "step author",
                "> thread 'main' panicked at src/segment.rs:42:9:", "> index out of bounds");
        System.out.println("a crash as the report shows it: " + results.get(0).message());
    }

    @Test
    @DisplayName("a process that hangs is killed with its descendants after the timeout; the next case passes")
    void hang() throws Exception {
        long start = System.nanoTime();
        List<CaseResult> results = run("hang");
        assertFirstFailsThenPass(results, "did not answer step author", "within 1500 ms", "killed",
                "> waiting for a lock that never comes");
        long child = Long.parseLong(Files.readString(state.resolve("child")).trim());
        // SIGKILL is asynchronous: give the system a bounded moment to reap the child.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Optional<ProcessHandle> handle = ProcessHandle.of(child);
        while (handle.isPresent() && handle.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            handle = ProcessHandle.of(child);
        }
        assertFalse(handle.isPresent() && handle.get().isAlive(), "the hanging process's child was not killed");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(25).toNanos());
    }

    @Test
    @DisplayName("a line that is not JSON fails the case as malformed output; the next case passes")
    void garbage_output() {
        assertFirstFailsThenPass(run("garbage"), "not a JSON object", "'Segment { tip: 0x61, len: 1 }'");
    }

    @Test
    @DisplayName("a reply line over the cap fails the case without reading it all; the next case passes")
    void oversized_line() {
        List<CaseResult> results = run("oversized", settings("oversized").withMaxLineBytes(1024 * 1024));
        assertFirstFailsThenPass(results, "line longer than 1048576 bytes");
    }

    @Test
    @DisplayName("a reply with another request's id fails the case; the next case passes")
    void wrong_id() {
        assertFirstFailsThenPass(run("wrong-id"), "with id ", "request id ");
    }

    @Test
    @DisplayName("an error reply fails the case with the implementation's message; the process is kept")
    void error_reply() {
        try (ProcessImplementation process = ProcessImplementation.start(settings("error"))) {
            VectorRunner runner = new VectorRunner(process, catalog);
            List<CaseResult> results = cases.stream().map(runner::run).toList();
            assertFirstFailsThenPass(results, "with an error (internal): the segment store is locked");
            assertEquals(1, process.starts());
        }
    }

    @Test
    @DisplayName("a slow process within the timeout passes every case")
    void slow_within_timeout() {
        run("slow").forEach(r -> assertEquals(CaseResult.Status.PASSED, r.status(), r.message()));
    }

    @Test
    @DisplayName("a process that chatters on stderr is never blocked by a full pipe and passes every case")
    void stderr_chatter() {
        run("chatter").forEach(r -> assertEquals(CaseResult.Status.PASSED, r.status(), r.message()));
    }

    @Test
    @DisplayName("a process that exits before the handshake fails to start with its stderr in the message")
    void exit_at_start() {
        ProcessFaultException e = assertThrows(ProcessFaultException.class,
                () -> ProcessImplementation.start(settings("exit-at-start")));
        assertEquals(ProcessFaultException.Fault.START_FAILED, e.fault());
        assertTrue(e.getMessage().contains("exited with status 3"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot open the chain database"), e.getMessage());
    }

    @Test
    @DisplayName("a replacement process that exits at start fails the case that needed it; the next case passes")
    void exit_at_restart() {
        List<CaseResult> results = run("exit-at-restart");
        assertEquals(CaseResult.Status.FAILED, results.get(0).status());
        assertTrue(results.get(0).message().contains("exited with status 101"), results.get(0).message());
        assertEquals(CaseResult.Status.FAILED, results.get(1).status());
        assertTrue(results.get(1).message().contains("failed the hello handshake"), results.get(1).message());
        assertTrue(results.get(1).message().contains("exited with status 3"), results.get(1).message());
        assertEquals(CaseResult.Status.PASSED, results.get(2).status(), results.get(2).message());
    }

    @Test
    @DisplayName("a command that cannot be started fails with the reason")
    void missing_program() {
        ProcessFaultException e = assertThrows(ProcessFaultException.class, () -> ProcessImplementation.start(
                List.of(state.resolve("no-such-program").toString()), TIMEOUT));
        assertEquals(ProcessFaultException.Fault.START_FAILED, e.fault());
        assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
    }
}
