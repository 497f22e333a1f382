package dev.abkit.reference.collator;

import dev.abkit.reference.segment.UpgradeSignal;

/**
 * What the block does with the signal, and the signal its own segment entry records as consumed (upstream
 * {@code on_finalize}: none if an ancestor in the segment consumed one).
 */
public record GoAheadDecision(GoAheadAction action, UpgradeSignal consumes) {
    public GoAheadDecision {
        if (action == null || consumes == null) {
            throw new IllegalArgumentException("a go-ahead decision needs an action and a consumed signal");
        }
    }
}
