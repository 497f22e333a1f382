package dev.abkit.reference.prospective;

import dev.abkit.model.Hash32;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.RelayParentInfo;

/**
 * A relay-chain block as the node sees it when a leaf is activated.
 *
 * @param hash the block hash
 * @param number the block number
 * @param parent the parent block's hash
 * @param session the session a child of this block belongs to (upstream {@code session_index_for_child}); the scope
 *     stops at the first ancestor whose value differs from the leaf's (AB-SCOPE-002)
 * @param storageRoot the state root, carried in the validation data of candidates using this relay parent
 */
public record RelayBlock(RelayHash hash, RelayBlockNumber number, RelayHash parent, long session, Hash32 storageRoot) {
    public RelayBlock {
        if (hash == null || number == null || parent == null || storageRoot == null) {
            throw new IllegalArgumentException("a relay block needs hash, number, parent and storage root");
        }
        if (session < 0) {
            throw new IllegalArgumentException("expected a non-negative session index but was " + session);
        }
    }

    /**
     * A block whose hash, parent hash and state root derive from labels, consistent with
     * {@link RelayParentInfo#ofLabel}.
     */
    public static RelayBlock ofLabel(String label, long number, String parentLabel, long session) {
        return new RelayBlock(RelayHash.ofLabel(label), RelayBlockNumber.of(number), RelayHash.ofLabel(parentLabel),
                session, Hash32.ofLabel("state:" + label));
    }

    /** What a candidate using this block as relay parent knows of it. */
    public RelayParentInfo info() {
        return new RelayParentInfo(hash, number, storageRoot);
    }
}
