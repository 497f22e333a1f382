package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.RelayHash;

/**
 * One answer of the backable-candidates query: a candidate of the best chain and its relay parent; under the
 * scheduling-parent variant the block in the second place is the candidate's scheduling parent, as in upstream's
 * {@code BackableCandidateRef { candidate_hash, scheduling_parent }} (PR 11772).
 */
public record BackableCandidate(CandidateHash candidate, RelayHash relayParent) {
    public BackableCandidate {
        if (candidate == null || relayParent == null) {
            throw new IllegalArgumentException("a backable candidate needs a hash and a relay parent");
        }
    }
}
