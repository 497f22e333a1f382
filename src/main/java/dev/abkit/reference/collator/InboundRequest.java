package dev.abkit.reference.collator;

/**
 * The inbound messages the collator's inherent offers to a block, and the relay-parent number of the block's parent
 * (upstream {@code LastRelayChainBlockNumber}, 0 before the first block).
 */
public record InboundRequest(long lastRelayChainBlockNumber, InboundMessages offered) {
    public InboundRequest {
        if (lastRelayChainBlockNumber < 0 || offered == null) {
            throw new IllegalArgumentException("an inbound request needs a non-negative last relay number and the "
                    + "offered messages");
        }
    }
}
