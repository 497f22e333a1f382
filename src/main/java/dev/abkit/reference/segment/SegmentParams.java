package dev.abkit.reference.segment;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.DoNotMutate;

/**
 * The parachain's configuration: segment capacity C (at least 1), velocity V (0 behaves as 1), the relay-chain and
 * parachain slot durations in milliseconds, and the profile targeted. Under {@code expect-parent-included} the
 * capacity is 1 and the velocity hook is absent.
 */
public record SegmentParams(int capacity, int velocity, long relaySlotMillis, long paraSlotMillis, Profile profile) {
    public SegmentParams {
        if (capacity < 1) {
            throw new IllegalArgumentException("expected a segment capacity of at least 1 but was " + capacity);
        }
        if (velocity < 0) {
            throw new IllegalArgumentException("expected a non-negative velocity but was " + velocity);
        }
        if (relaySlotMillis < 1 || paraSlotMillis < 1) {
            throw new IllegalArgumentException("expected positive slot durations but was relay " + relaySlotMillis
                    + " ms, para " + paraSlotMillis + " ms");
        }
        if (profile == null) {
            throw new IllegalArgumentException("segment parameters need a profile");
        }
    }

    /** Baseline parameters with 6 s relay and parachain slots. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static SegmentParams of(int capacity, int velocity) {
        return new SegmentParams(capacity, velocity, 6000, 6000, Profile.BASELINE);
    }

    public SegmentParams withProfile(Profile newProfile) {
        return new SegmentParams(capacity, velocity, relaySlotMillis, paraSlotMillis, newProfile);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public SegmentParams withSlotDurations(long relayMillis, long paraMillis) {
        return new SegmentParams(capacity, velocity, relayMillis, paraMillis, profile);
    }

    /** The capacity the runtime enforces: 1 under expect-parent-included (AB-SEG-001). */
    public int effectiveCapacity() {
        return expectsParentIncluded() ? 1 : capacity;
    }

    public boolean expectsParentIncluded() {
        return profile.has(Variant.EXPECT_PARENT_INCLUDED);
    }

    /** Whether a velocity hook runs at all; the expect-parent-included hook has none. */
    public boolean hasVelocityHook() {
        return !expectsParentIncluded();
    }

    public boolean countsParaSlots() {
        return profile.has(Variant.VELOCITY_PER_PARA_SLOT);
    }
}
