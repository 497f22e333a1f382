package dev.abkit.reference.prospective;

import dev.abkit.model.DoNotMutate;

/**
 * The two asynchronous-backing parameters the node reads from the relay chain's host configuration.
 *
 * @param maxCandidateDepth d: the best backable chain holds at most d + 1 candidates, counting those pending
 *     availability (AB-CHAIN-001)
 * @param allowedAncestryLen a: a candidate's relay parent may be the leaf or one of its a ancestors (AB-SCOPE-001)
 * @param claimQueue the claim queue a node of the claim-queue variant reads instead, or {@link ClaimQueue#NOT_STATED}
 * @param maxRelayParentSessionAge the host configuration's {@code max_relay_parent_session_age} (polkadot-sdk PR
 *     11231): under the scheduling-parent variant a relay parent may be from this many sessions before the leaf's;
 *     0 (the default, and what the baseline reads) keeps it in the leaf's session. Written only where it is not 0.
 */
public record AsyncBackingParams(int maxCandidateDepth, int allowedAncestryLen, ClaimQueue claimQueue,
        int maxRelayParentSessionAge) {
    /** The values in force on Polkadot and Kusama since 2024: depth 3, ancestry 2. */
    public static final AsyncBackingParams PRODUCTION = new AsyncBackingParams(3, 2);

    /** Zero for both: synchronous backing. */
    public static final AsyncBackingParams SYNCHRONOUS = new AsyncBackingParams(0, 0);

    public AsyncBackingParams {
        if (maxCandidateDepth < 0 || allowedAncestryLen < 0) {
            throw new IllegalArgumentException("expected non-negative max_candidate_depth and allowed_ancestry_len but"
                    + " were " + maxCandidateDepth + " and " + allowedAncestryLen);
        }
        if (claimQueue == null) {
            throw new IllegalArgumentException("expected a claim queue (ClaimQueue.NOT_STATED when none is stated)");
        }
        if (maxRelayParentSessionAge < 0) {
            throw new IllegalArgumentException("expected a non-negative max_relay_parent_session_age but was "
                    + maxRelayParentSessionAge);
        }
    }

    /** The two parameters and a claim queue, with max_relay_parent_session_age 0. */
    public AsyncBackingParams(int maxCandidateDepth, int allowedAncestryLen, ClaimQueue claimQueue) {
        this(maxCandidateDepth, allowedAncestryLen, claimQueue, 0);
    }

    /** The two parameters with no claim queue stated. */
    public AsyncBackingParams(int maxCandidateDepth, int allowedAncestryLen) {
        this(maxCandidateDepth, allowedAncestryLen, ClaimQueue.NOT_STATED);
    }

    /** These parameters with {@code queue} stated for the claim-queue variant. */
    @DoNotMutate("a factory for vector sources and steps; no adapter calls it")
    public AsyncBackingParams withClaimQueue(ClaimQueue queue) {
        return new AsyncBackingParams(maxCandidateDepth, allowedAncestryLen, queue, maxRelayParentSessionAge);
    }

    /** These parameters with {@code max_relay_parent_session_age} {@code age}. */
    @DoNotMutate("a factory for vector sources and steps; no adapter calls it")
    public AsyncBackingParams withMaxRelayParentSessionAge(int age) {
        return new AsyncBackingParams(maxCandidateDepth, allowedAncestryLen, claimQueue, age);
    }

    /** Whether both parameters are zero, which is synchronous backing (AB-SYNC-001). */
    @DoNotMutate("asked only by the synchronous-backing model, which no adapter serves")
    public boolean isSynchronous() {
        return maxCandidateDepth == 0 && allowedAncestryLen == 0;
    }
}
