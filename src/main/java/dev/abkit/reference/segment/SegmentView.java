package dev.abkit.reference.segment;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;
import java.util.List;

/**
 * The observable state of the parachain runtime after the latest block: the unincluded ancestors oldest first,
 * the head of the tip (the parent of the next block), the aggregate bandwidth of the segment, the tracked HRMP
 * watermark, the upgrade signal an ancestor in the segment consumed, the latest relay-parent number and the
 * recorded slot.
 */
public record SegmentView(
        List<Ancestor> segment,
        HeadData tip,
        UsedBandwidth usedBandwidth,
        SegmentWatermark hrmpWatermark,
        UpgradeSignal consumedUpgradeSignal,
        RelayBlockNumber lastRelayParentNumber,
        SlotInfo slotInfo) {

    public SegmentView {
        segment = List.copyOf(segment);
        if (tip == null || usedBandwidth == null || hrmpWatermark == null || consumedUpgradeSignal == null
                || lastRelayParentNumber == null || slotInfo == null) {
            throw new IllegalArgumentException("a segment view needs every field");
        }
    }

    /** The heads of the unincluded ancestors, oldest first. */
    public List<HeadData> heads() {
        return segment.stream().map(Ancestor::head).toList();
    }

    @DoNotMutate("a convenience for unit tests; the drivers compare the view's components")
    public int size() {
        return segment.size();
    }
}
