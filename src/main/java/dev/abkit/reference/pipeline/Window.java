package dev.abkit.reference.pipeline;

import java.util.List;

/**
 * A window of relay blocks R(from) .. R(to), both included, lasting {@code 6 * (to - from)} seconds: the parablocks
 * included in it and those backed in it but not yet included by its end. The seed's "in 24 seconds" is the window
 * R1 .. R5 (AB-PIPE-008).
 */
public record Window(
        int fromRelayBlock,
        int toRelayBlock,
        List<Parablock> included,
        List<Parablock> backedNotIncluded) {
    public Window {
        if (fromRelayBlock < 0 || toRelayBlock < fromRelayBlock) {
            throw new IllegalArgumentException("expected 0 <= from <= to but was R" + fromRelayBlock + "..R"
                    + toRelayBlock);
        }
        included = List.copyOf(included);
        backedNotIncluded = List.copyOf(backedNotIncluded);
    }

    public int seconds() {
        return (toRelayBlock - fromRelayBlock) * PipelineModel.RELAY_SLOT_SECONDS;
    }
}
