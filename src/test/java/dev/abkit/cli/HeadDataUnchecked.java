package dev.abkit.cli;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.ConstraintsRules;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.util.EnumSet;

/** The reference with the head-data size check left out (AB-CONS-002), plugged in by class name. */
public final class HeadDataUnchecked implements Implementation {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    @Override
    public Capabilities capabilities() {
        return new Capabilities("head-data-unchecked", "1.0", Profile.BASELINE,
                EnumSet.of(Subject.CANDIDATE_CONSTRAINTS), true);
    }

    @Override
    public CandidateConstraintsSubject candidateConstraints(Constraints base) {
        CandidateConstraintsSubject inner = reference.candidateConstraints(base);
        return new CandidateConstraintsSubject() {
            @Override
            public Outcome append(ConstraintCandidate candidate) {
                Outcome outcome = inner.append(candidate);
                return outcome instanceof Outcome.Rejected r && r.rule().equals(ConstraintsRules.AB_CONS_002)
                        ? Outcome.accepted() : outcome;
            }

            @Override
            public Constraints constraints() {
                return inner.constraints();
            }
        };
    }
}
