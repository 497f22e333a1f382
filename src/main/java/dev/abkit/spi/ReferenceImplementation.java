package dev.abkit.spi;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.ConstraintChain;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.pipeline.PipelineModel;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.ProspectiveParachains;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeAcceptance;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.UnincludedSegment;
import java.util.EnumSet;
import java.util.List;

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
        ConstraintChain chain = new ConstraintChain(new Checks(probe), base, profile);
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
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        Checks checks = new Checks(probe);
        return new ReferenceProspectiveParachains(new ProspectiveParachains(params, checks,
                new InclusionEmulator(checks, profile), profile));
    }

    @Override
    public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
        RuntimeAcceptance model = new RuntimeAcceptance(params, genesis, new Checks(probe), profile);
        return new RuntimeAcceptanceSubject() {
            @Override
            public List<CandidateHash> importBlock(RelayBlock block) {
                return model.apply(new RuntimeEvent.RelayBlockImported(block)).dropped();
            }

            @Override
            public List<CandidateHash> candidatesAvailable(List<CandidateHash> candidates) {
                return model.apply(new RuntimeEvent.CandidatesAvailable(candidates)).included();
            }

            @Override
            public List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates) {
                return model.apply(new RuntimeEvent.AvailabilityTimedOut(candidates)).dropped();
            }

            @Override
            public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
                return model.apply(new RuntimeEvent.CandidatesBacked(candidates)).verdicts();
            }

            @Override
            public List<AllowedRelayParent> allowedRelayParents() {
                return model.allowedRelayParents();
            }

            @Override
            public RelayBlockNumber minRelayParentNumber() {
                return model.minRelayParentNumber(model.view().block().number());
            }

            @Override
            public ParaView para(ParaId para) {
                ParaView view = model.view().paras().get(para);
                if (view == null) {
                    throw new IllegalArgumentException("expected a registered para but was " + para);
                }
                return view;
            }
        };
    }

    @Override
    public PipelineSubject pipeline() {
        return parameters -> new PipelineModel(new Checks(probe), parameters).run();
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

    @Override
    public CollatorSubject collator(CollatorView view) {
        return new ReferenceCollator(new Checks(probe), profile, view);
    }
}
