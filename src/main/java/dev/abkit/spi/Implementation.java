package dev.abkit.spi;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.reference.constraints.Constraints;
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

    /**
     * The runtime of a parachain whose only block is {@code genesisHead}, configured by {@code params} (subject
     * unincluded-segment). The kit sets the profile of {@code params} to the one this implementation declares.
     */
    default UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.UNINCLUDED_SEGMENT);
    }
}
