package dev.abkit.reference.collator;

/**
 * One parent search (upstream {@code ParentSearchParams}): the relay parent the new block will use, the included
 * block and the pending block as of that relay parent, how many relay ancestors of it a parent's relay parent may
 * be ({@code ancestry_lookback}), how far above the included block a parent may be ({@code max_depth}), and whether
 * branches that do not contain the pending block are ignored.
 */
public record ParentSearchParams(BlockName relayParent, BlockName included, Pending pending, int ancestryLookback,
        int maxDepth, boolean ignoreAlternativeBranches) {
    public ParentSearchParams {
        if (relayParent == null || included == null || pending == null) {
            throw new IllegalArgumentException("a parent search needs a relay parent, an included block and a "
                    + "pending block (or none)");
        }
        if (ancestryLookback < 0 || maxDepth < 0) {
            throw new IllegalArgumentException("expected non-negative ancestry_lookback and max_depth but was "
                    + ancestryLookback + " and " + maxDepth);
        }
    }
}
