package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.PipelineRules;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.reference.pipeline.TimelineRow;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.PipelineSubject;
import dev.abkit.spi.ReferenceImplementation;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Faulty pipelines (area PIPE). Each wraps the reference: it runs the reference with a parameter shifted the way the
 * bug shifts it, or rewrites the reference's rows the way the bug would produce them.
 */
final class PipelineFaults {
    private PipelineFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("InclusionInBackingBlock", PipelineRules.AB_PIPE_007,
                        "a parablock is included in the relay block that backs it instead of the next one",
                        new InclusionInBackingBlock()),
                new Fault("BackingWindowOneBlockTooWide", PipelineRules.AB_PIPE_004,
                        "relay block R(b) backs relay parents down to R(b - 2 - a): the window uses a + 1",
                        new BackingWindowOneBlockTooWide()),
                new Fault("DepthWithoutPendingAvailability", PipelineRules.AB_PIPE_005,
                        "the candidates pending availability are left out of max_candidate_depth + 1",
                        new DepthWithoutPendingAvailability()),
                new Fault("SegmentRoomCheckedWithLessOrEqual", PipelineRules.AB_PIPE_002,
                        "the collator authors while unincluded ancestors number at most the capacity (<= for <)",
                        new SegmentRoomCheckedWithLessOrEqual()));
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
    private static final class SegmentRoomCheckedWithLessOrEqual extends FaultyPipeline {
        @Override
        Timeline fault(PipelineParameters parameters, PipelineSubject reference) {
            return shifted(parameters, reference, p -> p.withSegmentCapacity(p.segmentCapacity() + 1));
        }
    }
}
