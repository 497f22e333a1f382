package dev.abkit.reference.sync;

import dev.abkit.model.HeadData;
import java.util.List;

/**
 * What the runtime says about one para at a leaf: its included head and the candidates pending availability, in
 * chain order (synchronous backing allows at most one, AB-SYNC-002).
 */
public record ParaRuntimeView(HeadData includedHead, List<PendingAvailability> pendingAvailability) {
    public ParaRuntimeView {
        if (includedHead == null) {
            throw new IllegalArgumentException("a para's runtime view needs its included head");
        }
        pendingAvailability = List.copyOf(pendingAvailability);
    }

    /** A para with nothing pending availability. */
    public static ParaRuntimeView included(HeadData includedHead) {
        return new ParaRuntimeView(includedHead, List.of());
    }

    /** A para with one candidate pending availability. */
    public static ParaRuntimeView pending(HeadData includedHead, PendingAvailability candidate) {
        return new ParaRuntimeView(includedHead, List.of(candidate));
    }
}
