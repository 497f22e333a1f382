package dev.abkit.spi;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.ConstraintChain;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.pipeline.PipelineModel;
import java.util.EnumSet;

/**
 * The kit's executable specification served as an implementation: the default when nothing else is configured, and
 * the source of every expected result in the vectors.
 */
public final class ReferenceImplementation implements Implementation {
    private final Profile profile;
    private final RuleProbe probe;

    public ReferenceImplementation() {
        this(Profile.BASELINE, RuleProbe.NONE);
    }

    public ReferenceImplementation(Profile profile, RuleProbe probe) {
        this.profile = profile;
        this.probe = probe;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities("abkit-reference", "0.1.0", profile, EnumSet.allOf(Subject.class), true);
    }

    @Override
    public CandidateConstraintsSubject candidateConstraints(Constraints base) {
        ConstraintChain chain = new ConstraintChain(new Checks(probe), base);
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

    @Override
    public PipelineSubject pipeline() {
        return parameters -> new PipelineModel(new Checks(probe), parameters).run();
    }
}
