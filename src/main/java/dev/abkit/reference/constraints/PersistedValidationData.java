package dev.abkit.reference.constraints;

import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;

/**
 * The validation data a candidate commits to: the parent head it builds on and its relay parent's number and
 * state root, and the maximum PoV size then in force. It must match the constraints exactly (AB-CONS-007).
 */
public record PersistedValidationData(
        HeadData parentHead, RelayBlockNumber relayParentNumber, Hash32 relayParentStorageRoot, long maxPovSize) {
    public PersistedValidationData {
        if (parentHead == null || relayParentNumber == null || relayParentStorageRoot == null) {
            throw new IllegalArgumentException(
                    "persisted validation data needs parent head, relay parent number and storage root");
        }
        if (maxPovSize < 0) {
            throw new IllegalArgumentException("expected a non-negative max_pov_size but was " + maxPovSize);
        }
    }

    /** The validation data a candidate building on {@code parentHead} at {@code relayParent} must carry. */
    public static PersistedValidationData of(HeadData parentHead, RelayParentInfo relayParent, long maxPovSize) {
        return new PersistedValidationData(parentHead, relayParent.number(), relayParent.storageRoot(), maxPovSize);
    }
}
