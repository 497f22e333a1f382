package dev.abkit.reference.segment;

/**
 * A parachain block is authored on top of the current tip, with what its relay-parent state proof says and what
 * the block itself does. A block that consumes the upgrade signal needs a proof that reports one.
 */
public record AuthorBlock(RelayParentProof proof, ParaBlock block) implements SegmentEvent {
    public AuthorBlock {
        if (proof == null || block == null) {
            throw new IllegalArgumentException("authoring a block needs a relay-parent proof and a block");
        }
        if (block.consumesUpgradeSignal() && !proof.upgradeSignal().isPresent()) {
            throw new IllegalArgumentException("block " + block.head()
                    + " consumes an upgrade signal but its relay-parent proof reports none");
        }
    }
}
