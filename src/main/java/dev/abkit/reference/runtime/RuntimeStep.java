package dev.abkit.reference.runtime;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import java.util.List;

/**
 * What one event did.
 *
 * @param verdicts for {@link RuntimeEvent.CandidatesBacked}: one verdict per candidate, in input order; else empty
 * @param included candidates included by this step, per para oldest first (AB-RT-013)
 * @param dropped candidates pending availability dropped by this step: timed out or descendants of a timed-out
 *     candidate (AB-RT-014), or drained by a session change (AB-RT-002)
 */
public record RuntimeStep(List<CandidateVerdict> verdicts, List<CandidateHash> included, List<CandidateHash> dropped) {
    public RuntimeStep {
        verdicts = List.copyOf(verdicts);
        included = List.copyOf(included);
        dropped = List.copyOf(dropped);
    }

}
