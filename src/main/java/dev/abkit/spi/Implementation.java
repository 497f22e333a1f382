package dev.abkit.spi;

import dev.abkit.catalog.Subject;
import dev.abkit.reference.constraints.Constraints;

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

    /** The pipeline simulation (subject pipeline): parameters in, timeline of relay blocks out. */
    default PipelineSubject pipeline() {
        throw new UnsupportedSubjectException(capabilities().name(), Subject.PIPELINE);
    }
}
