package dev.abkit.reference.runtime;

import java.util.HashSet;
import java.util.List;

/**
 * Where the model starts: the relay block executed last (its tracker is empty, so it has no allowed relay parents
 * of its own) and the registered paras.
 */
public record RuntimeGenesis(RelayBlock block, List<ParaGenesis> paras) {
    public RuntimeGenesis {
        if (block == null || paras == null) {
            throw new IllegalArgumentException("a runtime genesis needs a block and a list of paras");
        }
        paras = List.copyOf(paras);
        if (new HashSet<>(paras.stream().map(ParaGenesis::para).toList()).size() != paras.size()) {
            throw new IllegalArgumentException("expected distinct para ids in the genesis but was " + paras);
        }
    }
}
