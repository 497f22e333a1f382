package dev.abkit.reference.collator;

/**
 * A block a new parablock may be built on (upstream {@code PotentialParent}): its depth above the included block
 * (the included block has depth 0) and whether it is aligned with the pending block: the included block, a block on
 * the path to the pending block, the pending block, or a descendant of it (AB-COL-002 to AB-COL-005).
 */
public record PotentialParent(BlockName block, int depth, boolean alignedWithPending) {
    public PotentialParent {
        if (block == null || depth < 0) {
            throw new IllegalArgumentException("a potential parent needs a block and a non-negative depth");
        }
    }
}
