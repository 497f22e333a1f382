package dev.abkit.reference.segment;

import dev.abkit.model.HeadData;

/**
 * One unincluded block of the segment: its head, the bandwidth it used, and the upgrade signal it consumed
 * ({@link UpgradeSignal#NONE} if none). Upstream stores the head's hash, filled in by the next block.
 */
public record Ancestor(HeadData head, UsedBandwidth used, UpgradeSignal consumedUpgradeSignal) {
    public Ancestor {
        if (head == null || used == null || consumedUpgradeSignal == null) {
            throw new IllegalArgumentException("an ancestor needs a head, its used bandwidth and a signal (or NONE)");
        }
    }
}
