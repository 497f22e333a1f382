package dev.abkit.spi;

import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.SegmentView;

/**
 * The unincluded-segment subject (upstream: cumulus {@code parachain-system}'s unincluded segment and the
 * {@code aura-ext} consensus hook). One instance is the runtime of one parachain from its genesis block: blocks are
 * authored on its tip one after another, each decided by the rules of areas SEG and VEL.
 */
public interface UnincludedSegmentSubject {
    /**
     * Authors a block on the current tip: accepted and appended to the segment after the included ancestors are
     * evicted (AB-SEG-001 to AB-SEG-011, AB-VEL-001 to AB-VEL-006), or rejected naming the rule, state unchanged.
     */
    Outcome author(AuthorBlock block);

    /** The observable state after the latest accepted block: segment, tip, bandwidth, watermark, signal, slot. */
    SegmentView view();

    /** The number of ancestors after the one whose head is {@code includedHead}, as collators see it (AB-SEG-012). */
    int sizeAfterIncluded(HeadData includedHead);

    /**
     * Whether a collator may build on the tip when {@code includedHead} is included and the next block is in
     * {@code slot} (AB-VEL-007, AB-VEL-008).
     */
    boolean canBuildUpon(HeadData includedHead, long slot);
}
