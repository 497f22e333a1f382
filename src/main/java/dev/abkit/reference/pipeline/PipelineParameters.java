package dev.abkit.reference.pipeline;

import dev.abkit.model.DoNotMutate;

/**
 * The parameters of a pipeline run: the relay chain's async backing parameters, the parachain's unincluded segment
 * capacity and velocity, the number of cores assigned to the para, and how many relay blocks (R0 .. R(n-1)) to
 * simulate.
 *
 * @param maxCandidateDepth d: at most d + 1 candidates of the para are unincluded on chain (AB-PIPE-005)
 * @param allowedAncestryLen a: a relay parent may be up to a blocks older than the including block's parent
 *     (AB-PIPE-004)
 * @param segmentCapacity C: the parachain's unincluded segment capacity, at least 1 (AB-PIPE-002)
 * @param velocity V: at least 1; at most V + 1 parablocks per relay slot (AB-PIPE-003)
 * @param cores cores assigned to the para, at least 1 (AB-PIPE-006)
 * @param relayBlocks relay blocks to simulate, at least 1
 */
public record PipelineParameters(
        int maxCandidateDepth,
        int allowedAncestryLen,
        int segmentCapacity,
        int velocity,
        int cores,
        int relayBlocks) {

    public PipelineParameters {
        requireAtLeast(maxCandidateDepth, 0, "max_candidate_depth");
        requireAtLeast(allowedAncestryLen, 0, "allowed_ancestry_len");
        requireAtLeast(segmentCapacity, 1, "segment capacity");
        requireAtLeast(velocity, 1, "velocity");
        requireAtLeast(cores, 1, "cores");
        requireAtLeast(relayBlocks, 1, "relay blocks");
    }

    /** Synchronous backing: d = 0, a = 0, capacity 1, velocity 1, one core. */
    @DoNotMutate("a preset for vector sources, the pipeline command and unit tests; the driver builds the record "
            + "from a vector's fields")
    public static PipelineParameters synchronous(int relayBlocks) {
        return new PipelineParameters(0, 0, 1, 1, 1, relayBlocks);
    }

    /** The production asynchronous parameters: d = 3, a = 2, capacity 3, velocity 1, one core. */
    @DoNotMutate("a preset for vector sources, the pipeline command and unit tests; the driver builds the record "
            + "from a vector's fields")
    public static PipelineParameters asynchronous(int relayBlocks) {
        return new PipelineParameters(3, 2, 3, 1, 1, relayBlocks);
    }

    /** Whether both relay-side parameters are zero, which is synchronous backing (AB-SYNC-001). */
    @DoNotMutate("used only to title the rendered table")
    public boolean isSynchronous() {
        return maxCandidateDepth == 0 && allowedAncestryLen == 0;
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public PipelineParameters withMaxCandidateDepth(int value) {
        return new PipelineParameters(value, allowedAncestryLen, segmentCapacity, velocity, cores, relayBlocks);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public PipelineParameters withAllowedAncestryLen(int value) {
        return new PipelineParameters(maxCandidateDepth, value, segmentCapacity, velocity, cores, relayBlocks);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public PipelineParameters withSegmentCapacity(int value) {
        return new PipelineParameters(maxCandidateDepth, allowedAncestryLen, value, velocity, cores, relayBlocks);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public PipelineParameters withVelocity(int value) {
        return new PipelineParameters(maxCandidateDepth, allowedAncestryLen, segmentCapacity, value, cores,
                relayBlocks);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public PipelineParameters withCores(int value) {
        return new PipelineParameters(maxCandidateDepth, allowedAncestryLen, segmentCapacity, velocity, value,
                relayBlocks);
    }

    public PipelineParameters withRelayBlocks(int value) {
        return new PipelineParameters(maxCandidateDepth, allowedAncestryLen, segmentCapacity, velocity, cores, value);
    }

    @Override
    public String toString() {
        return "max_candidate_depth=" + maxCandidateDepth + " allowed_ancestry_len=" + allowedAncestryLen
                + " capacity=" + segmentCapacity + " velocity=" + velocity + " cores=" + cores
                + " relay_blocks=" + relayBlocks;
    }

    private static void requireAtLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException("expected " + name + " >= " + minimum + " but was " + value);
        }
    }
}
