package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;

/**
 * A candidate the relay chain has backed and that now waits for availability, as the runtime reports it at a leaf
 * (upstream {@code CandidatePendingAvailability}). Its validation data is rebuilt by the node: the parent head is the
 * previous pending candidate's output (the included head for the first), the relay parent number and state root come
 * from {@code relayParent}, and {@code maxPovSize} is the one it was backed with. {@code receipt} is its committed
 * receipt's encoding, as for a {@link Candidate}.
 */
public record PendingCandidate(
        CandidateHash hash,
        RelayParentInfo relayParent,
        CandidateCommitments commitments,
        ValidationCodeHash codeHash,
        long maxPovSize,
        EncodedReceipt receipt) {

    public PendingCandidate {
        if (hash == null || relayParent == null || commitments == null || codeHash == null || receipt == null) {
            throw new IllegalArgumentException("a pending candidate needs hash, relay parent, commitments and code");
        }
        if (maxPovSize < 0) {
            throw new IllegalArgumentException("expected a non-negative max_pov_size but was " + maxPovSize);
        }
    }

    /** A pending candidate whose hash is given, without a receipt. */
    public PendingCandidate(CandidateHash hash, RelayParentInfo relayParent, CandidateCommitments commitments,
            ValidationCodeHash codeHash, long maxPovSize) {
        this(hash, relayParent, commitments, codeHash, maxPovSize, EncodedReceipt.NONE);
    }
}
