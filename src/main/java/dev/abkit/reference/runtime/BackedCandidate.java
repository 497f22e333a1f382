package dev.abkit.reference.runtime;

import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.encoding.ValidationDataEncoding;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
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
 * @param receipt the SCALE encoding of its committed receipt, whose candidate hash is {@code hash};
 *     {@link EncodedReceipt#NONE} where the hash is given
 */
public record BackedCandidate(
        CandidateHash hash,
        ParaId para,
        RelayHash relayParent,
        PersistedValidationData validationData,
        HeadData outputHead,
        Hash32 paraHead,
        Hash32 validationCodeHash,
        long newCodeSize,
        EncodedReceipt receipt) {

    public BackedCandidate {
        if (hash == null || para == null || relayParent == null || validationData == null || outputHead == null
                || paraHead == null || validationCodeHash == null || receipt == null) {
            throw new IllegalArgumentException("a backed candidate needs every field; new code size 0 means none");
        }
        if (newCodeSize < 0) {
            throw new IllegalArgumentException("expected a non-negative new code size but was " + newCodeSize);
        }
    }

    /** A backed candidate whose hash is given, without a receipt. */
    public BackedCandidate(CandidateHash hash, ParaId para, RelayHash relayParent,
            PersistedValidationData validationData, HeadData outputHead, Hash32 paraHead, Hash32 validationCodeHash,
            long newCodeSize) {
        this(hash, para, relayParent, validationData, outputHead, paraHead, validationCodeHash, newCodeSize,
                EncodedReceipt.NONE);
    }

    /** The head-data hash a descriptor's {@code para_head} holds: blake2-256 of the head's bytes (upstream). */
    public static Hash32 headHash(HeadData head) {
        return ValidationDataEncoding.headHash(head);
    }


}
