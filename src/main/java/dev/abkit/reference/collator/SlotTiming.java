package dev.abkit.reference.collator;

/**
 * The clocks of a slot-based collator (upstream {@code slot_based/slot_timer.rs}): the parachain's Aura slot
 * duration, the relay chain's slot duration, both in milliseconds, and the number of cores assigned to the para.
 */
public record SlotTiming(long paraSlotMillis, long relaySlotMillis, int cores) {
    public SlotTiming {
        if (paraSlotMillis <= 0 || relaySlotMillis <= 0 || cores < 0) {
            throw new IllegalArgumentException("expected positive slot durations and a non-negative core count but "
                    + "was " + paraSlotMillis + " ms, " + relaySlotMillis + " ms, " + cores + " cores");
        }
    }
}
