package dev.abkit.reference.runtime;

import dev.abkit.model.Hash32;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;

/**
 * A relay-chain block as the runtime sees it.
 *
 * @param number its height
 * @param hash its hash
 * @param stateRoot its state root, which candidates built on it commit to in their persisted validation data
 * @param session the parachains session its inherent executes in (the {@code session_index_for_child} of its
 *     parent); a block whose session is greater than its parent's is the first block of a new session (AB-RT-002)
 */
public record RelayBlock(RelayBlockNumber number, RelayHash hash, Hash32 stateRoot, long session) {
    public RelayBlock {
        if (number == null || hash == null || stateRoot == null) {
            throw new IllegalArgumentException("a relay block needs a number, a hash and a state root");
        }
        if (session < 0) {
            throw new IllegalArgumentException("expected a non-negative session index but was " + session);
        }
    }

    /** A block with hash and state root derived from its number, for examples and tests. */
    public static RelayBlock of(long number, long session) {
        return new RelayBlock(RelayBlockNumber.of(number), RelayHash.ofLabel("block-" + number),
                Hash32.ofLabel("state-root-" + number), session);
    }
}
