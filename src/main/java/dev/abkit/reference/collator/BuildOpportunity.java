package dev.abkit.reference.collator;

/**
 * One chance to author a block, as the collator node sees it (upstream aura {@code collators/mod.rs}
 * {@code can_build_upon}): the parent chosen by the parent search, the included block, whether this collator's key
 * claims the parachain slot, the version of the runtime's {@code AuraUnincludedSegmentApi} (0: the runtime has none),
 * the parachain and relay-chain slots, and what the runtime's {@code can_build_upon} answers when asked.
 */
public record BuildOpportunity(BlockName parent, BlockName included, boolean claimsSlot, int apiVersion,
        long paraSlot, long relaySlot, boolean runtimeAllows) {
    public BuildOpportunity {
        if (parent == null || included == null) {
            throw new IllegalArgumentException("a build opportunity needs a parent and an included block");
        }
        if (apiVersion < 0 || paraSlot < 0 || relaySlot < 0) {
            throw new IllegalArgumentException("expected a non-negative API version and slots but was "
                    + apiVersion + ", " + paraSlot + ", " + relaySlot);
        }
    }
}
