package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The independent Python implementation of the unincluded segment (implementations/python/segment.py) passes every
 * vector of its subject through the process protocol, for the baseline and for each profile variant in the set.
 * Skipped when {@code python3} is not on the PATH.
 */
class PythonSegmentTest {
    private static final Path SERVER = Path.of("implementations", "python", "segment.py");

    @Test
    @DisplayName("the Python unincluded segment passes every unincluded-segment vector of every profile")
    void python_segment_passes_its_subject() {
        Assumptions.assumeTrue(onPath("python3"), "python3 is not on the PATH");
        Catalog catalog = Catalog.load();
        Map<Profile, List<VectorCase>> byProfile = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.subject() == Subject.UNINCLUDED_SEGMENT)
                .collect(Collectors.groupingBy(VectorCase::profile, LinkedHashMap::new, Collectors.toList()));
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<Profile, List<VectorCase>> entry : byProfile.entrySet()) {
            try (ProcessImplementation python = ProcessImplementation.start(List.of("python3", SERVER.toString(),
                    "--profile", entry.getKey().name()), Duration.ofSeconds(10))) {
                assertEquals("abkit-python-segment", python.capabilities().name());
                assertEquals(entry.getKey(), python.capabilities().profile());
                VectorRunner runner = new VectorRunner(python, catalog);
                for (VectorCase c : entry.getValue()) {
                    CaseResult result = runner.run(c);
                    if (result.status() == CaseResult.Status.PASSED) {
                        passed++;
                    } else {
                        failures.add(c.id() + " [" + entry.getKey() + "] " + result.status() + ": " + result.message());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures:\n" + String.join("\n", failures));
        System.out.printf("python segment: %d unincluded-segment vectors passed over %d profiles%n", passed,
                byProfile.size());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
