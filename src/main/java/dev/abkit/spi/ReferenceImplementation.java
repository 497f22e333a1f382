package dev.abkit.spi;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.ConstraintChain;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.UnincludedSegment;
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
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        UnincludedSegment segment = new UnincludedSegment(params.withProfile(profile), genesisHead, new Checks(probe));
        return new UnincludedSegmentSubject() {
            @Override
            public Outcome author(AuthorBlock block) {
                return segment.author(block);
            }

            @Override
            public SegmentView view() {
                return segment.view();
            }

            @Override
            public int sizeAfterIncluded(HeadData includedHead) {
                return segment.sizeAfterIncluded(includedHead);
            }

            @Override
            public boolean canBuildUpon(HeadData includedHead, long slot) {
                return segment.canBuildUpon(includedHead, slot);
            }
        };
    }
}
