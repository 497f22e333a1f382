package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
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
        PythonExample.passesEveryVector(Subject.COLLATOR, SERVER, "abkit-python-collator");
    }

    @Test
    @DisplayName("the Python collator agrees with the reference on 300 generated collator cases")
    void python_collator_agrees_with_reference_on_fuzzed_cases() {
        PythonExample.assumePython();
        try (ProcessImplementation python = ProcessImplementation.start(List.of("python3", SERVER.toString()),
                Duration.ofSeconds(10))) {
            FuzzReport report = FuzzCampaign.of(python).subjects(EnumSet.of(Subject.COLLATOR)).seeds(1, 300)
                    .cases(300).run();
            assertEquals(300L, report.totalCases());
            assertEquals(List.of(), report.failures().stream().map(f -> f.shrunk().toString()).toList());
        }
    }
}
