package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.ExpectedFailures;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector against an implementation as JUnit dynamic tests named by vector id, grouped by subject and
 * area. Extend it in your own test sources and override {@link #implementation()} to test your implementation; by
 * default it tests the one configured by {@link Implementations#configured()}.
 *
 * <p>A case of a subject the implementation does not provide is reported as skipped with that reason. A last test
 * checks that every vector of the set was executed and that every expected-failure entry names a vector.
 */
public abstract class VectorConformance {
    /** The implementation under test. */
    protected Implementation implementation() {
        return Implementations.configured();
    }

    /** The vectors this implementation knowingly fails. */
    protected ExpectedFailures expectedFailures() {
        return ExpectedFailures.configured();
    }

    /** The vector set. */
    protected List<VectorCase> vectors() {
        return VectorRepository.standard();
    }

    @TestFactory
    Stream<DynamicNode> vectors_conform() {
        Implementation implementation = implementation();
        ExpectedFailures expected = expectedFailures();
        List<VectorCase> cases = vectors();
        VectorRunner runner = new VectorRunner(implementation, Catalog.load());
        AtomicInteger executed = new AtomicInteger();
        Map<String, Map<String, List<VectorCase>>> grouped = new LinkedHashMap<>();
        for (VectorCase c : cases) {
            grouped.computeIfAbsent(c.subject().key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.area(), k -> new ArrayList<>()).add(c);
        }
        List<DynamicNode> nodes = new ArrayList<>();
        grouped.forEach((subject, areas) -> nodes.add(DynamicContainer.dynamicContainer(subject,
                areas.entrySet().stream().map(area -> DynamicContainer.dynamicContainer(area.getKey(),
                        area.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
                            executed.incrementAndGet();
                            check(expected.apply(runner.run(c)));
                        })))))));
        nodes.add(DynamicTest.dynamicTest("every vector was executed and every expected failure names one", () -> {
            Assertions.assertEquals(cases.size(), executed.get(), "vectors discovered vs executed");
            Set<String> unmatched = expected.unmatched(cases.stream().map(VectorCase::id).toList());
            Assertions.assertTrue(unmatched.isEmpty(), () -> "expected-failure entries that name no vector: "
                    + unmatched);
        }));
        return nodes.stream();
    }

    private static void check(CaseResult result) {
        switch (result.status()) {
            case PASSED, EXPECTED_FAILURE -> {
            }
            case SKIPPED -> Assumptions.abort(result.message());
            case FAILED, UNEXPECTED_PASS -> Assertions.fail(result.message());
            default -> throw new IllegalStateException("unhandled " + result.status());
        }
    }
}
