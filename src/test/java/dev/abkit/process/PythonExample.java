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

/** The Python example implementations under implementations/python, run through the process protocol. */
final class PythonExample {
    private PythonExample() {
    }

    /** Skips the calling test, with the reason, when {@code python3} is not on the PATH. */
    static void assumePython() {
        String path = System.getenv("PATH");
        boolean found = false;
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "python3"));
        }
        Assumptions.assumeTrue(found, "python3 is not on the PATH");
    }

    /**
     * Runs every vector of {@code subject} against the Python server {@code server}, started once per profile the
     * vectors hold with {@code --profile}, which must answer the hello as {@code name} with that profile; asserts that
     * every vector passes and prints the count.
     */
    static void passesEveryVector(Subject subject, Path server, String name) {
        assumePython();
        Catalog catalog = Catalog.load();
        Map<Profile, List<VectorCase>> byProfile = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.subject() == subject)
                .collect(Collectors.groupingBy(VectorCase::profile, LinkedHashMap::new, Collectors.toList()));
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<Profile, List<VectorCase>> entry : byProfile.entrySet()) {
            try (ProcessImplementation python = ProcessImplementation.start(List.of("python3", server.toString(),
                    "--profile", entry.getKey().name()), Duration.ofSeconds(10))) {
                assertEquals(name, python.capabilities().name());
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
        System.out.printf("%s: %d %s vectors passed over %d profiles%n", name, passed, subject.key(),
                byProfile.size());
    }
}
