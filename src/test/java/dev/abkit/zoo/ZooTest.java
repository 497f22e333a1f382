package dev.abkit.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.conformance.FeatureRunner;
import dev.abkit.conformance.Verdict;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzFailure;
import dev.abkit.fuzz.FuzzSubjects;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the kit (features and vectors) against every faulty implementation of the {@link Zoo}: each must fail, and at
 * least one failure of the vectors alone (no fuzzing, no feature) must name the rule its bug breaks. The reference must pass everything. Prints the table of what
 * caught which fault and writes it to {@code target/zoo-table.md}.
 */
class ZooTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors"));
    private static final Map<String, Row> ROWS = new ConcurrentHashMap<>();
    private static final int FUZZ_CASES = 150;
    private static final Set<Subject> FUZZED = FuzzSubjects.all().stream().map(s -> s.subject())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Subject.class)));

    /** What the kit reported for one fault. */
    private record Row(Fault fault, List<Verdict> featureFailures, List<CaseResult> vectorFailures,
            List<FuzzFailure> fuzzFailures, long millis) {
        boolean namedByFeatures() {
            return featureFailures.stream().anyMatch(v -> v.rules().contains(fault.rule()));
        }

        boolean namedByVectors() {
            return vectorFailures.stream().anyMatch(r -> r.failedRule().equals(fault.rule()));
        }

        boolean namedByFuzz() {
            return fuzzFailures.stream().anyMatch(f -> f.shrunk().rule().equals(fault.rule()));
        }
    }

    @Test
    @DisplayName("the zoo holds at least 28 faults covering every subject, each named after a catalog rule of it")
    void zooIsComplete() {
        List<Fault> all = Zoo.all();
        assertTrue(all.size() >= 28, () -> "only " + all.size() + " faults");
        Set<Subject> subjects = all.stream().map(Fault::subject).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Subject.class), EnumSet.copyOf(subjects));
        for (Fault fault : all) {
            assertEquals(fault.subject(), CATALOG.get(fault.rule()).subject(), fault.name());
        }
    }

    @TestFactory
    Stream<DynamicTest> every_fault_is_caught_naming_its_rule() {
        return Zoo.all().stream().map(f -> DynamicTest.dynamicTest(f.name() + " breaks " + f.rule(), () -> {
            Row row = run(f);
            ROWS.put(f.name(), row);
            assertFalse(row.featureFailures().isEmpty() && row.vectorFailures().isEmpty(),
                    () -> f.name() + " passed every feature example and every vector of " + f.subject().key());
            assertTrue(row.namedByVectors(), () -> f.name() + " failed "
                    + row.featureFailures().size() + " examples and " + row.vectorFailures().size()
                    + " vectors, but none names " + f.rule() + "; vectors: "
                    + row.vectorFailures().stream().map(CaseResult::message).limit(5).toList() + "; features: "
                    + row.featureFailures().stream().map(v -> v.rules() + " " + v.id()).limit(5).toList());
            Pattern layout = layout(f.rule());
            for (CaseResult failure : row.vectorFailures()) {
                if (failure.failedRule().equals(f.rule())) {
                    assertTrue(layout.matcher(failure.message()).matches(), failure.message());
                }
            }
        }));
    }

    @Test
    @DisplayName("the reference passes every vector and every feature example")
    void referencePassesEverything() {
        VectorRunner runner = new VectorRunner(new ReferenceImplementation(), CATALOG);
        List<String> vectorFailures = VECTORS.stream().map(runner::run).filter(CaseResult::isFailure)
                .map(CaseResult::message).toList();
        assertEquals(List.of(), vectorFailures);
        List<Verdict> verdicts = features(new ReferenceImplementation(), "");
        assertFalse(verdicts.isEmpty());
        assertEquals(List.of(), verdicts.stream().filter(Verdict::isFailure).map(v -> v.id() + ": " + v.message())
                .toList());
    }

    @Test
    @DisplayName("AB-QUERY-004 an implementation answering the hypothetical membership in another order passes every"
            + " vector: the answer is a set")
    void membershipOrderDoesNotMatter() {
        Implementation reordered = ProspectiveFaults.reorderedMembership();
        VectorRunner runner = new VectorRunner(reordered, CATALOG);
        List<VectorCase> asking = VECTORS.stream().filter(c -> c.subject() == Subject.PROSPECTIVE_PARACHAINS)
                .filter(c -> c.steps().stream().anyMatch(step -> step.toString().contains("hypothetical_membership")))
                .toList();
        assertTrue(asking.size() >= 5, () -> "only " + asking.size() + " vectors ask for the membership");
        assertEquals(List.of(), asking.stream().map(runner::run).filter(CaseResult::isFailure)
                .map(CaseResult::message).toList());
    }

    @AfterAll
    static void writeTable() throws IOException {
        if (ROWS.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder()
                .append("| implementation | subject | rule broken | caught by features | caught by vectors | fuzz |")
                .append(" rule named by | time |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Fault fault : Zoo.all()) {
            Row row = ROWS.get(fault.name());
            if (row == null) {
                continue;
            }
            String named = Stream.of(row.namedByFeatures() ? "features" : "", row.namedByVectors() ? "vectors" : "",
                            row.namedByFuzz() ? "fuzz" : "")
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String fuzz = FUZZED.contains(fault.subject()) ? Integer.toString(row.fuzzFailures().size()) : "n/a";
            table.append("| ").append(fault.name()).append(" | ").append(fault.subject().key()).append(" | ")
                    .append(fault.rule()).append(" | ").append(row.featureFailures().size()).append(" | ")
                    .append(row.vectorFailures().size()).append(" | ").append(fuzz).append(" | ")
                    .append(named.isEmpty() ? "-" : named)
                    .append(" | ").append(row.millis()).append(" ms |\n");
        }
        table.append("\nCounts are failing cases: feature examples (only the subject's rules' tags are run), vectors "
                + "(only the subject's) and distinct shrunk fuzz findings (" + FUZZ_CASES + " cases of the subject, seeds 1.."
                + FUZZ_CASES + "; n/a: the pipeline is not fuzzed).\n");
        System.out.println(table);
        Path out = Path.of("target", "zoo-table.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Faulty implementations and what catches them\n\n" + table);
    }

    private static Row run(Fault fault) {
        long start = System.nanoTime();
        VectorRunner runner = new VectorRunner(fault.implementation(), CATALOG);
        List<CaseResult> vectorFailures = VECTORS.stream().filter(c -> c.subject() == fault.subject())
                .map(runner::run).filter(CaseResult::isFailure).toList();
        String tags = CATALOG.forSubject(fault.subject()).stream().map(Rule::id).map(id -> "@" + id)
                .collect(Collectors.joining(" or "));
        List<Verdict> featureFailures = features(fault.implementation(), tags).stream().filter(Verdict::isFailure)
                .toList();
        List<FuzzFailure> fuzzFailures = !FUZZED.contains(fault.subject()) ? List.of()
                : FuzzCampaign.of(fault.implementation()).subjects(EnumSet.of(fault.subject()))
                        .seeds(1, FUZZ_CASES).cases(FUZZ_CASES).run().failures();
        return new Row(fault, featureFailures, vectorFailures, fuzzFailures, (System.nanoTime() - start) / 1_000_000);
    }

    /** The feature verdicts with {@code implementation} as the configured one. */
    private static List<Verdict> features(Implementation implementation, String tags) {
        Implementations.use(implementation);
        try {
            return new ArrayList<>(FeatureRunner.run(tags));
        } finally {
            Implementations.use(null);
        }
    }

    /** The kit's failure layout for a vector that fails naming {@code rule}. */
    private static Pattern layout(RuleId rule) {
        return Pattern.compile(Pattern.quote("[" + rule + "] " + CATALOG.get(rule).title())
                + " \\| .+ \\| at: [a-z0-9-]+ (step \\d+ .+ \\| hint: .+|set-up)", Pattern.DOTALL);
    }
}
