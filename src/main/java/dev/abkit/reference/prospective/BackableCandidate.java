package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.RelayHash;

/** One answer of the backable-candidates query: a candidate of the best chain and its relay parent. */
public record BackableCandidate(CandidateHash candidate, RelayHash relayParent) {
    public BackableCandidate {
        if (candidate == null || relayParent == null) {
            throw new IllegalArgumentException("a backable candidate needs a hash and a relay parent");
        }
    }
}
