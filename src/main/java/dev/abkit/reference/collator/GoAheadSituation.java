package dev.abkit.reference.collator;

import dev.abkit.reference.segment.UpgradeSignal;

/**
 * What a block finds about a code upgrade in {@code set_validation_data}: the go-ahead signal in the relay-parent
 * state proof, the signal an unincluded ancestor already consumed, and whether validation code is pending.
 */
public record GoAheadSituation(UpgradeSignal relaySignal, UpgradeSignal consumedInSegment, boolean pendingCode) {
    public GoAheadSituation {
        if (relaySignal == null || consumedInSegment == null) {
            throw new IllegalArgumentException("a go-ahead situation needs both signals (NONE for none)");
        }
    }
}
