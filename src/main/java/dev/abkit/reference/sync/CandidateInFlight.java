package dev.abkit.reference.sync;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayHash;

/** The one unincluded candidate a para may have under synchronous backing (AB-SYNC-002). */
public record CandidateInFlight(CandidateHash candidate, RelayHash relayParent, HeadData parentHead,
        HeadData outputHead, CandidateStatus status) {
    public CandidateInFlight {
        if (candidate == null || relayParent == null || parentHead == null || outputHead == null || status == null) {
            throw new IllegalArgumentException("a candidate in flight needs its hash, relay parent, heads and status");
        }
    }

    CandidateInFlight withStatus(CandidateStatus newStatus) {
        return new CandidateInFlight(candidate, relayParent, parentHead, outputHead, newStatus);
    }
}
