package dev.abkit.reference.runtime;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime model's observable state after a step.
 *
 * @param block the relay block executed last; events apply to it until the next block is imported
 * @param allowedRelayParents the tracker, oldest first: the relay parents allowed in {@code block} (AB-RT-001)
 * @param paras the state of every registered para
 */
public record RuntimeView(RelayBlock block, List<AllowedRelayParent> allowedRelayParents, Map<ParaId, ParaView> paras) {
    public RuntimeView {
        if (block == null || allowedRelayParents == null || paras == null) {
            throw new IllegalArgumentException("a runtime view needs a block, the tracker and the paras");
        }
        allowedRelayParents = List.copyOf(allowedRelayParents);
        paras = Collections.unmodifiableMap(new TreeMap<>(paras));
    }
}
