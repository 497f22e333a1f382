package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.conformance.RuleDecisionPlaces.Place;
import dev.abkit.model.Checks;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The vectors pin every rule on each side the reference decides it, and reach every place where the reference
 * decides one. Run against the reference with a probe that records the rule, the side and the calling source line of
 * every report, they make every rule hold at least once and fire at least once wherever the model reports that side,
 * and make every {@code require}, {@code report}, {@code held} and {@code fired} call in the models served through
 * adapters report at least once. The places are read from the source ({@link RuleDecisionPlaces}), so a report that
 * goes missing from one place is noticed even when another place reports the same side of the same rule.
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

    /** Places in the models no vector reaches, as {@code file:line}, with the reason next to each. */
    private static final Map<String, String> PLACES_NOT_REACHED = Map.of();

    /** What the probe saw over every vector: rule and side per calling place, sides per rule, failed vectors. */
    private record Reports(Map<String, Set<String>> byPlace, Map<String, int[]> sidesByRule, List<String> failures) {
    }

    /**
     * Runs every vector against the reference with a recording probe. Each test runs them itself rather than sharing
     * state set up once: mutation testing attributes the code a test executes to that test, and runs the test again
     * in the same JVM for every mutant.
     */
    private static Reports runEveryVector() throws IOException {
        Reports reports = new Reports(new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        StackWalker walker = StackWalker.getInstance();
        Catalog catalog = Catalog.load();
        for (VectorCase c : VectorRepository.fromDirectory(Path.of("vectors"))) {
            RuleProbe probe = (rule, held) -> {
                reports.sidesByRule().computeIfAbsent(rule.value(), r -> new int[2])[held ? 0 : 1]++;
                callingPlace(walker).ifPresent(place -> reports.byPlace().computeIfAbsent(place,
                        p -> new TreeSet<>()).add(rule + (held ? " held" : " fired")));
            };
            ReferenceImplementation reference = new ReferenceImplementation(c.profile(), probe);
            CaseResult result = new VectorRunner(reference, catalog).run(c);
            if (result.status() != CaseResult.Status.PASSED) {
                reports.failures().add(c.id() + " " + result.status() + " " + result.message());
            }
        }
        return reports;
    }

    @Test
    @DisplayName("the vectors make every rule the reference decides both hold and fire")
    void everySideIsPinned() throws IOException {
        Reports reports = runEveryVector();
        assertEquals(List.of(), reports.failures(), "every vector passes against the reference of its profile");
        Map<RuleId, Set<String>> sides = RuleDecisionPlaces.callsByRule(place -> true);
        Set<String> missing = new TreeSet<>();
        sides.forEach((rule, how) -> {
            int[] counts = reports.sidesByRule().getOrDefault(rule.value(), new int[2]);
            boolean bothSides = how.contains("require") || how.contains("report");
            if ((bothSides || how.contains("held")) && counts[0] == 0) {
                missing.add(rule + " held");
            }
            if ((bothSides || how.contains("fired")) && counts[1] == 0) {
                missing.add(rule + " fired");
            }
        });
        Set<String> listedButReached = new TreeSet<>(UNREACHABLE);
        listedButReached.removeAll(missing);
        missing.removeAll(UNREACHABLE);
        assertEquals(Set.of(), missing, "rule sides the reference decides that no vector reaches");
        assertEquals(Set.of(), listedButReached, "sides listed as unreachable that a vector reaches");
    }

    @Test
    @DisplayName("the vectors reach every place where the reference decides a rule, and it reports that rule there")
    void everyPlaceIsReached() throws IOException {
        Reports reports = runEveryVector();
        assertEquals(List.of(), reports.failures(), "every vector passes against the reference of its profile");
        Set<String> notReached = new TreeSet<>();
        Set<String> wrongRule = new TreeSet<>();
        for (Place place : RuleDecisionPlaces.all()) {
            Set<String> seen = reports.byPlace().getOrDefault(place.key(), Set.of());
            if (seen.isEmpty()) {
                notReached.add(place.key() + " " + place.call() + place.rule().map(r -> " " + r).orElse(""));
            }
            place.rule().ifPresent(rule -> seen.stream().filter(r -> !r.startsWith(rule + " "))
                    .forEach(r -> wrongRule.add(place.key() + " reports " + r + ", its source names " + rule)));
        }
        Set<String> listedButReached = new TreeSet<>(PLACES_NOT_REACHED.keySet());
        notReached.forEach(p -> listedButReached.remove(p.substring(0, p.indexOf(' '))));
        notReached.removeIf(p -> PLACES_NOT_REACHED.containsKey(p.substring(0, p.indexOf(' '))));
        assertEquals(Set.of(), notReached, "places in the models where a rule is decided that no vector reaches");
        assertEquals(Set.of(), listedButReached, "places listed as not reached that a vector reaches");
        assertEquals(Set.of(), wrongRule, "places that report another rule than the one their source names");
    }

    /** The lines of the places in each model file, read once: a report is matched to the call it comes from. */
    private static final class PlaceLines {
        static final Map<String, NavigableSet<Integer>> BY_FILE = new TreeMap<>();

        static {
            try {
                for (Place place : RuleDecisionPlaces.all()) {
                    BY_FILE.computeIfAbsent(place.file(), f -> new TreeSet<>()).add(place.line());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The place that made a report: the first frame outside {@link Checks} and this test, as {@code file:line} of the
     * call that starts at or before the frame's line (a call spread over lines may carry a later line number).
     */
    private static Optional<String> callingPlace(StackWalker walker) {
        Optional<StackWalker.StackFrame> frame = walker.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Checks.class.getName()))
                .filter(f -> !f.getClassName().startsWith(VectorRuleSidesTest.class.getName()))
                .findFirst());
        return frame.filter(f -> f.getClassName().startsWith("dev.abkit.reference.")).map(f -> {
            String pkg = f.getClassName().substring(0, f.getClassName().lastIndexOf('.'));
            String file = pkg.substring("dev.abkit.reference.".length()).replace('.', '/') + "/" + f.getFileName();
            Integer start = PlaceLines.BY_FILE.getOrDefault(file, new TreeSet<>()).floor(f.getLineNumber());
            return file + ":" + (start == null ? f.getLineNumber() : start);
        });
    }
}
