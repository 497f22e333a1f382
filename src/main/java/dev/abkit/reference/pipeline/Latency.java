package dev.abkit.reference.pipeline;

/**
 * The time from a parablock's relay parent to the relay block that includes it, the smallest and the largest over
 * the included parablocks of a run. The smallest is 12 s for synchronous and asynchronous backing alike
 * (AB-PIPE-007); a parablock built ahead while the segment fills waits longer.
 */
public record Latency(int minSeconds, int maxSeconds) {
    public Latency {
        if (minSeconds < 0 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("expected 0 <= min <= max latency but was " + minSeconds + ", "
                    + maxSeconds);
        }
    }
}
