package dev.abkit.reference.collator;

/**
 * How fast a collator authors: its kind, the runtime's velocity (blocks per relay slot beyond the first), and its
 * clocks and cores.
 */
public record AuthoringPace(CollatorKind collator, int velocity, SlotTiming timing) {
    public AuthoringPace {
        if (collator == null || timing == null || velocity < 0) {
            throw new IllegalArgumentException("an authoring pace needs a collator kind, a non-negative velocity and "
                    + "slot timing");
        }
    }
}
