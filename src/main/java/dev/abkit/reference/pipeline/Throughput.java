package dev.abkit.reference.pipeline;

import dev.abkit.model.DoNotMutate;

/**
 * Steady-state throughput (AB-PIPE-008): the parablocks included in the relay blocks after the first one that
 * includes anything, up to the last one that does, and the number of those relay blocks.
 */
public record Throughput(int parablocks, int relayBlocks) {
    public Throughput {
        if (parablocks < 0 || relayBlocks < 1) {
            throw new IllegalArgumentException("expected parablocks >= 0 and relay blocks >= 1 but was "
                    + parablocks + " over " + relayBlocks);
        }
    }

    @DoNotMutate("a derived figure for the rendered summary; the vectors compare the two counts")
    public double perRelayBlock() {
        return (double) parablocks / relayBlocks;
    }

    /** Seconds of relay chain time per included parablock: 12 for synchronous backing, 6 for asynchronous. */
    @DoNotMutate("a derived figure for the rendered summary; the vectors compare the two counts")
    public double secondsPerParablock() {
        return (double) relayBlocks * PipelineModel.RELAY_SLOT_SECONDS / parablocks;
    }
}
