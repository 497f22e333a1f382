package dev.abkit.reference.sync;

import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A step of {@link SynchronousBacking}, in the protocol's own vocabulary. */
public sealed interface SyncEvent permits SyncEvent.LeafActivated, SyncEvent.CandidateSeconded,
        SyncEvent.CandidateBacked {

    /**
     * A relay block becomes the active leaf, replacing the previous one; the runtime's view at it gives the async
     * backing params and, per para, the included head and the candidates pending availability.
     */
    record LeafActivated(RelayBlockNumber number, RelayHash hash, AsyncBackingParams params,
            Map<ParaId, ParaRuntimeView> paras) implements SyncEvent {
        public LeafActivated {
            if (number == null || hash == null || params == null) {
                throw new IllegalArgumentException("a leaf activation needs a number, a hash and the params");
            }
            paras = Collections.unmodifiableMap(new TreeMap<>(paras));
        }
    }

    /** A backing validator seconds a candidate of {@code para} built on {@code relayParent} and {@code parentHead}. */
    record CandidateSeconded(CandidateHash candidate, ParaId para, RelayHash relayParent, HeadData parentHead,
            HeadData outputHead) implements SyncEvent {
        public CandidateSeconded {
            if (candidate == null || para == null || relayParent == null || parentHead == null
                    || outputHead == null) {
                throw new IllegalArgumentException("a seconded candidate needs its hash, para, relay parent, parent "
                        + "head and output head");
            }
        }
    }

    /** Enough backing votes were gathered for a seconded candidate. */
    record CandidateBacked(CandidateHash candidate) implements SyncEvent {
        public CandidateBacked {
            if (candidate == null) {
                throw new IllegalArgumentException("a backed candidate needs its hash");
            }
        }
    }
}
