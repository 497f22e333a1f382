package dev.abkit.conformance;

import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_002;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_004;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_005;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_007;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.reference.pipeline.TimelineRow;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.PipelineSubject;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pipeline vectors catch implementations with one plausible bug each, and name the broken rule in the failure.
 * Each faulty implementation wraps the reference: it runs the reference with a parameter shifted the way the bug
 * shifts it, or rewrites the reference's rows the way the bug would produce them.
 */
class PipelineFaultsTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors"));

    @Test
    @DisplayName("AB-PIPE-007 a pipeline that includes a parablock in the relay block that backs it is caught")
    void inclusionInBackingBlock() {
        assertCaught(AB_PIPE_007, new InclusionInBackingBlock());
    }

    @Test
    @DisplayName("AB-PIPE-004 a pipeline whose backing window is one relay block too wide is caught")
    void backingWindowOneBlockTooWide() {
        assertCaught(AB_PIPE_004, new BackingWindowOneBlockTooWide());
    }

    @Test
    @DisplayName("AB-PIPE-005 a pipeline that leaves candidates pending availability out of the depth is caught")
    void depthWithoutPendingAvailability() {
        assertCaught(AB_PIPE_005, new DepthWithoutPendingAvailability());
    }

    @Test
    @DisplayName("AB-PIPE-002 a pipeline that checks the segment capacity with <= is caught")
    void capacityCheckedWithLessOrEqual() {
        assertCaught(AB_PIPE_002, new CapacityCheckedWithLessOrEqual());
    }

    private static void assertCaught(RuleId rule, Implementation faulty) {
        VectorRunner runner = new VectorRunner(faulty, CATALOG);
        List<CaseResult> failed = VECTORS.stream().map(runner::run)
                .filter(r -> r.status() == CaseResult.Status.FAILED).toList();
        assertFalse(failed.isEmpty(), () -> faulty.capabilities().name() + " passed every vector");
        Pattern layout = Pattern.compile("\\[" + rule + "] " + Pattern.quote(CATALOG.get(rule).title())
                + " \\| (?:expected: .+ \\| but was: .+|expected .+ but was .+) \\| at: \\S+ step \\d+ .+ \\| hint: .+",
                Pattern.DOTALL);
        assertTrue(failed.stream().anyMatch(r -> r.failedRule().equals(rule) && layout.matcher(r.message()).matches()),
                () -> "no failure names " + rule + " in the expected layout; failures: "
                        + failed.stream().map(CaseResult::message).toList());
    }

    /** Serves the reference's pipeline, changed by {@link #fault}, and nothing else. */
    private abstract static class FaultyPipeline implements Implementation {
        private final Implementation reference = new ReferenceImplementation();

        @Override
        public Capabilities capabilities() {
            return new Capabilities(getClass().getSimpleName(), "0", Profile.BASELINE, Set.of(Subject.PIPELINE),
                    true);
        }

        @Override
        public PipelineSubject pipeline() {
            return parameters -> fault(parameters, reference.pipeline());
        }

        abstract Timeline fault(PipelineParameters parameters, PipelineSubject reference);

        /** The reference run with shifted parameters, reported under the parameters asked for. */
        static Timeline shifted(PipelineParameters parameters, PipelineSubject reference,
                UnaryOperator<PipelineParameters> shift) {
            return new Timeline(parameters, reference.run(shift.apply(parameters)).rows());
        }
    }

    /** Includes each parablock in the relay block that backs it instead of the next one. */
    private static final class InclusionInBackingBlock extends FaultyPipeline {
        @Override
        Timeline fault(PipelineParameters parameters, PipelineSubject reference) {
            List<TimelineRow> rows = reference.run(parameters).rows().stream()
                    .map(r -> new TimelineRow(r.relayBlock(), r.backed(), r.backed(), r.authored(), r.abandoned()))
                    .toList();
            return new Timeline(parameters, rows);
        }
    }

    /** Lets block R(b) back relay parents down to R(b - 2 - a): the window check uses a + 1. */
    private static final class BackingWindowOneBlockTooWide extends FaultyPipeline {
        @Override
        Timeline fault(PipelineParameters parameters, PipelineSubject reference) {
            return shifted(parameters, reference, p -> p.withAllowedAncestryLen(p.allowedAncestryLen() + 1));
        }
    }

    /**
     * Counts only the candidates backed in the block against max_candidate_depth + 1, as if no core held a candidate
     * pending availability; with every core occupied this is the reference with the depth raised by the cores (exact
     * for one core).
     */
    private static final class DepthWithoutPendingAvailability extends FaultyPipeline {
        @Override
        Timeline fault(PipelineParameters parameters, PipelineSubject reference) {
            return shifted(parameters, reference, p -> p.withMaxCandidateDepth(p.maxCandidateDepth() + p.cores()));
        }
    }

    /** Authors while unincluded ancestors number at most the capacity (new_len <= C), which is capacity C + 1. */
    private static final class CapacityCheckedWithLessOrEqual extends FaultyPipeline {
        @Override
        Timeline fault(PipelineParameters parameters, PipelineSubject reference) {
            return shifted(parameters, reference, p -> p.withSegmentCapacity(p.segmentCapacity() + 1));
        }
    }
}
