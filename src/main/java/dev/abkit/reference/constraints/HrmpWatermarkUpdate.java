package dev.abkit.reference.constraints;

import dev.abkit.model.RelayBlockNumber;

/**
 * How a candidate moves its HRMP watermark: to its relay parent's number ({@code Head}, always allowed), or to an
 * older block ({@code Trunk}, which must be one of the valid watermarks; AB-CONS-011).
 */
public sealed interface HrmpWatermarkUpdate permits HrmpWatermarkUpdate.Head, HrmpWatermarkUpdate.Trunk {
    RelayBlockNumber watermark();

    /** The candidate's watermark given its relay parent number: Head when equal, Trunk otherwise. */
    static HrmpWatermarkUpdate of(RelayBlockNumber watermark, RelayBlockNumber relayParentNumber) {
        return watermark.equals(relayParentNumber) ? new Head(watermark) : new Trunk(watermark);
    }

    /** The watermark equals the relay parent's number. */
    record Head(RelayBlockNumber watermark) implements HrmpWatermarkUpdate {
    }

    /** The watermark is an earlier block. */
    record Trunk(RelayBlockNumber watermark) implements HrmpWatermarkUpdate {
    }
}
