package dev.abkit.reference.runtime;

import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;

/**
 * The persisted validation data a candidate was validated against; the descriptor commits to its hash, which the
 * runtime recomputes from the expected values (AB-RT-005, AB-RT-007).
 *
 * @param parentHead the head data of the parablock the candidate builds on
 * @param relayParentNumber the number of the candidate's relay parent
 * @param relayParentStorageRoot the state root of the candidate's relay parent
 * @param maxPovSize the max PoV size of the configuration
 */
public record PersistedValidationData(
        HeadData parentHead, RelayBlockNumber relayParentNumber, Hash32 relayParentStorageRoot, long maxPovSize) {
    public PersistedValidationData {
        if (parentHead == null || relayParentNumber == null || relayParentStorageRoot == null) {
            throw new IllegalArgumentException("persisted validation data needs a parent head and relay-parent info");
        }
        if (maxPovSize < 0) {
            throw new IllegalArgumentException("expected a non-negative max PoV size but was " + maxPovSize);
        }
    }

    /** The data a candidate on {@code parentHead} built on {@code relayParent} is expected to carry. */
    public static PersistedValidationData expected(HeadData parentHead, AllowedRelayParent relayParent,
            long maxPovSize) {
        return new PersistedValidationData(parentHead, relayParent.number(), relayParent.stateRoot(), maxPovSize);
    }
}
