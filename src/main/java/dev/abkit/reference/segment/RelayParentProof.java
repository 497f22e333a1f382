package dev.abkit.reference.segment;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.RelayBlockNumber;

/**
 * What the relay-parent state proof of a block says: the relay-parent number, the relay-chain slot, the included
 * para head (possibly absent), the upgrade signal, and the bandwidth left for the segment.
 */
public record RelayParentProof(
        RelayBlockNumber number,
        long relaySlot,
        IncludedHead includedHead,
        UpgradeSignal upgradeSignal,
        BandwidthLimits limits) {

    public RelayParentProof {
        if (number == null || includedHead == null || upgradeSignal == null || limits == null) {
            throw new IllegalArgumentException("a relay-parent proof needs a number, an included head (or absent), "
                    + "an upgrade signal (or NONE) and limits");
        }
        if (relaySlot < 0) {
            throw new IllegalArgumentException("expected a non-negative relay slot but was " + relaySlot);
        }
    }

    /** A proof with no upgrade signal and generous limits. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static RelayParentProof of(long number, long relaySlot, IncludedHead includedHead) {
        return new RelayParentProof(RelayBlockNumber.of(number), relaySlot, includedHead, UpgradeSignal.NONE,
                BandwidthLimits.GENEROUS);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public RelayParentProof withUpgradeSignal(UpgradeSignal signal) {
        return new RelayParentProof(number, relaySlot, includedHead, signal, limits);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public RelayParentProof withLimits(BandwidthLimits newLimits) {
        return new RelayParentProof(number, relaySlot, includedHead, upgradeSignal, newLimits);
    }
}
