package dev.abkit.reference.runtime;

import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;

/**
 * A backed candidate as it appears in the paras inherent, reduced to what the acceptance rules read. Backing votes,
 * core assignment and messaging outputs are out of this model's scope.
 *
 * @param hash the candidate hash
 * @param para the para it belongs to
 * @param relayParent the descriptor's relay parent (AB-RT-001 .. AB-RT-004)
 * @param validationData the persisted validation data it was validated against (AB-RT-005, AB-RT-007)
 * @param outputHead the head data it produces ({@code commitments.head_data}, AB-RT-010)
 * @param paraHead the descriptor's {@code para_head}, which must be {@link #headHash(HeadData)} of the output head
 *     (AB-RT-009)
 * @param validationCodeHash the descriptor's validation code hash (AB-RT-008)
 * @param newCodeSize the size of {@code new_validation_code} in bytes; 0 means none (an empty code passes every
 *     check this model makes, so the two need not be told apart, AB-RT-010)
 */
public record BackedCandidate(
        CandidateHash hash,
        ParaId para,
        RelayHash relayParent,
        PersistedValidationData validationData,
        HeadData outputHead,
        Hash32 paraHead,
        Hash32 validationCodeHash,
        long newCodeSize) {

    public BackedCandidate {
        if (hash == null || para == null || relayParent == null || validationData == null || outputHead == null
                || paraHead == null || validationCodeHash == null) {
            throw new IllegalArgumentException("a backed candidate needs every field; new code size 0 means none");
        }
        if (newCodeSize < 0) {
            throw new IllegalArgumentException("expected a non-negative new code size but was " + newCodeSize);
        }
    }

    /**
     * The kit's head-data hash (upstream: blake2-256 of the bytes): SHA-256 of the UTF-8 text {@code head:<hex>}.
     * Adapters translate a matching or mismatching {@code para_head} rather than the hash value itself.
     */
    public static Hash32 headHash(HeadData head) {
        return Hash32.ofLabel("head:" + head.hex());
    }


}
