package dev.abkit.spi;

import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;

/**
 * The candidate-constraints subject (upstream: the inclusion emulator). One instance checks one chain of
 * unincluded candidates of a para, each against the base constraints with its accepted ancestors' outputs applied.
 */
public interface CandidateConstraintsSubject {
    /** Checks the next candidate of the chain; accepted candidates become the parent of the next one. */
    Outcome append(ConstraintCandidate candidate);

    /** The constraints the next candidate would be checked against. */
    Constraints constraints();
}
