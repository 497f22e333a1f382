package dev.abkit.spi;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ProspectiveParachains;
import dev.abkit.reference.prospective.ValidationDataRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/** The reference model behind the prospective-parachains adapter interface; any configured model can be wrapped. */
public final class ReferenceProspectiveParachains implements ProspectiveParachainsSubject {
    private final ProspectiveParachains model;

    public ReferenceProspectiveParachains(ProspectiveParachains model) {
        this.model = model;
    }

    @Override
    public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
        return model.apply(activation);
    }

    @Override
    public Outcome deactivateLeaf(RelayHash leaf) {
        return model.apply(new ProspectiveEvent.DeactivateLeaf(leaf));
    }

    @Override
    public Outcome updateLeaves(ProspectiveEvent.UpdateLeaves update) {
        return model.apply(update);
    }

    @Override
    public Outcome introduceSeconded(Candidate candidate) {
        return model.apply(new ProspectiveEvent.IntroduceSeconded(candidate));
    }

    @Override
    public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
        return model.apply(new ProspectiveEvent.CandidateBacked(para, candidate));
    }

    @Override
    public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
            Set<CandidateHash> ancestors) {
        return model.backableCandidates(leaf, para, count, ancestors);
    }

    @Override
    public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
        return model.hypotheticalMembership(candidate);
    }

    @Override
    public SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf) {
        return model.minimumRelayParents(leaf);
    }

    @Override
    public Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request) {
        return model.prospectiveValidationData(request);
    }

    @Override
    public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
        return model.chain(relayParent, para);
    }
}
