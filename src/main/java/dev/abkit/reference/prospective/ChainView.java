package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The observable state of one fragment chain: the best backable chain in order from the included head (candidates
 * pending availability first), and the unconnected candidates with their state, ordered by hash.
 */
public record ChainView(
        RelayHash relayParent,
        ParaId para,
        List<CandidateHash> bestChain,
        SortedMap<CandidateHash, CandidateState> unconnected) {

    public ChainView {
        if (relayParent == null || para == null) {
            throw new IllegalArgumentException("a chain view needs a relay parent and a para");
        }
        bestChain = List.copyOf(bestChain);
        unconnected = Collections.unmodifiableSortedMap(new TreeMap<>(unconnected));
    }
}
