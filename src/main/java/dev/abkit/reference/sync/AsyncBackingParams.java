package dev.abkit.reference.sync;

/**
 * The relay chain's async backing parameters as the runtime reports them at a leaf. Both zero is synchronous
 * backing (AB-SYNC-001).
 *
 * @param maxCandidateDepth bounds the unincluded chain of a para to {@code maxCandidateDepth + 1} candidates,
 *     counting those pending availability (AB-SYNC-002)
 * @param allowedAncestryLen how many ancestors of the leaf may be relay parents (AB-SYNC-003)
 */
public record AsyncBackingParams(int maxCandidateDepth, int allowedAncestryLen) {
    public static final AsyncBackingParams SYNCHRONOUS = new AsyncBackingParams(0, 0);

    public AsyncBackingParams {
        if (maxCandidateDepth < 0 || allowedAncestryLen < 0) {
            throw new IllegalArgumentException("expected non-negative async backing params but was "
                    + "max_candidate_depth=" + maxCandidateDepth + " allowed_ancestry_len=" + allowedAncestryLen);
        }
    }

    /** Whether both parameters are zero. */
    public boolean isSynchronous() {
        return maxCandidateDepth == 0 && allowedAncestryLen == 0;
    }

    @Override
    public String toString() {
        return "max_candidate_depth=" + maxCandidateDepth + " allowed_ancestry_len=" + allowedAncestryLen;
    }
}
