package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole vector suite through the process protocol: the reference served by {@link ReferenceServer} in a child
 * JVM, one process per profile reused across cases through {@code reset}, must pass every case the in-process
 * reference passes. Prints the wall time of both and the protocol's request rate.
 */
class ProcessVectorsTest {
    @Test
    @DisplayName("every vector passes through the process protocol, for the baseline and every profile in the set")
    void every_vector_passes_through_the_protocol() {
        Catalog catalog = Catalog.load();
        List<VectorCase> cases = VectorRepository.fromDirectory(Path.of("vectors"));
        Map<Profile, List<VectorCase>> byProfile = cases.stream()
                .collect(Collectors.groupingBy(VectorCase::profile, LinkedHashMap::new, Collectors.toList()));

        long inProcessNanos = 0;
        long processNanos = 0;
        long requests = 0;
        int passed = 0;
        for (Map.Entry<Profile, List<VectorCase>> entry : byProfile.entrySet()) {
            Profile profile = entry.getKey();
            long t0 = System.nanoTime();
            VectorRunner reference = new VectorRunner(new ReferenceImplementation(profile, RuleProbe.NONE), catalog);
            entry.getValue().forEach(reference::run);
            inProcessNanos += System.nanoTime() - t0;

            long t1 = System.nanoTime();
            try (ProcessImplementation process = ProcessImplementation.start(
                    Commands.java(ReferenceServer.class, "--profile", profile.name()), Duration.ofSeconds(10))) {
                assertEquals(profile, process.capabilities().profile());
                VectorRunner runner = new VectorRunner(process, catalog);
                for (VectorCase c : entry.getValue()) {
                    CaseResult result = runner.run(c);
                    assertEquals(CaseResult.Status.PASSED, result.status(), () -> c.id() + ": " + result.message());
                    passed++;
                }
                requests += process.requests();
                assertEquals(1, process.starts(), "the process was restarted");
            }
            processNanos += System.nanoTime() - t1;
        }
        assertEquals(cases.size(), passed);
        assertTrue(passed > 0);
        System.out.printf("process protocol: %d vectors (%d profiles, one JVM each) in %d ms through the process "
                        + "vs %d ms in process; %d requests, %.0f requests/s%n",
                passed, byProfile.size(), processNanos / 1_000_000, inProcessNanos / 1_000_000, requests,
                requests / (processNanos / 1e9));
    }
}
