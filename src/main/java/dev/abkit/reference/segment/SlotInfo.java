package dev.abkit.reference.segment;

/**
 * What the velocity hook recorded about the latest slot: the slot and how many blocks were authored in it,
 * counting the latest block. The slot is the relay-chain slot in the baseline and the parachain slot under
 * {@code velocity-per-para-slot}. Rules AB-VEL-002 to AB-VEL-008.
 */
public sealed interface SlotInfo permits SlotInfo.Recorded, SlotInfo.Unrecorded {
    static SlotInfo unrecorded() {
        return Unrecorded.INSTANCE;
    }

    static SlotInfo of(long slot, long authored) {
        return new Recorded(slot, authored);
    }

    /** A slot and the number of blocks authored in it (at least 1). */
    record Recorded(long slot, long authored) implements SlotInfo {
        public Recorded {
            if (slot < 0 || authored < 1) {
                throw new IllegalArgumentException("expected a non-negative slot and at least one authored block "
                        + "but was slot " + slot + ", authored " + authored);
            }
        }
    }

    /** No block has recorded a slot yet. */
    record Unrecorded() implements SlotInfo {
        static final Unrecorded INSTANCE = new Unrecorded();
    }
}
