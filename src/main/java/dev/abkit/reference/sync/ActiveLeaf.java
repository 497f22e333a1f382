package dev.abkit.reference.sync;

import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;

/** The relay block the synchronous model works at: the only allowed relay parent (AB-SYNC-003). */
public record ActiveLeaf(RelayBlockNumber number, RelayHash hash) {
    public ActiveLeaf {
        if (number == null || hash == null) {
            throw new IllegalArgumentException("an active leaf needs a number and a hash");
        }
    }
}
