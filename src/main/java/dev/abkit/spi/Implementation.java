package dev.abkit.spi;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.reference.segment.SegmentParams;

/**
 * An implementation of asynchronous backing under test. It declares its {@link Capabilities} and creates a fresh
 * instance of each subject it provides, one per test case. Found through {@link java.util.ServiceLoader}, or by
 * class name (a public no-argument constructor); see {@link Implementations}.
 *
 * <p>Every factory method has a default that refuses: implement the ones your capabilities list.
 */
public interface Implementation {
    Capabilities capabilities();

    /** A chain checker starting from {@code base} (subject candidate-constraints). */
    default CandidateConstraintsSubject candidateConstraints(Constraints base) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.CANDIDATE_CONSTRAINTS);
    }

    /** A validator node's prospective-parachains view with the given parameters (subject prospective-parachains). */
    default ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.PROSPECTIVE_PARACHAINS);
    }

    /**
     * A relay runtime starting after {@code genesis}, with host configuration {@code params} (subject
     * runtime-acceptance, AB-RT-001 .. AB-RT-014).
     */
    default RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.RUNTIME_ACCEPTANCE);
    }

    /** The pipeline simulation (subject pipeline): parameters in, timeline of relay blocks out. */
    default PipelineSubject pipeline() {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.PIPELINE);
    }

    /**
     * The runtime of a parachain whose only block is {@code genesisHead}, configured by {@code params} (subject
     * unincluded-segment). The kit sets the profile of {@code params} to the one this implementation declares.
     */
    default UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.UNINCLUDED_SEGMENT);
    }

    /**
     * A collator that knows the relay chain and the local parachain blocks of {@code view} (subject collator,
     * AB-COL-001 .. AB-COL-012, AB-RTD-001 .. AB-RTD-005). The profile is the one this implementation declares.
     */
    default CollatorSubject collator(CollatorView view) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.COLLATOR);
    }
}
