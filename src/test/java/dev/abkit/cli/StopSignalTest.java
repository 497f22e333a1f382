package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.abkit.process.FaultyServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that SIGTERM ends (a CI job's timeout) leaves the reports of the cases that ran and prints the summary: the
 * kit runs in its own JVM against a slow process, and is sent the signal half-way.
 */
class StopSignalTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("SIGTERM mid-run: the summary is printed, the reports hold the cases that ran, marked interrupted")
    void sigtermWritesReports() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String server = String.join(" ", java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                FaultyServer.class.getName(), "slow", temp.toString());
        Path reports = temp.resolve("reports");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                Main.class.getName(), "verify", "--process", server, "--subject", "candidate-constraints",
                "--no-features", "--fuzz-cases", "0", "--progress", "--report-dir", reports.toString()));
        Process kit = new ProcessBuilder(command).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = drain(kit.getInputStream(), out);
        Thread errReader = drain(kit.getErrorStream(), err);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!err.toString(StandardCharsets.UTF_8).contains("vectors 4/") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(kit.isAlive(), () -> "the run ended before the signal: " + out + err);
        kit.toHandle().destroy(); // Process.destroy() would also close the pipes the summary comes through
        assertTrue(kit.waitFor(60, TimeUnit.SECONDS), "the kit did not stop");
        outReader.join(5000);
        errReader.join(5000);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("stopping on a signal"), () -> "exit " + kit.exitValue() + "\n" + stdout
                + "\n" + stderr);
        assertTrue(stdout.contains("stopped by a signal: the reports cover the"), stdout);
        assertTrue(stdout.contains("\nINTERRUPTED\n"), stdout);
        JsonNode json = new ObjectMapper().readTree(Files.readString(reports.resolve("report.json")));
        assertTrue(json.path("interrupted").asBoolean(), json.toString());
        assertEquals("INTERRUPTED", json.path("verdict").asText());
        int ran = json.path("cases").size();
        assertTrue(ran >= 4, "at least the cases before the signal: " + ran);
        for (JsonNode c : json.path("cases")) {
            assertEquals("passed", c.path("status").asText(), "no case spoiled by the stopping: " + c);
        }
        assertTrue(Files.isRegularFile(reports.resolve("junit.xml")));
        assertFalse(stderr.contains("\tat "), stderr);
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream buffer) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(buffer);
            } catch (IOException e) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
