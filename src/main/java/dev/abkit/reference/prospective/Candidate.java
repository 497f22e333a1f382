package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;

/**
 * A complete candidate as a backing validator introduces it once seconded: its hash, para, relay parent, the
 * validation data it was executed with, its commitments and the code it was validated with. It builds on
 * {@code validationData.parentHead()} and outputs {@code commitments.headData()}.
 */
public record Candidate(
        CandidateHash hash,
        ParaId para,
        RelayHash relayParent,
        PersistedValidationData validationData,
        CandidateCommitments commitments,
        ValidationCodeHash codeHash) {

    public Candidate {
        if (hash == null || para == null || relayParent == null || validationData == null || commitments == null
                || codeHash == null) {
            throw new IllegalArgumentException("a candidate needs hash, para, relay parent, validation data,"
                    + " commitments and code hash");
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
