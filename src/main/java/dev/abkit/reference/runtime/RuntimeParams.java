package dev.abkit.reference.runtime;

import dev.abkit.model.DoNotMutate;
import dev.abkit.reference.prospective.ClaimQueue;

/**
 * The host configuration the runtime model reads, and the claim queue its allowed relay parents hold.
 *
 * @param allowedAncestryLen {@code async_backing_params.allowed_ancestry_len} (a): the tracker holds a+1 relay
 *     parents (AB-RT-001) and the minimum relay parent is L - min(a, tracker length) (AB-RT-012)
 * @param maxHeadDataSize {@code max_head_data_size} in bytes (AB-RT-010)
 * @param maxCodeSize {@code max_code_size} in bytes (AB-RT-010)
 * @param maxPovSize {@code max_pov_size}, part of the expected persisted validation data (AB-RT-007)
 * @param claimQueue the claim queue snapshot every allowed relay parent holds (upstream stores the scheduler's claim
 *     queue with each relay parent it tracks), against which the candidate-descriptor-v2 runtime checks a V2
 *     descriptor's core index (AB-RT-018 .. AB-RT-020); {@link ClaimQueue#NOT_STATED} when a case states none, and
 *     then the core index is not checked
 */
public record RuntimeParams(int allowedAncestryLen, int maxHeadDataSize, long maxCodeSize, long maxPovSize,
        ClaimQueue claimQueue) {
    public RuntimeParams {
        if (allowedAncestryLen < 0 || maxHeadDataSize < 0 || maxCodeSize < 0 || maxPovSize < 0) {
            throw new IllegalArgumentException("expected non-negative runtime parameters but was " + allowedAncestryLen
                    + ", " + maxHeadDataSize + ", " + maxCodeSize + ", " + maxPovSize);
        }
        if (claimQueue == null) {
            throw new IllegalArgumentException("expected a claim queue (ClaimQueue.NOT_STATED when none is stated)");
        }
    }

    /** The host configuration with no claim queue stated. */
    public RuntimeParams(int allowedAncestryLen, int maxHeadDataSize, long maxCodeSize, long maxPovSize) {
        this(allowedAncestryLen, maxHeadDataSize, maxCodeSize, maxPovSize, ClaimQueue.NOT_STATED);
    }

    /** Parameters with the given a and small size limits (32-byte heads, 1 KiB code, 5 MiB PoV), for examples. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static RuntimeParams ofAncestry(int allowedAncestryLen) {
        return new RuntimeParams(allowedAncestryLen, 32, 1024, 5 * 1024 * 1024);
    }

    /** These parameters with {@code queue} as the claim queue at every relay parent. */
    @DoNotMutate("a factory for vector sources, steps and the fuzzer; the drivers build the record from a vector's "
            + "fields")
    public RuntimeParams withClaimQueue(ClaimQueue queue) {
        return new RuntimeParams(allowedAncestryLen, maxHeadDataSize, maxCodeSize, maxPovSize, queue);
    }
}
