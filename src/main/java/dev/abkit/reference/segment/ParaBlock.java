package dev.abkit.reference.segment;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;

/**
 * What a new parachain block does: its head, the outbound bandwidth it uses, the HRMP watermark it sets (the
 * highest relay block whose inbound HRMP messages it processed, or its relay-parent number), its parachain (Aura)
 * slot, and whether it consumes the upgrade signal its relay parent reports.
 */
public record ParaBlock(
        HeadData head,
        UsedBandwidth used,
        RelayBlockNumber hrmpWatermark,
        long paraSlot,
        boolean consumesUpgradeSignal) {

    public ParaBlock {
        if (head == null || used == null || hrmpWatermark == null) {
            throw new IllegalArgumentException("a parachain block needs a head, its used bandwidth and a watermark");
        }
        if (paraSlot < 0) {
            throw new IllegalArgumentException("expected a non-negative parachain slot but was " + paraSlot);
        }
    }

    /** A block that sends nothing, does not consume an upgrade signal and sets the given watermark. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static ParaBlock of(HeadData head, long hrmpWatermark, long paraSlot) {
        return new ParaBlock(head, UsedBandwidth.NONE, RelayBlockNumber.of(hrmpWatermark), paraSlot, false);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public ParaBlock withUsed(UsedBandwidth newUsed) {
        return new ParaBlock(head, newUsed, hrmpWatermark, paraSlot, consumesUpgradeSignal);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public ParaBlock consumingUpgradeSignal() {
        return new ParaBlock(head, used, hrmpWatermark, paraSlot, true);
    }
}
