package dev.abkit.example;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.ConstraintChain;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Implementation;
import java.util.EnumSet;

/**
 * The shape of a third party's adapter, written only against the adapter interface: it declares one subject and
 * plugs its own code in behind it. Here "its own code" is a constraint chain, standing in for a node's emulator.
 */
public final class ExampleNode implements Implementation {
    @Override
    public Capabilities capabilities() {
        return new Capabilities("example-node", "1.0.0", Profile.BASELINE,
                EnumSet.of(Subject.CANDIDATE_CONSTRAINTS), true);
    }

    @Override
    public CandidateConstraintsSubject candidateConstraints(Constraints base) {
        ConstraintChain chain = new ConstraintChain(Checks.unobserved(), base);
        return new CandidateConstraintsSubject() {
            @Override
            public Outcome append(ConstraintCandidate candidate) {
                return chain.append(candidate);
            }

            @Override
            public Constraints constraints() {
                return chain.constraints();
            }
        };
    }
}
