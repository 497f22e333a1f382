package dev.abkit.reference.prospective;

import dev.abkit.model.RelayHash;
import java.util.List;

/**
 * The whole observable state of the prospective-parachains model: the active leaves and the retained relay parents
 * (both in activation order), and every fragment chain, ordered by relay parent (activation order) then para.
 */
public record ProspectiveView(List<RelayHash> activeLeaves, List<RelayHash> retainedRelayParents,
        List<ChainView> chains) {
    public ProspectiveView {
        activeLeaves = List.copyOf(activeLeaves);
        retainedRelayParents = List.copyOf(retainedRelayParents);
        chains = List.copyOf(chains);
    }
}
