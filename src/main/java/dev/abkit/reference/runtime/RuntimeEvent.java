package dev.abkit.reference.runtime;

import dev.abkit.model.CandidateHash;
import java.util.List;

/**
 * An event of the runtime model. Within one relay block the events come in upstream's order: the block is imported
 * (its inherent first updates the tracker), then availability, then timeouts, then at most one batch of backed
 * candidates; an event out of that order is a malformed input.
 */
public sealed interface RuntimeEvent permits RuntimeEvent.RelayBlockImported, RuntimeEvent.CandidatesAvailable,
        RuntimeEvent.AvailabilityTimedOut, RuntimeEvent.CandidatesBacked {

    /**
     * The next relay block is executed: if its session is newer, the session change applies first (AB-RT-002);
     * then its parent is appended to the allowed relay parents and the oldest entries are pruned to a+1 (AB-RT-001).
     * Its number must be the previous block's plus one.
     */
    record RelayBlockImported(RelayBlock block) implements RuntimeEvent {
        public RelayBlockImported {
            if (block == null) {
                throw new IllegalArgumentException("a block import needs a block");
            }
        }
    }

    /**
     * These pending candidates have reached the availability threshold (at least a supermajority of validators);
     * the available prefix of each para's chain is included (AB-RT-013).
     */
    record CandidatesAvailable(List<CandidateHash> candidates) implements RuntimeEvent {
        public CandidatesAvailable {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The scheduler's availability-timeout predicate holds for these pending candidates; per para the earliest of them
     * and every later pending candidate are dropped (AB-RT-014).
     */
    record AvailabilityTimedOut(List<CandidateHash> candidates) implements RuntimeEvent {
        public AvailabilityTimedOut {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The backed candidates of the current block's paras inherent; per para in dependency order, paras interleaved
     * freely. Each candidate gets a verdict (AB-RT-001 .. AB-RT-011); the batch as a whole is filtered, never
     * rejected, as when the block author sanitizes the inherent.
     */
    record CandidatesBacked(List<BackedCandidate> candidates) implements RuntimeEvent {
        public CandidatesBacked {
            candidates = List.copyOf(candidates);
        }
    }
}
