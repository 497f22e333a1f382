package dev.abkit.reference.runtime;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;

/**
 * A candidate pending availability, in the para's chain ({@code inclusion::PendingAvailability}).
 *
 * @param hash the candidate hash
 * @param relayParentNumber the number of its relay parent; becomes the para's most recent context on inclusion
 * @param outputHead its head data; becomes the para head on inclusion
 * @param backedIn the relay block it was backed in
 * @param available whether it has reached the availability threshold; an available candidate stays pending until
 *     every earlier candidate of the para is included (AB-RT-013)
 */
public record PendingCandidate(
        CandidateHash hash, RelayBlockNumber relayParentNumber, HeadData outputHead, RelayBlockNumber backedIn,
        boolean available) {
    public PendingCandidate {
        if (hash == null || relayParentNumber == null || outputHead == null || backedIn == null) {
            throw new IllegalArgumentException("a pending candidate needs a hash, relay-parent number, head and block");
        }
    }

    PendingCandidate markAvailable() {
        return new PendingCandidate(hash, relayParentNumber, outputHead, backedIn, true);
    }
}
