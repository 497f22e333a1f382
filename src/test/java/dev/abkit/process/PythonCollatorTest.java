package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzReport;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Python implementation of the collator (implementations/python/collator.py) passes every
 * vector of its subject through the process protocol, for the baseline and for each profile variant in the set.
 * Skipped when {@code python3} is not on the PATH.
 */
class PythonCollatorTest {
    private static final Path SERVER = Path.of("implementations", "python", "collator.py");

    @Test
    @DisplayName("the Python collator passes every collator vector of every profile")
    void python_collator_passes_its_subject() {
        Assumptions.assumeTrue(onPath("python3"), "python3 is not on the PATH");
        Catalog catalog = Catalog.load();
        Map<Profile, List<VectorCase>> byProfile = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.subject() == Subject.COLLATOR)
                .collect(Collectors.groupingBy(VectorCase::profile, LinkedHashMap::new, Collectors.toList()));
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<Profile, List<VectorCase>> entry : byProfile.entrySet()) {
            try (ProcessImplementation python = ProcessImplementation.start(List.of("python3", SERVER.toString(),
                    "--profile", entry.getKey().name()), Duration.ofSeconds(10))) {
                assertEquals("abkit-python-collator", python.capabilities().name());
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
        System.out.printf("python collator: %d collator vectors passed over %d profiles%n", passed,
                byProfile.size());
    }

    @Test
    @DisplayName("the Python collator agrees with the reference on 300 generated collator cases")
    void python_collator_agrees_with_reference_on_fuzzed_cases() {
        Assumptions.assumeTrue(onPath("python3"), "python3 is not on the PATH");
        try (ProcessImplementation python = ProcessImplementation.start(List.of("python3", SERVER.toString()),
                Duration.ofSeconds(10))) {
            FuzzReport report = FuzzCampaign.of(python).subjects(EnumSet.of(Subject.COLLATOR)).seeds(1, 300)
                    .cases(300).run();
            assertEquals(300L, report.totalCases());
            assertEquals(List.of(), report.failures().stream().map(f -> f.shrunk().toString()).toList());
        }
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
