package dev.abkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An implementation that provides one subject passes its cases and has every other case skipped, never passed. */
class CapabilitiesTest {
    @Test
    @DisplayName("cases of subjects the implementation lacks are skipped with the reason, its own subject passes")
    void skippedNotPassed() {
        List<VectorCase> cases = VectorRepository.fromDirectory(Path.of("vectors"));
        VectorRunner runner = new VectorRunner(new ExampleNode(), Catalog.load());
        Map<Boolean, List<CaseResult>> bySubject = cases.stream().collect(Collectors.partitioningBy(
                c -> c.subject() == Subject.CANDIDATE_CONSTRAINTS, Collectors.mapping(runner::run,
                        Collectors.toList())));
        // Its own subject passes, except the cases of a profile variant it does not target, skipped with the reason.
        assertTrue(bySubject.get(true).stream().allMatch(r -> r.status() == CaseResult.Status.PASSED
                || r.status() == CaseResult.Status.SKIPPED && r.message().startsWith("the case holds for profile ")));
        assertTrue(bySubject.get(true).stream().anyMatch(r -> r.status() == CaseResult.Status.PASSED));
        List<CaseResult> others = bySubject.get(false);
        assertTrue(others.stream().allMatch(r -> r.status() == CaseResult.Status.SKIPPED
                && r.message().equals("example-node does not provide the subject " + subjectOf(cases, r))));
        assertEquals(cases.size() - bySubject.get(true).size(), others.size());
    }

    private static String subjectOf(List<VectorCase> cases, CaseResult result) {
        return cases.stream().filter(c -> c.id().equals(result.caseId())).findFirst().orElseThrow().subject().key();
    }
}
