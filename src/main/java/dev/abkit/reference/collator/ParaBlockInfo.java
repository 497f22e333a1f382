package dev.abkit.reference.collator;

/**
 * A parachain block in the collator's local database: its name, its parent block and the relay parent it was built
 * on (upstream: the relay-parent digest, or the relay-parent storage root). The parent of the oldest block may be
 * unknown. Children of a block are searched in the order the blocks are listed.
 */
public record ParaBlockInfo(BlockName name, BlockName parent, BlockName relayParent) {
    public ParaBlockInfo {
        if (name == null || parent == null || relayParent == null) {
            throw new IllegalArgumentException("a parachain block needs a name, a parent and a relay parent");
        }
    }
}
