package dev.abkit.reference.constraints;

/**
 * A candidate as the inclusion emulator sees it: its relay parent, what it commits to, the code it was validated
 * with and its persisted validation data.
 */
public record ConstraintCandidate(
        RelayParentInfo relayParent,
        CandidateCommitments commitments,
        ValidationCodeHash validationCodeHash,
        PersistedValidationData validationData) {
    public ConstraintCandidate {
        if (relayParent == null || commitments == null || validationCodeHash == null || validationData == null) {
            throw new IllegalArgumentException(
                    "a candidate needs relay parent, commitments, code hash and validation data");
        }
    }
}
