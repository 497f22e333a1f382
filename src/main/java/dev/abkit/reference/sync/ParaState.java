package dev.abkit.reference.sync;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the synchronous model holds for one para at the active leaf: the included head and the candidates in flight:
 * either the one candidate pending availability, or the seconded and backed candidates competing to be backed on
 * the included head (AB-SYNC-002).
 */
public record ParaState(HeadData includedHead, List<CandidateInFlight> inFlight) {
    public ParaState {
        if (includedHead == null) {
            throw new IllegalArgumentException("a para state needs its included head");
        }
        inFlight = List.copyOf(inFlight);
        boolean pending = inFlight.stream().anyMatch(c -> c.status() == CandidateStatus.PENDING_AVAILABILITY);
        if (pending && inFlight.size() > 1) {
            throw new IllegalStateException("a candidate pending availability leaves room for no other, but was "
                    + inFlight);
        }
    }

    /** The candidate pending availability, if any. */
    public Optional<CandidateInFlight> pendingAvailability() {
        return inFlight.stream().filter(c -> c.status() == CandidateStatus.PENDING_AVAILABILITY).findFirst();
    }

    /** The candidate with this hash, if it is in flight. */
    public Optional<CandidateInFlight> find(CandidateHash candidate) {
        return inFlight.stream().filter(c -> c.candidate().equals(candidate)).findFirst();
    }

    /** This state with {@code candidate} added, or replacing the entry with the same hash. */
    ParaState with(CandidateInFlight candidate) {
        List<CandidateInFlight> next = new ArrayList<>();
        inFlight.stream().filter(c -> !c.candidate().equals(candidate.candidate())).forEach(next::add);
        next.add(candidate);
        return new ParaState(includedHead, next);
    }
}
