package dev.abkit.reference.collator;

/**
 * A relay-chain block the collator knows: its name, number and parent, and the session of the blocks built on it
 * (upstream {@code session_index_for_child}). The parent of the oldest known block may be unknown.
 */
public record RelayBlockInfo(BlockName name, long number, BlockName parent, long session) {
    public RelayBlockInfo {
        if (name == null || parent == null || number < 0 || session < 0) {
            throw new IllegalArgumentException("a relay block needs a name, a parent and non-negative number and "
                    + "session but was " + name + " #" + number + " on " + parent + " session " + session);
        }
    }
}
