package dev.abkit.reference.sync;

import dev.abkit.model.HeadData;
import java.util.List;
import java.util.Optional;

/**
 * What the synchronous model holds for one para at the active leaf: the included head and at most one candidate in
 * flight (AB-SYNC-002).
 */
public record ParaState(HeadData includedHead, List<CandidateInFlight> inFlight) {
    public ParaState {
        if (includedHead == null) {
            throw new IllegalArgumentException("a para state needs its included head");
        }
        inFlight = List.copyOf(inFlight);
        if (inFlight.size() > 1) {
            throw new IllegalStateException("synchronous backing holds at most one candidate per para but was "
                    + inFlight);
        }
    }

    /** The candidate in flight (seconded, backed or pending availability), if any. */
    public Optional<CandidateInFlight> candidateInFlight() {
        return inFlight.stream().findFirst();
    }

    ParaState with(CandidateInFlight candidate) {
        return new ParaState(includedHead, List.of(candidate));
    }
}
