package dev.abkit.reference.runtime;

import dev.abkit.model.Hash32;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;

/** One entry of the allowed-relay-parents tracker: a relay block candidates may be built on (AB-RT-001). */
public record AllowedRelayParent(RelayHash hash, RelayBlockNumber number, Hash32 stateRoot) {
    public AllowedRelayParent {
        if (hash == null || number == null || stateRoot == null) {
            throw new IllegalArgumentException("an allowed relay parent needs a hash, a number and a state root");
        }
    }

    static AllowedRelayParent of(RelayBlock block) {
        return new AllowedRelayParent(block.hash(), block.number(), block.stateRoot());
    }
}
