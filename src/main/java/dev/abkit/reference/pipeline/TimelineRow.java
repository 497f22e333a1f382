package dev.abkit.reference.pipeline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What happened in one relay block R(k): the parablocks included in it, backed in it (in core order), authored on
 * it as relay parent, and abandoned in it because their relay parent left the allowed ancestry before they were
 * backed (AB-PIPE-004).
 */
public record TimelineRow(
        int relayBlock,
        List<Parablock> included,
        List<Parablock> backed,
        List<Parablock> authored,
        List<Parablock> abandoned) {

    public TimelineRow {
        if (relayBlock < 0) {
            throw new IllegalArgumentException("expected a relay block number >= 0 but was " + relayBlock);
        }
        included = List.copyOf(included);
        backed = List.copyOf(backed);
        authored = List.copyOf(authored);
        abandoned = List.copyOf(abandoned);
    }

    /** The time of this relay block, 6 s per relay block from R0 at 0 s (AB-PIPE-001). */
    public int seconds() {
        return relayBlock * PipelineModel.RELAY_SLOT_SECONDS;
    }

    /** The row as a line of a pipelining table, for example {@code R2 12s | authored P3 | backed P2 | included P1}. */
    public String render() {
        String line = "R" + relayBlock + " " + seconds() + "s | authored " + labels(authored) + " | backed "
                + labels(backed) + " | included " + labels(included);
        return abandoned.isEmpty() ? line : line + " | abandoned " + labels(abandoned);
    }

    static List<String> labelsOf(List<Parablock> blocks) {
        return blocks.stream().map(Parablock::label).toList();
    }

    private static String labels(List<Parablock> blocks) {
        return blocks.isEmpty() ? "-" : blocks.stream().map(Parablock::label).collect(Collectors.joining(" "));
    }
}
