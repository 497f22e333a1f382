package dev.abkit.reference.prospective;

import dev.abkit.encoding.Receipts;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.Optional;

/**
 * A complete candidate as a backing validator introduces it once seconded: its hash, para, relay parent, the
 * validation data it was executed with, its commitments and the code it was validated with. It builds on
 * {@code validationData.parentHead()} and outputs {@code commitments.headData()}.
 *
 * <p>{@code receipt} is the SCALE encoding of its committed candidate receipt, whose blake2-256 plain-receipt hash is
 * {@code hash}; an implementation decodes it and computes the hash itself. {@link EncodedReceipt#NONE} where the hash
 * is given (format-1 vectors, fuzz cases, examples).
 *
 * <p>{@code schedulingParent} is the relay block whose scheduling (backing group, core) the candidate uses; for V1
 * and V2 descriptors it is the relay parent. Only the scheduling-parent variant (V3 descriptors, polkadot-sdk PR
 * 11772) reads it apart from the relay parent. In the JSON form it is written only where it differs.
 */
public record Candidate(
        CandidateHash hash,
        ParaId para,
        RelayHash relayParent,
        PersistedValidationData validationData,
        CandidateCommitments commitments,
        ValidationCodeHash codeHash,
        EncodedReceipt receipt,
        RelayHash schedulingParent) {

    public Candidate {
        if (hash == null || para == null || relayParent == null || validationData == null || commitments == null
                || codeHash == null || receipt == null || schedulingParent == null) {
            throw new IllegalArgumentException("a candidate needs hash, para, relay parent, validation data,"
                    + " commitments, code hash and scheduling parent");
        }
    }

    /** A candidate whose scheduling parent is its relay parent (V1 and V2 descriptors). */
    public Candidate(CandidateHash hash, ParaId para, RelayHash relayParent, PersistedValidationData validationData,
            CandidateCommitments commitments, ValidationCodeHash codeHash, EncodedReceipt receipt) {
        this(hash, para, relayParent, validationData, commitments, codeHash, receipt, relayParent);
    }

    /** A candidate whose hash is given, without a receipt. */
    public Candidate(CandidateHash hash, ParaId para, RelayHash relayParent, PersistedValidationData validationData,
            CandidateCommitments commitments, ValidationCodeHash codeHash) {
        this(hash, para, relayParent, validationData, commitments, codeHash, EncodedReceipt.NONE);
    }

    /** What the candidate's validation data says of its relay parent (upstream relay_parent_info). */
    public RelayParentInfo relayParentInfo() {
        return new RelayParentInfo(relayParent, validationData.relayParentNumber(),
                validationData.relayParentStorageRoot());
    }

    /**
     * The {@code persisted_validation_data_hash} its receipt's descriptor commits to; empty without a receipt or with
     * bytes that do not decode as a committed candidate receipt.
     */
    public Optional<Hash32> descriptorValidationDataHash() {
        try {
            return Optional.of(Receipts.decode(receipt).descriptor().persistedValidationDataHash());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The head this candidate builds on. */
    public HeadData parentHead() {
        return validationData.parentHead();
    }

    /** The head this candidate produces. */
    public HeadData outputHead() {
        return commitments.headData();
    }
}
