package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.fuzz.faults.BestChainHoldsDepthPlusTwo;
import dev.abkit.fuzz.faults.EvictionKeepsIncludedBlock;
import dev.abkit.fuzz.faults.ForkChoiceByHigherHash;
import dev.abkit.fuzz.faults.RelayParentScopeOneTooWide;
import dev.abkit.fuzz.faults.SegmentCapacityCheckedWithLessOrEqual;
import dev.abkit.fuzz.faults.UmpMessagesCheckedWithGreaterOrEqual;
import dev.abkit.fuzz.faults.VelocityAllowsVBlocksPerSlot;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default fuzz budget finds each deliberately faulty implementation, shrinks the failure to a vector of at most
 * ten steps, and the vector, read back from its file, fails through the ordinary vector runner.
 */
class FuzzFaultsTest {
    private static final Catalog CATALOG = Catalog.load();

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(new SegmentCapacityCheckedWithLessOrEqual(), RuleId.of("AB-SEG-001")),
                Arguments.of(new EvictionKeepsIncludedBlock(), RuleId.of("AB-SEG-002")),
                Arguments.of(new VelocityAllowsVBlocksPerSlot(), RuleId.of("AB-VEL-002")),
                Arguments.of(new UmpMessagesCheckedWithGreaterOrEqual(), RuleId.of("AB-SEG-005")),
                Arguments.of(new ForkChoiceByHigherHash(), RuleId.of("AB-FORK-001")),
                Arguments.of(new RelayParentScopeOneTooWide(), RuleId.of("AB-SCOPE-001")),
                Arguments.of(new BestChainHoldsDepthPlusTwo(), RuleId.of("AB-CHAIN-001")));
    }

    @ParameterizedTest(name = "{1} broken by {0}")
    @MethodSource("faults")
    @DisplayName("the default fuzz budget finds the fault and shrinks it to a replayable vector of at most 10 steps")
    void found(Implementation faulty, RuleId rule, @TempDir Path out) {
        FuzzReport report = FuzzCampaign.of(faulty).writeTo(out).run();
        assertTrue(report.hasFailures(), () -> faulty + " was not found:\n" + report.render(CATALOG));
        assertEquals(0, report.invalid(), () -> report.render(CATALOG));
        VectorRunner runner = new VectorRunner(faulty, CATALOG);
        for (FuzzFailure failure : report.failures()) {
            assertTrue(failure.shrunkSteps() <= 10, () -> failure.shrunk() + " shrank to " + failure.shrunkSteps()
                    + " steps only:\n" + report.render(CATALOG));
            VectorCase vector = VectorRepository.file(Path.of(failure.file().get(0)));
            CaseResult result = runner.run(vector);
            assertEquals(CaseResult.Status.FAILED, result.status(), () -> vector.id() + " replays as "
                    + result.status() + " " + result.message());
            assertTrue(result.message().startsWith("[" + vector.rules().get(0) + "]"), result::message);
        }
        List<RuleId> named = report.failures().stream().map(f -> f.shrunk().rule()).toList();
        assertTrue(named.contains(rule), () -> "no failure names " + rule + ":\n" + report.render(CATALOG));
    }
}
