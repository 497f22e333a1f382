package dev.abkit.reference.sync;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The observable state of {@link SynchronousBacking}: the active leaf (none before the first activation) and, per
 * para known at it, the included head and the candidate in flight.
 */
public record SyncView(List<ActiveLeaf> activeLeaves, Map<ParaId, ParaState> paras) {
    public static final SyncView EMPTY = new SyncView(List.of(), Map.of());

    public SyncView {
        activeLeaves = List.copyOf(activeLeaves);
        if (activeLeaves.size() > 1) {
            throw new IllegalStateException("synchronous backing has at most one active leaf but was " + activeLeaves);
        }
        paras = Collections.unmodifiableMap(new TreeMap<>(paras));
    }

    public Optional<ActiveLeaf> activeLeaf() {
        return activeLeaves.stream().findFirst();
    }

    public Optional<ParaState> para(ParaId para) {
        return Optional.ofNullable(paras.get(para));
    }
}
