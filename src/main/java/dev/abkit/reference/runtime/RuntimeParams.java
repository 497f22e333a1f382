package dev.abkit.reference.runtime;

import dev.abkit.model.DoNotMutate;

/**
 * The host configuration the runtime model reads.
 *
 * @param allowedAncestryLen {@code async_backing_params.allowed_ancestry_len} (a): the tracker holds a+1 relay
 *     parents (AB-RT-001) and the minimum relay parent is L - min(a, tracker length) (AB-RT-012)
 * @param maxHeadDataSize {@code max_head_data_size} in bytes (AB-RT-010)
 * @param maxCodeSize {@code max_code_size} in bytes (AB-RT-010)
 * @param maxPovSize {@code max_pov_size}, part of the expected persisted validation data (AB-RT-007)
 */
public record RuntimeParams(int allowedAncestryLen, int maxHeadDataSize, long maxCodeSize, long maxPovSize) {
    public RuntimeParams {
        if (allowedAncestryLen < 0 || maxHeadDataSize < 0 || maxCodeSize < 0 || maxPovSize < 0) {
            throw new IllegalArgumentException("expected non-negative runtime parameters but was " + allowedAncestryLen
                    + ", " + maxHeadDataSize + ", " + maxCodeSize + ", " + maxPovSize);
        }
    }

    /** Parameters with the given a and small size limits (32-byte heads, 1 KiB code, 5 MiB PoV), for examples. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static RuntimeParams ofAncestry(int allowedAncestryLen) {
        return new RuntimeParams(allowedAncestryLen, 32, 1024, 5 * 1024 * 1024);
    }
}
