package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The vectors pin every rule on each side the reference decides it: run against the reference with a probe, they
 * make every rule hold at least once and fire at least once, wherever the model reports that side (read from how the
 * model decides the rule: {@code require} reports both sides, {@code held} and {@code fired} one each).
 */
class VectorRuleSidesTest {
    /**
     * Sides no vector can reach through an adapter, with the reason. The CONS ones fire only when a chain's
     * modifications do not fit the base after every candidate of the chain passed its own check, which the checks of
     * AB-CONS-011 and AB-CONS-013 to AB-CONS-017 already prevent. The PIPE and SYNC ones are invariants the timing
     * model asserts of its own schedule (a parablock authored on the block just imported, inclusion after backing,
     * at most one inclusion per core, no pipelining at capacity 1): they fire only if the model is wrong.
     */
    private static final Set<String> UNREACHABLE = Set.of("AB-CONS-019 fired", "AB-CONS-020 fired",
            "AB-CONS-021 fired", "AB-PIPE-001 fired", "AB-PIPE-007 fired", "AB-PIPE-008 fired", "AB-SYNC-005 fired");

    @Test
    @DisplayName("the vectors make every rule the reference decides both hold and fire")
    void everySideIsPinned() throws IOException {
        Map<String, int[]> seen = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (VectorCase c : VectorRepository.fromDirectory(Path.of("vectors"))) {
            ReferenceImplementation reference = new ReferenceImplementation(c.profile(), (rule, held) ->
                    seen.computeIfAbsent(rule.value(), r -> new int[2])[held ? 0 : 1]++);
            CaseResult result = new VectorRunner(reference, Catalog.load()).run(c);
            if (result.status() != CaseResult.Status.PASSED) {
                failures.add(c.id() + " " + result.status() + " " + result.message());
            }
        }
        assertEquals(List.of(), failures, "every vector passes against the reference of its profile");
        Set<String> missing = new TreeSet<>();
        sidesInModel().forEach((rule, how) -> {
            int[] counts = seen.getOrDefault(rule.value(), new int[2]);
            if ((how.contains("require") || how.contains("held")) && counts[0] == 0) {
                missing.add(rule + " held");
            }
            if ((how.contains("require") || how.contains("fired")) && counts[1] == 0) {
                missing.add(rule + " fired");
            }
        });
        Set<String> listedButReached = new TreeSet<>(UNREACHABLE);
        listedButReached.removeAll(missing);
        missing.removeAll(UNREACHABLE);
        assertEquals(Set.of(), missing, "rule sides the reference decides that no vector reaches");
        assertEquals(Set.of(), listedButReached, "sides listed as unreachable that a vector reaches");
    }

    /** How the models served through adapters decide each rule, from their source. */
    private static Map<RuleId, Set<String>> sidesInModel() throws IOException {
        Pattern call = Pattern.compile("\\b(require|held|fired)\\(\\s*(AB_[A-Z]+_\\d{3})\\b");
        Map<RuleId, Set<String>> sides = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/abkit/reference"))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/sync/")).sorted().toList();
        }
        for (Path source : sources) {
            Matcher m = call.matcher(Files.readString(source));
            while (m.find()) {
                sides.computeIfAbsent(RuleId.of(m.group(2).replace('_', '-')), r -> new TreeSet<>()).add(m.group(1));
            }
        }
        return sides;
    }
}
