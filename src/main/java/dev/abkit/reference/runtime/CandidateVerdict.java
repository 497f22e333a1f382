package dev.abkit.reference.runtime;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;

/**
 * What the runtime did with one backed candidate of an inherent: accepted (now pending availability) or dropped,
 * with the rule that dropped it.
 */
public record CandidateVerdict(CandidateHash candidate, ParaId para, Outcome outcome) {
    public CandidateVerdict {
        if (candidate == null || para == null || outcome == null) {
            throw new IllegalArgumentException("a candidate verdict needs a candidate, a para and an outcome");
        }
    }
}
