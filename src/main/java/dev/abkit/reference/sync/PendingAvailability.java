package dev.abkit.reference.sync;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayHash;

/** A candidate the runtime reports as backed on chain and pending availability at a leaf. */
public record PendingAvailability(CandidateHash candidate, RelayHash relayParent, HeadData parentHead,
        HeadData outputHead) {
    public PendingAvailability {
        if (candidate == null || relayParent == null || parentHead == null || outputHead == null) {
            throw new IllegalArgumentException("a candidate pending availability needs its hash, relay parent, "
                    + "parent head and output head");
        }
    }
}
