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
import dev.abkit.reference.prospective.ValidationDataRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The prospective-parachains subject (upstream: the node's prospective-parachains subsystem): fragment chains per
 * active leaf and para, candidate admission, the best backable chain and the queries the backing and provisioning
 * subsystems make. One instance is one validator node's view, set up with the asynchronous-backing parameters.
 */
public interface ProspectiveParachainsSubject {
    /** A new active leaf with its ancestry and the runtime's backing state per scheduled para (AB-SCOPE, AB-LEAF). */
    Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation);

    /** A leaf is no longer active (AB-LEAF-003, AB-LEAF-004). */
    Outcome deactivateLeaf(RelayHash leaf);

    /**
     * One update of the active leaves (upstream ActiveLeavesUpdate): its activation first, unless the same update
     * deactivates that leaf, then its deactivations in order (AB-LEAF-006). The default does exactly that through
     * {@link #activateLeaf} and {@link #deactivateLeaf}; a node that takes updates whole overrides it.
     */
    default Outcome updateLeaves(ProspectiveEvent.UpdateLeaves update) {
        for (ProspectiveEvent.ActivateLeaf activation : update.activated()) {
            if (!update.deactivated().contains(activation.leaf().hash())) {
                Outcome outcome = activateLeaf(activation);
                if (outcome == null || !outcome.isAccepted()) {
                    return outcome;
                }
            }
        }
        for (RelayHash leaf : update.deactivated()) {
            Outcome outcome = deactivateLeaf(leaf);
            if (outcome == null || !outcome.isAccepted()) {
                return outcome;
            }
        }
        return Outcome.accepted();
    }

    /** A seconded candidate asks to be kept; rejected with the rule that fired (AB-ADMIT, AB-FORK, AB-PA). */
    Outcome introduceSeconded(Candidate candidate);

    /** The backing group reached quorum on a candidate; unknown candidates are ignored (AB-CHAIN, AB-FORK-003). */
    Outcome candidateBacked(ParaId para, CandidateHash candidate);

    /** Up to {@code count} backable candidates after the given ancestors (AB-QUERY-001 to AB-QUERY-003). */
    List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count, Set<CandidateHash> ancestors);

    /** The active leaves under which the candidate could be kept now or later (AB-QUERY-004, AB-QUERY-005). */
    List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate);

    /** The minimum relay parent number per para with a chain under an active leaf (AB-QUERY-006). */
    SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf);

    /** The validation data a candidate would need, if the node knows everything it needs (AB-QUERY-007). */
    Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request);

    /** The observable fragment chain of a para under a retained relay parent: best chain and unconnected. */
    Optional<ChainView> chain(RelayHash relayParent, ParaId para);
}
