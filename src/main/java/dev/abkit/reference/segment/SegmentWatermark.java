package dev.abkit.reference.segment;

import dev.abkit.model.RelayBlockNumber;

/**
 * The HRMP watermark the segment tracks: the clamped watermark of the latest block, or unset before the first
 * block. It is never rewound by eviction. Rule AB-SEG-009.
 */
public sealed interface SegmentWatermark permits SegmentWatermark.At, SegmentWatermark.Unset {
    static SegmentWatermark unset() {
        return Unset.INSTANCE;
    }

    static SegmentWatermark at(long relayBlockNumber) {
        return new At(RelayBlockNumber.of(relayBlockNumber));
    }

    /** The tracked watermark. */
    record At(RelayBlockNumber number) implements SegmentWatermark {
        public At {
            if (number == null) {
                throw new IllegalArgumentException("a tracked watermark needs a relay block number");
            }
        }
    }

    /** No block has set a watermark yet. */
    record Unset() implements SegmentWatermark {
        static final Unset INSTANCE = new Unset();
    }
}
