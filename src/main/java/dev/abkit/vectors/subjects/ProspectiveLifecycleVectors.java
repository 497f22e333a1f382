package dev.abkit.vectors.subjects;

import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_010;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_006;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_001;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_002;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_003;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_004;
import static dev.abkit.vectors.subjects.ProspectiveScenario.ONE;
import static dev.abkit.vectors.subjects.ProspectiveScenario.OTHER;
import static dev.abkit.vectors.subjects.ProspectiveScenario.PARA;
import static dev.abkit.vectors.subjects.ProspectiveScenario.PRODUCTION;
import static dev.abkit.vectors.subjects.ProspectiveScenario.SYNC;
import static dev.abkit.vectors.subjects.ProspectiveScenario.ancestors;
import static dev.abkit.vectors.subjects.ProspectiveScenario.base;
import static dev.abkit.vectors.subjects.ProspectiveScenario.block;
import static dev.abkit.vectors.subjects.ProspectiveScenario.candidate;
import static dev.abkit.vectors.subjects.ProspectiveScenario.complete;
import static dev.abkit.vectors.subjects.ProspectiveScenario.head;
import static dev.abkit.vectors.subjects.ProspectiveScenario.incomplete;
import static dev.abkit.vectors.subjects.ProspectiveScenario.pending;
import static dev.abkit.vectors.subjects.ProspectiveScenario.sibling;
import static dev.abkit.vectors.subjects.ProspectiveScenario.start;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.vectors.CaseSource;
import java.util.List;
import java.util.Map;

/**
 * The vectors of areas PA, LEAF and QUERY and of the synchronous corner case AB-SYNC-001 to AB-SYNC-004 (subject
 * prospective-parachains): candidates pending availability, leaf activation and deactivation, and the node's queries.
 */
public final class ProspectiveLifecycleVectors extends CaseSource {

    public ProspectiveLifecycleVectors() {
        super("prospective-lifecycle", 1);
    }

    @Override
    protected void write() {
        pendingAvailability();
        leaves();
        backableQuery();
        otherQueries();
        synchronous();
    }

    private void add(ProspectiveScenario scenario) {
        add(scenario.build(name(), version()));
    }

    private void pendingAvailability() {
        add(start(AB_PA_001, "pending-head-the-chain", "candidates pending availability form the start of the best"
                + " chain in runtime order", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 9), pending(2, "b", 10)).best(10, 1, 2));
        add(start(AB_PA_001, "runtime-order-not-hash-order", "pending candidates keep the runtime's order whatever"
                + " their hashes", PRODUCTION)
                .activate(10, 2, base(8), pending(9, "a", 10), pending(3, "b", 10)).best(10, 9, 3));
        add(start(AB_PA_001, "backed-after-pending", "a backed child of the last pending candidate follows it",
                PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(3, "a", "c", 10)).best(10, 1, 3));
        add(start(AB_PA_001, "pending-beats-lower-inherited", "a pending candidate wins over an inherited backed"
                + " sibling with a lower hash", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(5, "included", "x", 10)).best(10, 5)
                .activate(11, 2, base(9), pending(9, "a", 10)).best(11, 9));

        add(start(AB_PA_002, "pending-relay-parent-out-of-scope", "a pending candidate whose relay parent is older"
                + " than the scope heads the chain", PRODUCTION)
                .activate(12, 2, base(10), pending(1, "a", 8)).best(12, 1)
                .introduceAndBack(candidate(2, "a", "b", 12)).best(12, 1, 2));
        add(start(AB_PA_002, "backed-relay-parent-out-of-scope", "a candidate not pending availability with the same"
                + " relay parent is rejected", PRODUCTION)
                .activate(12, 2, base(10)).reject(candidate(1, "included", "a", 8), AB_SCOPE_001).best(12));
        add(start(AB_PA_002, "pending-survives-expiry", "a candidate still pending on the next leaf stays in its"
                + " chain although its relay parent left the scope", ONE)
                .activate(10, 1, base(9), pending(1, "a", 9)).best(10, 1)
                .activate(11, 1, base(10), pending(1, "a", 9)).best(11, 1));

        add(start(AB_PA_003, "precedes-pending-rejected", "a relay parent older than the last pending candidate's is"
                + " rejected", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 9)).reject(candidate(2, "x", "y", 8), AB_PA_003)
                .chain(10));
        add(start(AB_PA_003, "same-as-pending-accepted", "the last pending candidate's relay parent is accepted",
                PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 9)).introduce(candidate(2, "x", "y", 9)).chain(10));
        add(start(AB_PA_003, "earliest-without-pending", "without a pending candidate the scope's earliest relay"
                + " parent is accepted", PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(2, "x", "y", 8)).chain(10));
        add(start(AB_PA_003, "precedes-second-pending", "the floor is the last pending candidate's relay parent",
                PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 8), pending(2, "b", 10))
                .reject(candidate(3, "b", "c", 9), AB_PA_003).best(10, 1, 2));

        add(start(AB_PA_003, "floor-kept-after-partial-revert", "after a revert behind a backed candidate the"
                + " floor is still the pending candidate's relay parent", PRODUCTION, AB_FORK_003)
                .activate(10, 2, base(8), pending(1, "p", 9))
                .introduceAndBack(candidate(30, "p", "a", 10), candidate(50, "a", "b", 10))
                .introduce(candidate(40, "a", "b2", 10)).back(candidate(40, "a", "b2", 10)).best(10, 1, 30, 40)
                .reject(candidate(60, "x", "y", 8), AB_PA_003).best(10, 1, 30, 40));
        add(start(AB_ADMIT_001, "pending-cycle-ends-pending-list", "a candidate pending availability whose output"
                + " equals its parent ends the runtime's list: neither it nor a later one is pending or in the chain",
                PRODUCTION, AB_PA_003, AB_PA_001)
                .activate(10, 2, base(8), pending(1, "a", 9), pending(2, "a", 10), pending(3, "b", 10)).best(10, 1)
                .introduce(candidate(4, "a", "c", 9)).chain(10));
        add(start(AB_PA_004, "lower-hash-fork-of-pending", "a fork of a pending candidate is rejected even with a"
                + " lower hash", PRODUCTION)
                .activate(10, 2, base(8), pending(50, "a", 10))
                .reject(candidate(10, "included", "x", 10), AB_PA_004).best(10, 50));
        add(start(AB_PA_004, "fork-of-second-pending", "a fork of the second pending candidate is rejected",
                PRODUCTION)
                .activate(10, 2, base(8), pending(50, "a", 10), pending(60, "b", 10))
                .reject(candidate(10, "a", "x", 10), AB_PA_004).best(10, 50, 60));
        add(start(AB_PA_004, "child-of-pending-accepted", "a child of a pending candidate is accepted", PRODUCTION)
                .activate(10, 2, base(8), pending(50, "a", 10))
                .introduce(candidate(10, "a", "b", 10)).chain(10));

        add(start(AB_PA_005, "backwards-pending-not-chained", "a pending candidate whose relay parent precedes the"
                + " previous one's, and those after it, stay out of the chain", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10), pending(2, "b", 9), pending(3, "c", 10))
                .best(10, 1));
        add(start(AB_PA_005, "equal-pending-chained", "pending candidates with the same relay parent are all chained",
                PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 9), pending(2, "b", 9)).best(10, 1, 2));
        add(start(AB_PA_005, "first-pending-own-bound", "the first pending candidate is bounded only by its own relay"
                + " parent", PRODUCTION, AB_PA_002)
                .activate(12, 2, base(10), pending(1, "a", 5), pending(2, "b", 5)).best(12, 1, 2));
    }

    private void leaves() {
        add(start(AB_LEAF_001, "parent-chain-inherited", "a new leaf inherits its parent block's best chain and"
                + " unconnected candidates", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .introduce(candidate(2, "x", "y", 10))
                .activate(11, 2, base(8)).best(11, 1));
        add(start(AB_LEAF_001, "grandparent-not-used", "a leaf whose parent has no chain inherits nothing from an"
                + " older block", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(12, 2, base(8)).best(12));
        add(start(AB_LEAF_001, "ancestry-zero-no-inheritance", "with allowed_ancestry_len 0 the parent is outside the"
                + " ancestry and nothing is inherited", new AsyncBackingParams(3, 0))
                .activate(10, 0, base(10)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(11, 0, base(10)).best(11));
        add(start(AB_LEAF_001, "sibling-leaves-both-inherit", "two children of the same block both inherit its chain",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(block(11), ancestors(11, 2), Map.of(PARA, BackingState.of(base(8))))
                .activate(sibling(11), ancestors(11, 2), Map.of(PARA, BackingState.of(base(8))))
                .best(11, 1).chain(sibling(11).hash(), PARA));

        add(start(AB_LEAF_002, "included-pending-not-inherited", "a candidate included at the new leaf is not carried"
                + " over; its child is chained on the new included head", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 10)).best(10, 1, 2)
                .activate(11, 2, base(head("a"), 8)).best(11, 2));
        add(start(AB_LEAF_002, "timed-out-pending-vanishes", "a pending candidate the new leaf no longer lists"
                + " vanishes; its child waits unconnected", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 10))
                .activate(11, 2, base(8)).best(11));
        add(start(AB_LEAF_002, "still-pending-listed-again", "a candidate still pending is taken from the runtime's"
                + " list again", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 10))
                .activate(11, 2, base(8), pending(1, "a", 10)).best(11, 1, 2));

        add(start(AB_LEAF_003, "deactivated-leaf-retained", "a deactivated leaf within the remaining leaf's retain"
                + " window keeps its chain", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(11, 2, base(8)).deactivate(10).best(10, 1).chain(11));
        add(start(AB_LEAF_003, "deactivated-leaf-updated", "a candidate only the deactivated leaf's scope holds is"
                + " kept there", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).deactivate(10)
                .introduce(candidate(2, "x", "y", 8)).chain(10).chain(11));
        add(start(AB_LEAF_003, "child-of-deactivated-inherits", "a candidate kept under a deactivated leaf reaches"
                + " that block's child leaf", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).deactivate(11)
                .introduce(candidate(3, "x", "y", 11)).chain(11)
                .activate(12, 2, base(8)).chain(12));
        add(start(AB_LEAF_003, "backed-under-deactivated", "a backing notice updates a deactivated leaf's chain",
                PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).deactivate(10)
                .introduce(candidate(1, "included", "a", 8)).back(candidate(1, "included", "a", 8)).best(10, 1));
        AsyncBackingParams noAncestry = new AsyncBackingParams(3, 0);
        add(start(AB_LEAF_003, "no-ancestry-retains-everything", "with allowed_ancestry_len 0 a leaf's retain minimum"
                + " is 0: a deactivated leaf three blocks older is retained and still takes candidates", noAncestry)
                .activate(10, 0, base(0)).activate(13, 0, base(0)).deactivate(10)
                .introduce(candidate(1, "included", "a", 10)).chain(10).chain(13));
        add(start(AB_LEAF_003, "session-start-retains-everything", "a leaf whose ancestors are all of the previous"
                + " session has retain minimum 0: a deactivated leaf three blocks older is retained", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(block(13, 1), ancestors(13, 2),
                        Map.of(PARA, new BackingState(base(11), List.of())))
                .deactivate(10).best(10, 1).chain(13));

        AsyncBackingParams oneBack = new AsyncBackingParams(3, 1);
        add(start(AB_LEAF_005, "active-leaf-activated-again", "an active leaf activated again rebuilds its chain from"
                + " its parent block's: a candidate on its own relay parent is gone", oneBack)
                .activate(10, 1, base(0)).activate(11, 1, base(0))
                .introduceAndBack(candidate(1, "included", "a", 10)).introduceAndBack(candidate(2, "a", "b", 11))
                .best(11, 1, 2)
                .activate(11, 1, base(0)).best(11, 1).best(10, 1).chain(11));
        add(start(AB_LEAF_005, "activated-again-with-new-pending", "an active leaf activated again takes the"
                + " runtime's new state: its backed candidate is now pending availability and no longer backable",
                oneBack)
                .activate(10, 1, base(0)).introduceAndBack(candidate(1, "included", "a", 10)).backable(10, 1, 1)
                .activate(10, 1, base(0), pending(1, "a", 10)).best(10, 1).backable(10, 1, 0));
        add(start(AB_LEAF_005, "activated-again-stays-active", "an active leaf activated again stays active and keeps"
                + " taking candidates", oneBack)
                .activate(10, 1, base(0)).activate(10, 1, base(0))
                .introduceAndBack(candidate(1, "included", "a", 10)).backable(10, 1, 1)
                .membership(complete(candidate(2, "a", "b", 10)), 10).minimum(10));
        add(start(AB_LEAF_006, "activated-and-deactivated-together", "a leaf activated and deactivated in one update"
                + " is never activated: it has no chain and its relay parent takes no candidate", PRODUCTION)
                .activate(10, 2, base(8)).update(11, 2, base(8), 11).chain(11).chain(10)
                .reject(candidate(1, "included", "a", 11), AB_SCOPE_001));
        add(start(AB_LEAF_006, "activation-before-deactivation", "an update activates its new leaf before it"
                + " deactivates the leaf's parent, so the new leaf takes the parent's candidates", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .update(11, 2, base(8), 10).best(11, 1).chain(10));
        add(start(AB_LEAF_006, "two-deactivations-at-once", "one update deactivating two leaves prunes as the two"
                + " deactivations in order do", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).activate(12, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10))
                .deactivateAll(10, 11).chain(10).chain(11).best(12, 1).backable(10, 1, 0));

        add(start(AB_LEAF_004, "last-leaf-drops-all", "deactivating the only leaf drops its chains", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .deactivate(10).chain(10));
        add(start(AB_LEAF_004, "retained-at-minimum", "a block numbered exactly the remaining leaf's retain minimum is"
                + " kept", PRODUCTION)
                .activate(10, 2, base(0)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(12, 2, base(0)).deactivate(10).best(10, 1));
        add(start(AB_LEAF_004, "dropped-below-minimum", "a block numbered one below the remaining leaf's retain"
                + " minimum is dropped", PRODUCTION)
                .activate(10, 2, base(0)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(13, 2, base(0)).deactivate(10).chain(10));
        add(start(AB_LEAF_004, "ancestors-dropped-with-leaf", "deactivating a leaf with no successor drops it and its"
                + " ancestors' chains", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).deactivate(10).deactivate(11).chain(10).chain(11)
                .minimum(11));
    }

    private void backableQuery() {
        add(start(AB_QUERY_001, "from-the-root", "without ancestors the answer starts at the first best-chain"
                + " candidate", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 2, 2));
        add(start(AB_QUERY_001, "after-prefix", "with the first candidate as ancestor the answer starts at the"
                + " second", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 2, 2, 1));
        add(start(AB_QUERY_001, "non-prefix-ignored", "an ancestor set not starting at the root is ignored",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 2, 2, 2));
        add(start(AB_QUERY_001, "gap-ends-prefix", "the prefix ends at the first candidate missing from the"
                + " ancestors", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 2, 2, 1, 3));
        add(start(AB_QUERY_001, "whole-chain-ancestors", "with the whole chain as ancestors nothing is backable",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 2, 0, 1, 2, 3, 4));
        add(start(AB_QUERY_001, "count-beyond-chain", "a count larger than the rest of the chain returns the rest",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(fourChain()).backable(10, 10, 2, 1, 2, 99));

        add(start(AB_QUERY_002, "stops-before-pending", "the answer stops before a pending candidate", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(3, "a", "c", 10)).best(10, 1, 3).backable(10, 2, 0));
        add(start(AB_QUERY_002, "after-pending-ancestor", "with the pending candidate as ancestor its backed child is"
                + " backable", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10))
                .introduceAndBack(candidate(3, "a", "c", 10)).backable(10, 2, 1, 1));
        add(start(AB_QUERY_002, "stops-at-second-pending", "the answer stops at the second pending candidate when"
                + " only the first is an ancestor", PRODUCTION)
                .activate(10, 2, base(8), pending(1, "a", 10), pending(2, "b", 10))
                .introduceAndBack(candidate(3, "b", "c", 10)).backable(10, 3, 0, 1).backable(10, 3, 1, 1, 2));

        add(start(AB_QUERY_003, "count-zero", "count 0 gives no candidates", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10)).backable(10, 0, 0));
        add(start(AB_QUERY_003, "count-one", "count 1 gives the first candidate", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10)).backable(10, 1, 1));
        add(start(AB_QUERY_003, "deactivated-leaf", "a deactivated but retained leaf gives no candidates",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .activate(11, 2, base(8)).deactivate(10).best(10, 1).backable(10, 1, 0).backable(11, 1, 1));
        add(start(AB_QUERY_003, "para-without-chain", "a para without a fragment chain gives no candidates",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .backable(10, OTHER, 1, 0));
        add(start(AB_QUERY_003, "unknown-leaf", "a block that was never a leaf gives no candidates", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10)).backable(9, 1, 0));
    }

    private void otherQueries() {
        add(start(AB_QUERY_004, "member-under-both-leaves", "a candidate in both leaves' scopes is a member under both",
                PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .membership(complete(candidate(1, "included", "a", 9)), 10, 11));
        add(start(AB_QUERY_004, "member-under-one-leaf", "a candidate in one leaf's scope is a member under that leaf",
                PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .membership(complete(candidate(1, "included", "a", 8)), 10));
        add(start(AB_QUERY_004, "member-nowhere", "a candidate outside every scope is a member nowhere", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .membership(complete(candidate(1, "included", "a", 7))));
        add(start(AB_QUERY_004, "depth-ignored", "a child of a full chain is a member", ONE)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .membership(complete(candidate(3, "b", "c", 10)), 10));
        add(start(AB_QUERY_004, "known-candidate", "a known candidate is a member", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .membership(complete(candidate(50, "included", "a", 10)), 10));
        add(start(AB_QUERY_004, "higher-fork-not-member", "a higher-hash fork of a best-chain candidate is not a"
                + " member", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .membership(complete(candidate(60, "included", "f", 10))));
        add(start(AB_QUERY_004, "deactivated-leaf-not-asked", "only active leaves are asked", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).deactivate(10)
                .membership(complete(candidate(1, "included", "a", 8))));

        add(start(AB_QUERY_005, "incomplete-on-included-head", "an incomplete candidate on the included head is a"
                + " member", PRODUCTION)
                .activate(10, 2, base(8)).membership(incomplete(1, "included", 10), 10));
        add(start(AB_QUERY_005, "incomplete-skips-cycle-check", "an incomplete candidate is a member where the"
                + " complete one with a zero-length cycle is not", PRODUCTION)
                .activate(10, 2, base(8))
                .membership(complete(candidate(1, "included", "included", 10)))
                .membership(incomplete(1, "included", 10), 10));
        add(start(AB_QUERY_005, "incomplete-higher-fork", "the fork check applies to an incomplete candidate",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .membership(incomplete(60, "included", 10)).membership(incomplete(40, "included", 10), 10));
        add(start(AB_QUERY_005, "incomplete-out-of-scope", "the scope check applies to an incomplete candidate",
                PRODUCTION)
                .activate(10, 2, base(8)).membership(incomplete(1, "included", 7)));
        add(start(AB_QUERY_005, "incomplete-relay-parent-order", "the relay-parent order check applies to an"
                + " incomplete candidate", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .membership(incomplete(2, "a", 9)).membership(incomplete(2, "a", 10), 10));
        add(start(AB_QUERY_005, "incomplete-below-min-relay-parent", "the min_relay_parent_number check applies to"
                + " an incomplete candidate: with the minimum above the leaf, one on the included head is a member"
                + " nowhere", PRODUCTION)
                .activate(10, 2, base(11)).membership(incomplete(1, "included", 10)).chain(10));
        Profile scheduling = Profile.of(Variant.SCHEDULING_PARENT);
        add(start(AB_QUERY_005, "scheduling-parent-incomplete-no-minimum", "under scheduling-parent an incomplete"
                + " candidate names only its scheduling parent: with the minimum above the leaf, one on the included"
                + " head is a member", PRODUCTION, scheduling)
                .activate(10, 2, base(11)).membership(incomplete(1, "included", 10), 10));
        add(start(AB_QUERY_005, "scheduling-parent-incomplete-no-relay-parent-order", "under scheduling-parent an"
                + " incomplete candidate whose scheduling parent is older than its parent's relay parent is a member",
                PRODUCTION, scheduling)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .membership(incomplete(2, "a", 9), 10));
        add(start(AB_QUERY_005, "scheduling-parent-incomplete-higher-fork", "under scheduling-parent the fork check"
                + " still applies to an incomplete candidate", PRODUCTION, scheduling)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .membership(incomplete(60, "included", 10)).membership(incomplete(40, "included", 8), 10));
        add(start(AB_QUERY_005, "scheduling-parent-incomplete-out-of-window", "under scheduling-parent an incomplete"
                + " candidate whose scheduling parent is outside the window is a member nowhere", PRODUCTION,
                scheduling, AB_SCOPE_006)
                .activate(10, 2, base(0)).membership(incomplete(1, "included", 7)));

        add(start(AB_QUERY_006, "production", "with allowed_ancestry_len 2 the minimum is two blocks below the leaf",
                PRODUCTION)
                .activate(10, 5, base(0)).minimum(10));
        add(start(AB_QUERY_006, "min-relay-parent-cut", "min_relay_parent_number above the ancestry bound sets the"
                + " minimum", PRODUCTION)
                .activate(10, 5, base(9)).minimum(10));
        add(start(AB_QUERY_006, "ancestry-zero", "with allowed_ancestry_len 0 the minimum is the leaf's number",
                new AsyncBackingParams(3, 0))
                .activate(10, 5, base(0)).minimum(10));
        add(start(AB_QUERY_006, "not-a-leaf", "a block that is not an active leaf gives no minimum", PRODUCTION)
                .activate(10, 2, base(8)).minimum(9));
        add(start(AB_QUERY_006, "two-paras", "each para gets the minimum of its own scope", PRODUCTION)
                .activate(block(10), ancestors(10, 2),
                        Map.of(PARA, BackingState.of(base(8)), OTHER, BackingState.of(base(9))))
                .minimum(10));

        add(start(AB_QUERY_007, "included-head", "a relay parent in scope and the included head give the data",
                PRODUCTION)
                .activate(10, 2, base(8)).validationData(PARA, 9, "included", false, true));
        add(start(AB_QUERY_007, "unknown-head", "an unknown parent head not supplied gives no data", PRODUCTION)
                .activate(10, 2, base(8)).validationData(PARA, 10, "x", false, false));
        add(start(AB_QUERY_007, "supplied-head", "an unknown parent head supplied with the request gives the data",
                PRODUCTION)
                .activate(10, 2, base(8)).validationData(PARA, 10, "x", true, true));
        add(start(AB_QUERY_007, "relay-parent-out-of-scope", "a relay parent outside every scope gives no data",
                PRODUCTION)
                .activate(10, 2, base(8)).validationData(PARA, 7, "included", false, false));
        add(start(AB_QUERY_007, "unconnected-output-head", "the output head of an unconnected candidate is known",
                PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "x", "y", 10))
                .validationData(PARA, 10, "y", false, true));
        add(start(AB_QUERY_007, "chain-output-head", "the output head of a best-chain candidate is known", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .validationData(PARA, 10, "a", false, true));
        add(start(AB_QUERY_007, "unconnected-parent-head", "the parent head of an unconnected candidate is known",
                PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "x", "y", 10))
                .validationData(PARA, 10, "x", false, true));
        add(start(AB_QUERY_007, "head-known-under-later-leaf", "the search goes on past a leaf whose scope holds the"
                + " relay parent but whose chain does not know the head", PRODUCTION, AB_ADMIT_010)
                .activate(10, 2, base(8)).activate(11, 2, base(8)).introduce(candidate(1, "x", "y", 11))
                .validationData(PARA, 10, "y", false, true));
        add(start(AB_QUERY_007, "para-without-chain", "a para without a fragment chain gives no data", PRODUCTION)
                .activate(10, 2, base(8)).validationData(OTHER, 10, "included", true, false));
        add(start(AB_QUERY_007, "max-pov-size-from-base", "max_pov_size comes from the base constraints", PRODUCTION)
                .activate(10, 2, base(8).withMaxPovSize(5_000_000))
                .validationData(PARA, 10, "included", false, true));
    }

    private void synchronous() {
        add(start(AB_SYNC_001, "zero-parameters", "with both parameters 0 one candidate on the leaf is backable and a"
                + " second one waits", SYNC)
                .activate(10, 3, base(10)).introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1)
                .backable(10, 2, 1)
                .introduceAndBack(candidate(2, "a", "b", 10)).best(10, 1).minimum(10));
        add(start(AB_SYNC_001, "depth-one-not-synchronous", "with max_candidate_depth 1 and allowed_ancestry_len 0 two"
                + " candidates are backable", new AsyncBackingParams(1, 0))
                .activate(10, 3, base(10))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10)).best(10, 1, 2)
                .backable(10, 2, 2));
        add(start(AB_SYNC_001, "ancestry-one-not-synchronous", "with max_candidate_depth 0 and allowed_ancestry_len 1"
                + " the leaf's parent is a relay parent", new AsyncBackingParams(0, 1))
                .activate(10, 3, base(9)).introduceAndBack(candidate(1, "included", "a", 9)).best(10, 1)
                .minimum(10));

        add(start(AB_SYNC_002, "pending-blocks-the-para", "while a candidate is pending availability nothing else is"
                + " backable", SYNC)
                .activate(10, 0, base(10), pending(1, "a", 9))
                .introduceAndBack(candidate(2, "a", "b", 10)).best(10, 1)
                .backable(10, 1, 0).backable(10, 1, 0, 1));
        add(start(AB_SYNC_002, "one-backed-candidate", "a backed child of the only chained candidate waits",
                SYNC)
                .activate(10, 0, base(10))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .best(10, 1).backable(10, 2, 0, 1));

        add(start(AB_SYNC_003, "parent-relay-parent-rejected", "with allowed_ancestry_len 0 the leaf's parent is not a"
                + " relay parent", SYNC)
                .activate(10, 3, base(9)).reject(candidate(1, "included", "a", 9), AB_SCOPE_001).chain(10));
        add(start(AB_SYNC_003, "leaf-relay-parent-accepted", "with allowed_ancestry_len 0 the leaf is the relay"
                + " parent", SYNC)
                .activate(10, 3, base(9)).introduce(candidate(1, "included", "a", 10)).chain(10));
        add(start(AB_SYNC_003, "unchained-dropped-on-next-leaf", "a seconded candidate that did not reach the chain is"
                + " not carried to the next leaf and is a member under no leaf", SYNC)
                .activate(10, 0, base(10)).introduce(candidate(1, "included", "a", 10))
                .activate(11, 0, base(11)).deactivate(10).chain(10).chain(11)
                .membership(complete(candidate(1, "included", "a", 10))));

        add(start(AB_SYNC_004, "next-after-inclusion", "the next candidate becomes backable once its predecessor is"
                + " included", SYNC)
                .activate(10, 0, base(10)).introduceAndBack(candidate(1, "included", "a", 10))
                .backable(10, 1, 1)
                .activate(11, 0, base(11), pending(1, "a", 10)).deactivate(10)
                .introduceAndBack(candidate(2, "a", "b", 11)).best(11, 1).backable(11, 1, 0, 1)
                .activate(12, 0, base(head("a"), 12)).deactivate(11)
                .introduceAndBack(candidate(3, "a", "c", 12)).best(12, 3).backable(12, 1, 1));
        add(start(AB_SYNC_004, "on-pending-output-not-chained", "a candidate on the output of a pending candidate is"
                + " not chained", SYNC)
                .activate(11, 0, base(11), pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 11)).best(11, 1));
        add(start(AB_SYNC_004, "on-included-head-chained", "a candidate on the included head is chained", SYNC)
                .activate(12, 0, base(head("a"), 12))
                .introduceAndBack(candidate(3, "a", "c", 12)).best(12, 3).backable(12, 1, 1));
    }

    private static Candidate[] fourChain() {
        return new Candidate[] {
            candidate(1, "included", "a", 10), candidate(2, "a", "b", 10), candidate(3, "b", "c", 10),
            candidate(4, "c", "d", 10)};
    }
}
