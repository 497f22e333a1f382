package dev.abkit.reference.collator;

/**
 * The parachain block pending availability as of the relay parent (upstream: the parent head of the persisted
 * validation data with {@code OccupiedCoreAssumption::Included}, when it differs from the included head).
 */
public sealed interface Pending permits Pending.NoPending, Pending.PendingBlock {
    /** No candidate of the para is pending availability. */
    record NoPending() implements Pending {
    }

    /** The named block is pending availability; the collator may or may not know it locally. */
    record PendingBlock(BlockName block) implements Pending {
        public PendingBlock {
            if (block == null) {
                throw new IllegalArgumentException("a pending block needs its name");
            }
        }
    }
}
