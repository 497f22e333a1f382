package dev.abkit.reference.prospective;

import dev.abkit.model.DoNotMutate;
import dev.abkit.reference.constraints.Constraints;
import java.util.List;

/**
 * The runtime's backing state of one para at a leaf (upstream {@code ParaBackingState}): the base constraints, derived
 * from the latest included head ({@code constraints.requiredParent()}) and carrying {@code min_relay_parent_number},
 * and the candidates pending availability in dependency order.
 */
public record BackingState(Constraints constraints, List<PendingCandidate> pendingAvailability) {
    public BackingState {
        if (constraints == null) {
            throw new IllegalArgumentException("a backing state needs base constraints");
        }
        pendingAvailability = List.copyOf(pendingAvailability);
    }

    /** A backing state with nothing pending availability. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static BackingState of(Constraints constraints) {
        return new BackingState(constraints, List.of());
    }
}
