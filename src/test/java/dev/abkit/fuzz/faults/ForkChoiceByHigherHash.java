package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.CandidateState;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.ProspectiveParachainsSubject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * AB-FORK-001 and AB-FORK-002 with the comparison reversed: among forks the higher candidate hash wins. Built by
 * running the reference on complemented hashes, so every hash comparison it makes is reversed.
 */
public final class ForkChoiceByHigherHash extends Faulty {
    public ForkChoiceByHigherHash() {
        super(Subject.PROSPECTIVE_PARACHAINS);
    }

    static CandidateHash flip(CandidateHash hash) {
        String hex = hash.hash().hex();
        StringBuilder out = new StringBuilder("0x");
        for (int i = 2; i < hex.length(); i++) {
            out.append(Character.forDigit(15 - Character.digit(hex.charAt(i), 16), 16));
        }
        return new CandidateHash(Hash32.of(out.toString()));
    }

    static Candidate flip(Candidate c) {
        return new Candidate(flip(c.hash()), c.para(), c.relayParent(), c.validationData(), c.commitments(),
                c.codeHash());
    }

    @Override
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        ProspectiveParachainsSubject correct = reference.prospectiveParachains(params);
        return new ProspectiveParachainsSubject() {
            @Override
            public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
                TreeMap<ParaId, BackingState> paras = new TreeMap<>();
                activation.paras().forEach((para, state) -> paras.put(para, new BackingState(state.constraints(),
                        state.pendingAvailability().stream().map(p -> new PendingCandidate(flip(p.hash()),
                                p.relayParent(), p.commitments(), p.codeHash(), p.maxPovSize())).toList())));
                return correct.activateLeaf(new ProspectiveEvent.ActivateLeaf(activation.leaf(),
                        activation.ancestors(), paras));
            }

            @Override
            public Outcome deactivateLeaf(RelayHash leaf) {
                return correct.deactivateLeaf(leaf);
            }

            @Override
            public Outcome introduceSeconded(Candidate candidate) {
                return correct.introduceSeconded(flip(candidate));
            }

            @Override
            public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
                return correct.candidateBacked(para, flip(candidate));
            }

            @Override
            public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                    Set<CandidateHash> ancestors) {
                Set<CandidateHash> flipped = new LinkedHashSet<>();
                ancestors.forEach(h -> flipped.add(flip(h)));
                return correct.backableCandidates(leaf, para, count, flipped).stream()
                        .map(b -> new BackableCandidate(flip(b.candidate()), b.relayParent())).toList();
            }

            @Override
            public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
                HypotheticalCandidate flipped = candidate instanceof HypotheticalCandidate.Complete c
                        ? new HypotheticalCandidate.Complete(flip(c.candidate()))
                        : flipIncomplete((HypotheticalCandidate.Incomplete) candidate);
                return correct.hypotheticalMembership(flipped);
            }

            private HypotheticalCandidate flipIncomplete(HypotheticalCandidate.Incomplete i) {
                return new HypotheticalCandidate.Incomplete(flip(i.hash()), i.para(), i.parentHead(),
                        i.relayParent());
            }

            @Override
            public SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf) {
                return correct.minimumRelayParents(leaf);
            }

            @Override
            public Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request) {
                return correct.prospectiveValidationData(request);
            }

            @Override
            public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
                return correct.chain(relayParent, para).map(view -> {
                    TreeMap<CandidateHash, CandidateState> unconnected = new TreeMap<>();
                    for (Map.Entry<CandidateHash, CandidateState> e : view.unconnected().entrySet()) {
                        unconnected.put(flip(e.getKey()), e.getValue());
                    }
                    return new ChainView(view.relayParent(), view.para(),
                            view.bestChain().stream().map(ForkChoiceByHigherHash::flip).toList(), unconnected);
                });
            }
        };
    }
}
