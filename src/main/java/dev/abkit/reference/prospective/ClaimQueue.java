package dev.abkit.reference.prospective;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.List;

/**
 * The claim queue a node of the claim-queue era reads at a leaf instead of {@code AsyncBackingParams} (polkadot-sdk
 * PR 7254, first released in stable2503): per core, the paras claimed at each depth, and the scheduling lookahead.
 * Under the claim-queue variant a para's best chain holds its candidates pending availability plus one candidate per
 * distinct core it holds anywhere in the queue (AB-CHAIN-001), and the relay parent may be the leaf or one of its
 * {@code scheduling_lookahead - 1} ancestors (AB-SCOPE-001). A vector that states none is read with
 * {@link AsyncBackingParams}.
 *
 * @param cores per core, the para claimed at each depth (index 0 is the next claim); empty when not stated
 * @param schedulingLookahead the claim queue's length; 0 when not stated
 */
public record ClaimQueue(List<List<ParaId>> cores, int schedulingLookahead) {
    /** No claim queue stated: the node reads max_candidate_depth and allowed_ancestry_len. */
    public static final ClaimQueue NOT_STATED = new ClaimQueue(List.of(), 0);

    public ClaimQueue {
        cores = cores.stream().map(List::copyOf).toList();
        if (cores.isEmpty() != (schedulingLookahead == 0)) {
            throw new IllegalArgumentException("expected a claim queue with cores and scheduling_lookahead >= 1, or"
                    + " neither, but was " + cores.size() + " cores and scheduling_lookahead " + schedulingLookahead);
        }
        if (schedulingLookahead < 0) {
            throw new IllegalArgumentException("expected scheduling_lookahead >= 0 but was " + schedulingLookahead);
        }
        for (int i = 0; i < cores.size(); i++) {
            if (cores.get(i).size() > schedulingLookahead) {
                throw new IllegalArgumentException("expected at most scheduling_lookahead " + schedulingLookahead
                        + " claims but was " + cores.get(i).size() + " at cores[" + i + "]");
            }
        }
    }

    /** {@code cores} cores on which {@code para} holds the first {@code claims} claims each. */
    public static ClaimQueue of(ParaId para, int cores, int claims, int schedulingLookahead) {
        List<ParaId> claimed = Collections.nCopies(claims, para);
        return new ClaimQueue(Collections.nCopies(cores, claimed), schedulingLookahead);
    }

    public boolean isStated() {
        return !cores.isEmpty();
    }

    /**
     * The number of distinct cores on which the para holds a claim at any depth: the node's chain bound beyond the
     * pending candidates (prospective-parachains lib.rs counts claims_by_depth's cores in a set; the fragment-chain
     * module doc speaks of claim-queue slots, the code counts cores).
     */
    public int coresOf(ParaId para) {
        return (int) cores.stream().filter(claims -> claims.contains(para)).count();
    }
}
