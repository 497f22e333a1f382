package dev.abkit.reference.segment;

/** Arithmetic on upstream's 32-bit message and byte counters. */
final class Bandwidth {
    static final long U32_MAX = 0xFFFF_FFFFL;

    private Bandwidth() {
    }

    static void requireU32(long value, String what) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException("expected " + what + " in 0.." + U32_MAX + " but was " + value);
        }
    }

    /** Upstream adds with saturating_add on u32. */
    static long saturatingAdd(long a, long b) {
        return Math.min(a + b, U32_MAX);
    }
}
