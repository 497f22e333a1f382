package dev.abkit.vectors.subjects;

import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_001;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_015;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_020;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_008;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_009;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_010;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_011;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_006;
import static dev.abkit.vectors.subjects.ProspectiveScenario.CODE;
import static dev.abkit.vectors.subjects.ProspectiveScenario.HARNESS;
import static dev.abkit.vectors.subjects.ProspectiveScenario.INCLUDED;
import static dev.abkit.vectors.subjects.ProspectiveScenario.ONE;
import static dev.abkit.vectors.subjects.ProspectiveScenario.OTHER;
import static dev.abkit.vectors.subjects.ProspectiveScenario.OTHER_CODE;
import static dev.abkit.vectors.subjects.ProspectiveScenario.PARA;
import static dev.abkit.vectors.subjects.ProspectiveScenario.PRODUCTION;
import static dev.abkit.vectors.subjects.ProspectiveScenario.SYNC;
import static dev.abkit.vectors.subjects.ProspectiveScenario.base;
import static dev.abkit.vectors.subjects.ProspectiveScenario.block;
import static dev.abkit.vectors.subjects.ProspectiveScenario.candidate;
import static dev.abkit.vectors.subjects.ProspectiveScenario.head;
import static dev.abkit.vectors.subjects.ProspectiveScenario.scheduled;
import static dev.abkit.vectors.subjects.ProspectiveScenario.start;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpChannelLimits;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.RelayBlock;
import dev.abkit.vectors.CaseSource;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The vectors of areas SCOPE, ADMIT, FORK and CHAIN (subject prospective-parachains): which relay parents a candidate
 * may use, which candidates are kept, the fork choice and the shape of the best backable chain. Relay chain r0, r1,
 * ... in session 0; candidate hashes ordered by ordinal.
 */
public final class ProspectiveVectors extends CaseSource {

    private static final ValidationCodeHash NEW_CODE = ValidationCodeHash.ofLabel("new code");

    public ProspectiveVectors() {
        super("prospective-admission", 1);
    }

    @Override
    protected void write() {
        scope();
        admit();
        fork();
        chain();
    }

    private void add(ProspectiveScenario scenario) {
        add(scenario.build(name(), version()));
    }

    private void scope() {
        add(start(AB_SCOPE_001, "production-oldest-allowed", "with allowed_ancestry_len 2 a relay parent two blocks"
                + " below the leaf is accepted", PRODUCTION)
                .activate(10, 5, base(0)).introduce(candidate(1, "x", "y", 8)).chain(10).minimum(10));
        add(start(AB_SCOPE_001, "production-one-too-old", "with allowed_ancestry_len 2 a relay parent three blocks"
                + " below the leaf is rejected", PRODUCTION)
                .activate(10, 5, base(0)).reject(candidate(1, "x", "y", 7), AB_SCOPE_001).chain(10));
        add(start(AB_SCOPE_001, "harness-oldest-allowed", "with allowed_ancestry_len 3 a relay parent three blocks"
                + " below the leaf is accepted", HARNESS)
                .activate(10, 5, base(0)).introduce(candidate(1, "x", "y", 7)).chain(10));
        add(start(AB_SCOPE_001, "harness-one-too-old", "with allowed_ancestry_len 3 a relay parent four blocks below"
                + " the leaf is rejected", HARNESS)
                .activate(10, 5, base(0)).reject(candidate(1, "x", "y", 6), AB_SCOPE_001).chain(10));
        add(start(AB_SCOPE_001, "ancestry-one-parent", "with allowed_ancestry_len 1 the leaf's parent is a relay"
                + " parent", ONE)
                .activate(10, 3, base(0)).introduceAndBack(candidate(1, "included", "a", 9)).best(10, 1));
        add(start(AB_SCOPE_001, "ancestry-one-grandparent", "with allowed_ancestry_len 1 the leaf's grandparent is not"
                + " a relay parent", ONE)
                .activate(10, 3, base(0)).reject(candidate(1, "included", "a", 8), AB_SCOPE_001).best(10));
        AsyncBackingParams leafOnly = new AsyncBackingParams(3, 0);
        add(start(AB_SCOPE_001, "ancestry-zero-leaf", "with allowed_ancestry_len 0 the leaf itself is a relay parent",
                leafOnly)
                .activate(10, 3, base(0)).introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1)
                .minimum(10));
        add(start(AB_SCOPE_001, "ancestry-zero-parent", "with allowed_ancestry_len 0 the leaf's parent is not a relay"
                + " parent", leafOnly)
                .activate(10, 3, base(0)).reject(candidate(1, "included", "a", 9), AB_SCOPE_001).best(10));
        RelayBlock offChain = RelayBlock.ofLabel("x10", 10, "r9", 0);
        add(start(AB_SCOPE_001, "relay-parent-off-chain", "a relay parent that is not the leaf or one of its ancestors"
                + " is rejected, whatever its number", PRODUCTION)
                .activate(10, 2, base(0)).reject(candidate(1, "included", "a", offChain), AB_SCOPE_001).chain(10));

        RelayBlock leaf = block(10, 1);
        List<RelayBlock> acrossSessions = List.of(block(9, 1), block(8, 0), block(7, 1));
        add(start(AB_SCOPE_002, "same-session-ancestor", "an ancestor whose children are in the leaf's session is in"
                + " scope", HARNESS)
                .activate(leaf, acrossSessions, Map.of(PARA, BackingState.of(base(0))))
                .introduce(candidate(1, "x", "y", block(9, 1))).chain(10).minimum(10));
        add(start(AB_SCOPE_002, "other-session-ancestor", "the first ancestor of another session is outside the"
                + " scope", HARNESS)
                .activate(leaf, acrossSessions, Map.of(PARA, BackingState.of(base(0))))
                .reject(candidate(1, "x", "y", block(8, 0)), AB_SCOPE_002).chain(10));
        add(start(AB_SCOPE_002, "beyond-session-boundary", "an ancestor older than the session boundary is outside the"
                + " scope even when its session matches the leaf's", HARNESS)
                .activate(leaf, acrossSessions, Map.of(PARA, BackingState.of(base(0))))
                .reject(candidate(1, "x", "y", block(7, 1)), AB_SCOPE_002).chain(10));
        add(start(AB_SCOPE_002, "one-session-throughout", "without a session change the scope reaches"
                + " allowed_ancestry_len ancestors", PRODUCTION)
                .activate(block(10, 1), List.of(block(9, 1), block(8, 1)), Map.of(PARA, BackingState.of(base(0))))
                .introduce(candidate(1, "x", "y", block(8, 1))).chain(10).minimum(10));

        add(start(AB_SCOPE_003, "ancestor-at-minimum", "an ancestor numbered exactly min_relay_parent_number is in"
                + " scope", PRODUCTION)
                .activate(10, 2, base(9)).introduce(candidate(1, "x", "y", 9)).chain(10).minimum(10));
        add(start(AB_SCOPE_003, "ancestor-below-minimum", "an ancestor numbered one below min_relay_parent_number is"
                + " outside the scope", PRODUCTION)
                .activate(10, 2, base(9)).reject(candidate(1, "x", "y", 8), AB_SCOPE_003).chain(10));
        add(start(AB_SCOPE_003, "harness-below-minimum", "with allowed_ancestry_len 3 and min_relay_parent_number 8"
                + " the ancestor 7 is outside the scope", HARNESS)
                .activate(10, 3, base(8)).reject(candidate(1, "included", "a", 7), AB_SCOPE_003).minimum(10));
        add(start(AB_SCOPE_003, "minimum-at-leaf", "with min_relay_parent_number equal to the leaf's number only the"
                + " leaf is a relay parent", PRODUCTION)
                .activate(10, 2, base(10)).reject(candidate(1, "included", "a", 9), AB_SCOPE_003)
                .introduceAndBack(candidate(2, "included", "a", 10)).best(10, 2).minimum(10));

        schedulingParentScope();

        AsyncBackingParams depthThreeAncestryOne = new AsyncBackingParams(3, 1);
        add(start(AB_SCOPE_004, "expired-chain-candidate-dropped", "a best-chain candidate whose relay parent left the"
                + " scope is dropped on the new leaf", depthThreeAncestryOne)
                .activate(10, 1, base(9)).introduceAndBack(candidate(1, "included", "a", 9)).best(10, 1)
                .activate(11, 1, base(10)).best(11));
        add(start(AB_SCOPE_004, "in-scope-chain-candidate-kept", "a best-chain candidate whose relay parent is still in"
                + " scope is kept on the new leaf", depthThreeAncestryOne)
                .activate(10, 1, base(9)).introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1)
                .activate(11, 1, base(10)).best(11, 1));
        add(start(AB_SCOPE_004, "expired-unconnected-dropped", "an unconnected candidate whose relay parent left the"
                + " scope is dropped, one still in scope is kept", depthThreeAncestryOne)
                .activate(10, 1, base(9)).introduce(candidate(1, "x", "y", 9), candidate(2, "p", "q", 10)).chain(10)
                .activate(11, 1, base(10)).chain(11));
        add(start(AB_SCOPE_004, "production-two-blocks-kept", "with allowed_ancestry_len 2 a candidate whose relay"
                + " parent is two blocks below the new leaf is kept", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 9))
                .activate(11, 2, base(9)).best(11, 1));
        add(start(AB_SCOPE_004, "production-three-blocks-dropped", "with allowed_ancestry_len 2 a candidate whose"
                + " relay parent is three blocks below the new leaf is dropped", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 8))
                .activate(11, 2, base(9)).best(11));

        add(start(AB_SCOPE_005, "child-of-expired-dropped", "the stored child of an expired candidate on the included"
                + " head is dropped with it, though on its own it would be kept", depthThreeAncestryOne)
                .activate(10, 1, base(9))
                .introduce(candidate(1, "included", "a", 9), candidate(2, "a", "b", 10)).chain(10)
                .activate(11, 1, base(10)).chain(11)
                .introduce(candidate(2, "a", "b", 10)).chain(11));
        add(start(AB_SCOPE_005, "chain-descendants-dropped", "the backed descendants of an expired best-chain"
                + " candidate are dropped with it", depthThreeAncestryOne)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 9), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1, 2, 3)
                .activate(11, 1, base(10)).best(11));
        add(start(AB_SCOPE_005, "descendants-of-kept-candidate-kept", "descendants of a candidate that stays in scope"
                + " are inherited", depthThreeAncestryOne)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .introduce(candidate(3, "b", "c", 10))
                .activate(11, 1, base(10)).best(11, 1, 2));
        add(start(AB_SCOPE_005, "fork-child-of-expired-dropped", "the stored child of an expired fork of the best"
                + " chain is dropped, the best chain is kept", depthThreeAncestryOne)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(5, "included", "a", 10))
                .introduce(candidate(3, "included", "a2", 9), candidate(4, "a2", "b2", 10)).chain(10)
                .activate(11, 1, base(10)).best(11, 5));
    }

    private void admit() {
        add(start(AB_ADMIT_001, "cycle-on-included-head", "a candidate outputting the included head it builds on is"
                + " rejected", PRODUCTION)
                .activate(10, 2, base(8)).reject(candidate(1, "included", "included", 10), AB_ADMIT_001).chain(10));
        add(start(AB_ADMIT_001, "cycle-on-unknown-parent", "a candidate outputting the unknown head it builds on is"
                + " rejected", PRODUCTION)
                .activate(10, 2, base(8)).reject(candidate(1, "x", "x", 10), AB_ADMIT_001).chain(10));
        add(start(AB_ADMIT_001, "new-output-accepted", "a candidate outputting a new head is accepted", PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "included", "a", 10)).chain(10));

        Candidate otherPara = candidate(OTHER, 1, INCLUDED, CandidateCommitments.producing(head("a"),
                RelayBlockNumber.of(10)), CODE, block(10));
        add(start(AB_ADMIT_002, "unscheduled-para", "a candidate of a para without a fragment chain is rejected",
                PRODUCTION)
                .activate(10, 2, base(8)).reject(otherPara, AB_ADMIT_002).chain(block(10).hash(), OTHER));
        add(start(AB_ADMIT_002, "scheduled-para", "a candidate of a para with a fragment chain is accepted",
                PRODUCTION)
                .activate(block(10), ProspectiveScenario.ancestors(10, 2),
                        Map.of(PARA, BackingState.of(base(8)), OTHER, BackingState.of(base(8))))
                .introduce(otherPara).chain(block(10).hash(), OTHER));
        add(start(AB_ADMIT_002, "no-leaf", "before any leaf is active no candidate is kept", PRODUCTION)
                .reject(candidate(1, "included", "a", 10), AB_ADMIT_002));
        add(start(AB_ADMIT_002, "last-leaf-deactivated", "after the only leaf is deactivated no candidate is kept",
                PRODUCTION)
                .activate(10, 2, base(8)).deactivate(10).reject(candidate(1, "included", "a", 10), AB_ADMIT_002));

        Candidate wrongCode = candidate(PARA, 1, head("x"), CandidateCommitments.producing(head("y"),
                RelayBlockNumber.of(10)), OTHER_CODE, block(10));
        add(start(AB_ADMIT_003, "unknown-parent-unchecked", "a candidate with an unknown parent is kept although its"
                + " code would fail the constraints", PRODUCTION)
                .activate(10, 2, base(8)).introduce(wrongCode).chain(10));
        add(start(AB_ADMIT_003, "unknown-parent-backed-waits", "a backed candidate with an unknown parent waits as"
                + " unconnected", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "x", "y", 10)).best(10));
        add(start(AB_ADMIT_003, "checked-once-connected", "a stored candidate with invalid code is dropped once its"
                + " parent enters the chain", PRODUCTION)
                .activate(10, 2, base(8)).introduce(wrongCode)
                .introduceAndBack(candidate(2, "included", "x", 10)).best(10, 2));
        add(start(AB_ADMIT_003, "unknown-parent-older-relay-parent", "a candidate with an unknown parent is kept with"
                + " any relay parent in scope", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .introduce(candidate(2, "x", "y", 8)).chain(10));

        Profile validated = Profile.of(Variant.UNCONNECTED_VALIDATED);
        add(start(AB_ADMIT_003, "validated-unknown-parent-code-checked", "under unconnected-validated a candidate with"
                + " an unknown parent is rejected when its code does not match the base constraints", PRODUCTION,
                validated, AB_CONS_001)
                .activate(10, 2, base(8)).reject(wrongCode, AB_CONS_001).chain(10));
        add(start(AB_ADMIT_003, "validated-unknown-parent-cycle-checked", "under unconnected-validated a candidate"
                + " with an unknown parent may not output the parent head of a best-chain candidate (cycle)",
                PRODUCTION, validated, AB_ADMIT_004)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .reject(candidate(2, "x", "included", 10), AB_ADMIT_004).best(10, 1));
        add(start(AB_ADMIT_003, "validated-unknown-parent-kept", "under unconnected-validated a candidate with an"
                + " unknown parent and fitting commitments is kept, its relay parent not ordered against the chain",
                PRODUCTION, validated)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .introduce(candidate(2, "x", "y", 8)).chain(10));
        add(start(AB_ADMIT_004, "output-is-chain-root-parent", "a candidate on the tip outputting the included head is"
                + " rejected (cycle)", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .reject(candidate(2, "a", "included", 10), AB_ADMIT_004).best(10, 1));
        add(start(AB_ADMIT_004, "output-is-inner-parent", "a candidate on the tip outputting the parent head of the"
                + " second element is rejected (cycle)", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .reject(candidate(3, "b", "a", 10), AB_ADMIT_004).best(10, 1, 2));
        add(start(AB_ADMIT_004, "new-output-on-tip", "a candidate on the tip outputting a new head is accepted",
                PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(3, "b", "c", 10)).best(10, 1, 2, 3));

        add(start(AB_ADMIT_005, "output-of-chain-candidate", "a lower-hash fork outputting the head its best-chain"
                + " sibling outputs is rejected (multiple paths)", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(5, "a", "b", 10))
                .reject(candidate(3, "a", "b", 10), AB_ADMIT_005).best(10, 1, 5));
        add(start(AB_ADMIT_005, "distinct-output-kept", "a lower-hash fork outputting a new head is kept", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(5, "a", "b", 10))
                .introduce(candidate(3, "a", "b2", 10)).best(10, 1, 5));

        Constraints ump = base(8).withUmp(2, 1000, 10);
        Candidate usesQueue = candidate(PARA, 1, INCLUDED, CandidateCommitments.producing(head("a"),
                RelayBlockNumber.of(10)).withUpwardMessages(List.of(1L, 1L)), CODE, block(10));
        add(start(AB_ADMIT_006, "parent-used-the-queue", "a child may not send what its chain parent already used of"
                + " the upward queue", PRODUCTION)
                .activate(10, 2, ump).introduceAndBack(usesQueue)
                .reject(candidate(PARA, 2, head("a"), CandidateCommitments.producing(head("b"),
                        RelayBlockNumber.of(10)).withUpwardMessages(List.of(1L)), CODE, block(10)), AB_CONS_015)
                .best(10, 1));
        add(start(AB_ADMIT_006, "within-what-parent-left", "a child sending nothing fits after its parent used the"
                + " queue", PRODUCTION)
                .activate(10, 2, ump).introduceAndBack(usesQueue)
                .introduceAndBack(candidate(2, "a", "b", 10)).best(10, 1, 2));
        add(start(AB_ADMIT_006, "base-constraints-code", "a candidate on the included head validated with other code"
                + " is rejected", PRODUCTION)
                .activate(10, 2, base(8))
                .reject(candidate(PARA, 1, INCLUDED, CandidateCommitments.producing(head("a"),
                        RelayBlockNumber.of(10)), OTHER_CODE, block(10)), AB_CONS_001).chain(10));

        chainCarriedState();

        add(start(AB_ADMIT_007, "older-than-chain-parent", "a child whose relay parent is older than its chain"
                + " parent's is rejected", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .reject(candidate(2, "a", "b", 9), AB_ADMIT_007).best(10, 1));
        add(start(AB_ADMIT_007, "same-as-chain-parent", "a child with its chain parent's relay parent is accepted",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 9))
                .introduceAndBack(candidate(2, "a", "b", 9)).best(10, 1, 2));
        add(start(AB_ADMIT_007, "newer-than-chain-parent", "a child with a newer relay parent than its chain parent's"
                + " is accepted", HARNESS)
                .activate(10, 3, base(7)).introduceAndBack(candidate(1, "included", "a", 7))
                .introduceAndBack(candidate(2, "a", "b", 8)).best(10, 1, 2));

        add(start(AB_ADMIT_008, "unconnected-introduced-twice", "introducing a stored candidate again succeeds and"
                + " changes nothing", PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "x", "y", 10)).introduce(candidate(1, "x", "y", 10))
                .chain(10));
        add(start(AB_ADMIT_008, "chain-member-introduced-again", "introducing a best-chain candidate again succeeds",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .introduce(candidate(1, "included", "a", 10)).best(10, 1));

        add(start(AB_ADMIT_009, "full-chain-keeps-child", "with max_candidate_depth 1 a child of a full chain is kept"
                + " as unconnected", ONE)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .introduce(candidate(3, "b", "c", 10)).best(10, 1, 2));
        add(start(AB_ADMIT_009, "full-production-chain-keeps-child", "with max_candidate_depth 3 a fifth candidate is"
                + " kept and, backed, waits", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10), candidate(4, "c", "d", 10))
                .introduceAndBack(candidate(5, "d", "e", 10)).best(10, 1, 2, 3, 4));

        add(start(AB_ADMIT_010, "kept-under-older-leaf", "a candidate outside the newest leaf's scope is kept under an"
                + " older active leaf", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .introduce(candidate(1, "x", "y", 8)).chain(10).chain(11));
        add(start(AB_ADMIT_010, "kept-under-both-leaves", "a candidate in both leaves' scopes is kept under both",
                PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .introduce(candidate(1, "x", "y", 9)).chain(10).chain(11));
        add(start(AB_ADMIT_010, "rejected-under-every-leaf", "a candidate no leaf keeps is rejected", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .reject(candidate(1, "x", "y", 7), AB_SCOPE_001).chain(10).chain(11));

        Candidate a = candidate(1, "included", "a", 10);
        add(start(AB_ADMIT_011, "validation-data-hash-matches", "a candidate whose descriptor commits to the hash of"
                + " its validation data is kept", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(a).best(10, 1));
        add(start(AB_ADMIT_011, "validation-data-of-other-relay-parent", "a candidate whose descriptor commits to"
                + " the validation data of another relay parent is rejected", PRODUCTION)
                .activate(10, 2, base(8))
                .reject(ProspectiveScenario.committingTo(a, PersistedValidationData.of(head("included"),
                        block(9).info(), ProspectiveScenario.POV), 1), AB_ADMIT_011).chain(10));
        add(start(AB_ADMIT_011, "validation-data-of-other-parent", "a candidate whose descriptor commits to"
                + " validation data with another parent head is rejected", PRODUCTION)
                .activate(10, 2, base(8))
                .reject(ProspectiveScenario.committingTo(a, PersistedValidationData.of(head("other"),
                        block(10).info(), ProspectiveScenario.POV), 1), AB_ADMIT_011).chain(10));
    }

    /**
     * What a chain carries from one candidate to the next (the stacked modifications: channel usage, upward messages,
     * processed downward messages, an applied code upgrade, the watermark), checked where a node derives it: three
     * candidates seconded first, their children waiting unconnected and unchecked, then backed in order, so that each
     * child is checked against its chain ancestors' constraints as it joins the best chain.
     */
    private void chainCarriedState() {
        UnaryOperator<CandidateCommitments> same = c -> c;
        Constraints channel = base(8).withHrmpChannels(Map.of(OTHER, new HrmpChannelLimits(25, 10)), 10);
        UnaryOperator<CandidateCommitments> tenBytes = hrmp(10);
        carried("hrmp-usage-summed-along-chain", "HRMP bytes two chain candidates sent on one channel add up: a"
                + " third sending more than is left does not join the chain", channel,
                tenBytes, tenBytes, CODE, hrmp(10), CODE, false);
        carried("hrmp-usage-left-along-chain", "a third chain candidate sending what two before it left of the"
                + " channel joins the chain", channel, tenBytes, tenBytes, CODE, hrmp(5), CODE, true);
        Constraints queue = base(8).withUmp(3, 1000, 10);
        UnaryOperator<CandidateCommitments> oneMessage = c -> c.withUpwardMessages(List.of(1L));
        carried("ump-usage-summed-along-chain", "upward messages of two chain candidates add up: a third sending"
                + " more than the queue has left does not join the chain", queue, oneMessage, oneMessage, CODE,
                c -> c.withUpwardMessages(List.of(1L, 1L)), CODE, false);
        carried("ump-usage-left-along-chain", "a third chain candidate sending what the queue has left, with the UMP"
                + " separator and a signal, joins the chain", queue, oneMessage, oneMessage, CODE,
                c -> c.withUpwardMessages(List.of(1L, 0L, 3L)), CODE, true);
        Constraints dmp = base(8).withDmpRemainingMessages(List.of(RelayBlockNumber.of(3), RelayBlockNumber.of(4)));
        UnaryOperator<CandidateCommitments> processOne = c -> c.withProcessedDownwardMessages(1);
        carried("dmp-queue-emptied-along-chain", "two chain candidates processed both queued downward messages: a"
                + " third processing one more does not join the chain", dmp, processOne, processOne, CODE,
                processOne, CODE, false);
        carried("dmp-queue-empty-along-chain", "a third chain candidate processing nothing after the queue was"
                + " emptied joins the chain", dmp, processOne, processOne, CODE, same, CODE, true);
        Constraints upgrade = base(8).withFutureValidationCode(new FutureCode.Scheduled(RelayBlockNumber.of(10),
                NEW_CODE));
        carried("upgrade-applied-along-chain", "after the first chain candidate applied the scheduled upgrade, the"
                + " next ones validated with the new code join the chain", upgrade, same, same, NEW_CODE, same,
                NEW_CODE, true, AB_ADMIT_003);
        carried("old-code-after-upgrade-along-chain", "after the first chain candidate applied the scheduled upgrade,"
                + " a third validated with the old code does not join the chain", upgrade, same, same, NEW_CODE, same,
                CODE, false, AB_ADMIT_003);
        Constraints marks = base(8).withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8),
                RelayBlockNumber.of(9)));
        carried("watermark-consumed-along-chain", "a third chain candidate repeating the trunk watermark the second"
                + " used does not join the chain", marks, watermark(6), watermark(8), CODE, watermark(8), CODE,
                false, AB_CONS_020);
        carried("watermark-next-along-chain", "a third chain candidate using the valid watermark after the chain's"
                + " joins the chain", marks, watermark(6), watermark(8), CODE, watermark(9), CODE, true);
    }

    private static UnaryOperator<CandidateCommitments> hrmp(long bytes) {
        return c -> c.withHorizontalMessages(List.of(new OutboundHrmpMessage(OTHER, bytes)));
    }

    private static UnaryOperator<CandidateCommitments> watermark(long number) {
        return c -> c.withHrmpWatermark(RelayBlockNumber.of(number));
    }

    /**
     * A chain a -> b -> c on relay parent 10, their commitments changed by {@code first}, {@code second} and
     * {@code third}, a validated with the current code: c joins the best chain or not, as {@code joins} says.
     */
    private void carried(String slug, String description, Constraints base, UnaryOperator<CandidateCommitments> first,
            UnaryOperator<CandidateCommitments> second, ValidationCodeHash secondCode,
            UnaryOperator<CandidateCommitments> third, ValidationCodeHash thirdCode, boolean joins, RuleId... also) {
        Candidate a = candidate(PARA, 1, INCLUDED, first.apply(produces("a")), CODE, block(10));
        Candidate b = candidate(PARA, 2, head("a"), second.apply(produces("b")), secondCode, block(10));
        Candidate c = candidate(PARA, 3, head("b"), third.apply(produces("c")), thirdCode, block(10));
        ProspectiveScenario scenario = start(AB_ADMIT_006, slug, description, PRODUCTION, also)
                .activate(10, 2, base).introduce(a, b, c).best(10).back(a, b, c);
        add((joins ? scenario.best(10, 1, 2, 3) : scenario.best(10, 1, 2)).chain(10).backable(10, 4, joins ? 3 : 2));
    }

    private static CandidateCommitments produces(String output) {
        return CandidateCommitments.producing(head(output), RelayBlockNumber.of(10));
    }

    private void fork() {
        add(start(AB_FORK_001, "higher-hash-rejected", "a fork of a best-chain candidate with a higher hash is"
                + " rejected", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .reject(candidate(60, "included", "f", 10), AB_FORK_001).best(10, 50));
        add(start(AB_FORK_001, "lower-hash-kept", "a fork of a best-chain candidate with a lower hash is kept as"
                + " unconnected", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(50, "included", "a", 10))
                .introduce(candidate(40, "included", "f", 10)).best(10, 50));
        add(start(AB_FORK_001, "second-element-higher-fork", "a fork of the second best-chain candidate with a higher"
                + " hash is rejected", HARNESS)
                .activate(10, 3, base(7))
                .introduceAndBack(candidate(10, "included", "a", 10), candidate(50, "a", "b", 10))
                .reject(candidate(60, "a", "f", 10), AB_FORK_001).best(10, 10, 50));
        add(start(AB_FORK_001, "second-element-lower-fork", "a fork of the second best-chain candidate with a lower"
                + " hash is kept", HARNESS)
                .activate(10, 3, base(7))
                .introduceAndBack(candidate(10, "included", "a", 10), candidate(50, "a", "b", 10))
                .introduce(candidate(40, "a", "f", 10)).best(10, 10, 50));
        add(start(AB_FORK_001, "seconded-siblings-kept", "siblings outside the best chain are kept whatever their"
                + " hashes", PRODUCTION)
                .activate(10, 2, base(8))
                .introduce(candidate(60, "included", "a", 10), candidate(40, "included", "f", 10)).chain(10));

        add(start(AB_FORK_002, "lower-backed-first", "the lower-hash sibling backed first enters the chain and the"
                + " higher one is dropped when backed", PRODUCTION)
                .activate(10, 2, base(8))
                .introduce(candidate(40, "included", "a", 10), candidate(60, "included", "f", 10))
                .back(candidate(40, "included", "a", 10)).best(10, 40)
                .back(candidate(60, "included", "f", 10)).best(10, 40));
        add(start(AB_FORK_002, "higher-backed-first", "the lower-hash sibling backed second replaces the higher one",
                PRODUCTION, AB_FORK_003)
                .activate(10, 2, base(8))
                .introduce(candidate(40, "included", "a", 10), candidate(60, "included", "f", 10))
                .back(candidate(60, "included", "f", 10)).best(10, 60)
                .back(candidate(40, "included", "a", 10)).best(10, 40));
        add(start(AB_FORK_002, "lower-arrives-after-higher-backed", "a lower-hash sibling introduced after the higher"
                + " one was backed wins once backed", ONE)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(60, "included", "f", 10), candidate(40, "included", "a", 10))
                .best(10, 40));
        add(start(AB_FORK_002, "three-siblings", "of three siblings backed in decreasing hash order the lowest ends in"
                + " the chain", HARNESS)
                .activate(10, 3, base(7))
                .introduce(candidate(50, "included", "a", 10), candidate(70, "included", "b", 10),
                        candidate(60, "included", "c", 10))
                .back(candidate(70, "included", "b", 10), candidate(60, "included", "c", 10),
                        candidate(50, "included", "a", 10))
                .best(10, 50));
        add(start(AB_FORK_002, "backed-together-before-parent", "siblings backed before their parent: the lower hash"
                + " follows the parent into the chain", HARNESS)
                .activate(10, 3, base(7))
                .introduceAndBack(candidate(45, "a", "b1", 10), candidate(35, "a", "b2", 10))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1, 35));

        Candidate a = candidate(30, "included", "a", 10);
        Candidate b = candidate(50, "a", "b", 10);
        Candidate c = candidate(60, "b", "c", 10);
        add(start(AB_FORK_003, "partial-revert-second-element", "backing a lower-hash fork of the second element"
                + " reverts the chain after the first and chains the fork's child", HARNESS)
                .activate(10, 3, base(7)).introduceAndBack(a, b, c)
                .introduce(candidate(40, "a", "b2", 10)).introduceAndBack(candidate(70, "b2", "c2", 10))
                .best(10, 30, 50, 60)
                .back(candidate(40, "a", "b2", 10)).best(10, 30, 40, 70)
                .backable(10, 4, 3));
        add(start(AB_FORK_003, "partial-revert-third-element", "backing a lower-hash fork of the third element keeps"
                + " the first two (the revert to a non-first element that PR 6417 fixed)", HARNESS)
                .activate(10, 3, base(7)).introduceAndBack(a, b, c)
                .introduce(candidate(55, "b", "c2", 10))
                .back(candidate(55, "b", "c2", 10)).best(10, 30, 50, 55)
                .reject(c, AB_FORK_001));
        add(start(AB_FORK_003, "partial-revert-fourth-element", "backing a lower-hash fork of the fourth element"
                + " reverts after the third and chains the fork's child (PR 6417)", HARNESS)
                .activate(10, 3, base(7)).introduceAndBack(a, b, c, candidate(80, "c", "d", 10))
                .introduceAndBack(candidate(90, "d2", "e2", 10)).introduce(candidate(75, "c", "d2", 10))
                .best(10, 30, 50, 60, 80)
                .back(candidate(75, "c", "d2", 10)).best(10, 30, 50, 60, 75, 90).backable(10, 2, 2, 30, 50, 60));
        add(start(AB_FORK_003, "partial-revert-production", "with production parameters backing a lower-hash fork of"
                + " the second element replaces the tail", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(a, b, c)
                .introduceAndBack(candidate(45, "a", "b3", 10)).best(10, 30, 45));
        add(start(AB_FORK_003, "full-revert-first-element", "backing a lower-hash fork of the first element replaces"
                + " the whole chain", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(a, b)
                .introduceAndBack(candidate(20, "included", "a2", 10)).best(10, 20));
        add(start(AB_FORK_003, "full-revert-forgets-old-chain", "after a full revert the old chain's heads and"
                + " hashes are forgotten: a child of the old first element waits unconnected and the old first"
                + " element is a higher-hash fork", PRODUCTION, AB_ADMIT_003, AB_FORK_001)
                .activate(10, 2, base(8)).introduceAndBack(a, b)
                .introduceAndBack(candidate(20, "included", "a2", 10)).best(10, 20)
                .introduce(candidate(60, "a", "z", 9)).chain(10)
                .reject(a, AB_FORK_001).chain(10));
        add(start(AB_FORK_003, "unknown-parent-no-revert", "backing a stored candidate whose parent is unknown leaves"
                + " the chain as it is", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(a, b)
                .introduceAndBack(candidate(40, "x", "y", 10)).best(10, 30, 50));
    }

    /**
     * The scheduling-parent variant (PR 11772, 2026 master): the window bounds the scheduling parent; the relay parent
     * may be older, down to min_relay_parent_number and max_relay_parent_session_age sessions back. The baseline reads
     * the relay parent against the window and differs on every case.
     */
    private void schedulingParentScope() {
        Profile scheduling = Profile.of(Variant.SCHEDULING_PARENT);
        RelayBlock leaf = block(10);
        add(start(AB_SCOPE_001, "scheduling-parent-older-relay-parent", "under scheduling-parent a relay parent three"
                + " blocks below the leaf is accepted when the scheduling parent is the leaf", PRODUCTION, scheduling)
                .activate(10, 5, base(0)).introduce(scheduled(1, "x", "y", 7, leaf)).chain(10));
        add(start(AB_SCOPE_001, "scheduling-parent-old-relay-parent-chained", "under scheduling-parent a backed"
                + " candidate with a relay parent four blocks below the leaf enters the best chain", PRODUCTION,
                scheduling)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 6, leaf)).best(10, 1));
        add(start(AB_SCOPE_001, "scheduling-parent-relay-parent-below-minimum", "under scheduling-parent a relay"
                + " parent below min_relay_parent_number is rejected though the scheduling parent is the leaf",
                PRODUCTION, scheduling, AB_SCOPE_003)
                .activate(10, 5, base(7)).reject(scheduled(1, "x", "y", 6, leaf), AB_SCOPE_003).chain(10));

        RelayBlock sessionLeaf = block(10, 2);
        List<RelayBlock> twoSessionsBack = List.of(block(9, 2), block(8, 1), block(7, 0));
        AsyncBackingParams ageOne = PRODUCTION.withMaxRelayParentSessionAge(1);
        add(start(AB_SCOPE_002, "scheduling-parent-previous-session", "under scheduling-parent with"
                + " max_relay_parent_session_age 1 a relay parent of the previous session is accepted", ageOne,
                scheduling)
                .activate(sessionLeaf, twoSessionsBack, Map.of(PARA, BackingState.of(base(0))))
                .introduce(scheduled(1, "x", "y", block(8, 1), sessionLeaf)).chain(10));
        add(start(AB_SCOPE_002, "scheduling-parent-session-too-old", "under scheduling-parent with"
                + " max_relay_parent_session_age 1 a relay parent two sessions back is rejected", ageOne, scheduling)
                .activate(sessionLeaf, twoSessionsBack, Map.of(PARA, BackingState.of(base(0))))
                .reject(scheduled(1, "x", "y", block(7, 0), sessionLeaf), AB_SCOPE_002).chain(10));

        add(start(AB_SCOPE_001, "scheduling-parent-relay-parent-order", "under scheduling-parent the relay-parent"
                + " order holds between a candidate and its parent when both relay parents are below the window",
                PRODUCTION, scheduling, AB_ADMIT_007)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 6, leaf)).best(10, 1)
                .reject(scheduled(2, "a", "b", 5, leaf), AB_ADMIT_007).best(10, 1));
        add(start(AB_SCOPE_004, "scheduling-parent-expired", "under scheduling-parent a best-chain candidate whose"
                + " scheduling parent left the window is dropped on the new leaf, its relay parent being older still",
                ONE, scheduling)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 6, block(9))).best(10, 1)
                .activate(11, 5, base(0)).best(11));
        add(start(AB_SCOPE_006, "scheduling-parent-out-of-window", "under scheduling-parent a scheduling parent three"
                + " blocks below the leaf is rejected with allowed_ancestry_len 2, though the relay parent is the"
                + " leaf's parent", PRODUCTION, scheduling)
                .activate(10, 5, base(0)).reject(scheduled(1, "x", "y", 9, block(7)), AB_SCOPE_006).chain(10));
        add(start(AB_SCOPE_006, "scheduling-parent-oldest-in-window", "under scheduling-parent a scheduling parent two"
                + " blocks below the leaf is in the window, whatever the age of the relay parent", PRODUCTION,
                scheduling)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 5, block(8))).best(10, 1));
        add(start(AB_QUERY_001, "scheduling-parent-backable-answer", "under scheduling-parent a backable candidate is"
                + " answered with its scheduling parent, the leaf, not its relay parent four blocks below",
                PRODUCTION, scheduling)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 6, leaf)).backable(10, 1, 1));
        add(start(AB_QUERY_007, "scheduling-parent-older-relay-parent", "under scheduling-parent a collation on the"
                + " head of a candidate four blocks below the leaf gets validation data at that relay parent, which"
                + " the runtime still allows", PRODUCTION, scheduling)
                .activate(10, 5, base(0)).introduceAndBack(scheduled(1, "included", "a", 6, leaf))
                .validationData(PARA, 6, "a", false, true));
    }

    /**
     * The claim-queue variant (PR 7254, stable2503): the chain holds the candidates pending availability plus one per
     * distinct core of the para in the claim queue; max_candidate_depth, stated too, is what the baseline reads.
     */
    private void claimQueueChains() {
        Profile queue = Profile.of(Variant.CLAIM_QUEUE);
        add(start(AB_CHAIN_001, "claim-queue-one-core", "under claim-queue one core holds one candidate beyond those"
                + " pending, whatever max_candidate_depth says", PRODUCTION.withClaimQueue(
                        ClaimQueue.of(PARA, 1, 3, 3)), queue)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .best(10, 1).backable(10, 4, 1));
        add(start(AB_CHAIN_001, "claim-queue-pending-plus-core", "under claim-queue a candidate pending availability"
                + " and one core leave room for one backed candidate, with max_candidate_depth 0", SYNC.withClaimQueue(
                        ClaimQueue.of(PARA, 1, 1, 3)), queue)
                .activate(10, 2, base(8), ProspectiveScenario.pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 10), candidate(3, "b", "c", 10))
                .best(10, 1, 2).backable(10, 4, 1, 1));
        add(start(AB_CHAIN_001, "claim-queue-cores-not-slots", "under claim-queue three claims on one core count as"
                + " one core: the chain holds one candidate", PRODUCTION.withClaimQueue(
                        ClaimQueue.of(PARA, 1, 3, 3)), queue)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1));
        add(start(AB_CHAIN_001, "claim-queue-two-cores", "under claim-queue two cores hold two candidates",
                PRODUCTION.withClaimQueue(ClaimQueue.of(PARA, 2, 1, 3)), queue)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1, 2).backable(10, 4, 2));
        add(start(AB_CHAIN_001, "claim-queue-not-read", "the baseline node reads max_candidate_depth 1 and not the"
                + " three cores the para holds in the claim queue: the chain holds two candidates",
                ONE.withClaimQueue(ClaimQueue.of(PARA, 3, 1, 3)))
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1, 2));
        add(start(AB_SCOPE_001, "claim-queue-lookahead", "under claim-queue scheduling_lookahead 2 allows the leaf and"
                + " one ancestor, whatever allowed_ancestry_len says", PRODUCTION.withClaimQueue(
                        ClaimQueue.of(PARA, 1, 2, 2)), queue)
                .activate(10, 5, base(0)).introduce(candidate(1, "x", "y", 9))
                .reject(candidate(2, "x", "z", 8), AB_SCOPE_001).chain(10));
        add(start(AB_ADMIT_002, "claim-queue-unclaimed-para", "under claim-queue a para with no claim in the queue gets"
                + " no fragment chain", PRODUCTION.withClaimQueue(new ClaimQueue(List.of(List.of(
                        OTHER)), 3)), queue)
                .activate(10, 2, base(8)).reject(candidate(1, "included", "a", 10), AB_ADMIT_002));
    }

    private void chain() {
        add(start(AB_CHAIN_001, "production-depth-plus-one", "with max_candidate_depth 3 the chain holds four"
                + " candidates and the fifth waits", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10), candidate(4, "c", "d", 10), candidate(5, "d", "e", 10))
                .best(10, 1, 2, 3, 4).backable(10, 10, 4));
        add(start(AB_CHAIN_001, "production-room-left", "with max_candidate_depth 3 three candidates leave room for"
                + " a fourth", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1, 2, 3).introduceAndBack(candidate(4, "c", "d", 10)).best(10, 1, 2, 3, 4));
        add(start(AB_CHAIN_001, "depth-one", "with max_candidate_depth 1 the chain holds two candidates", ONE)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10))
                .best(10, 1, 2).backable(10, 5, 2));
        add(start(AB_CHAIN_001, "harness-depth-four", "with max_candidate_depth 4 the chain holds five candidates",
                HARNESS)
                .activate(10, 3, base(7))
                .introduceAndBack(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10),
                        candidate(3, "b", "c", 10), candidate(4, "c", "d", 10), candidate(5, "d", "e", 10),
                        candidate(6, "e", "f", 10))
                .best(10, 1, 2, 3, 4, 5));
        add(start(AB_CHAIN_001, "pending-counted", "two candidates pending availability leave room for two backed"
                + " ones with max_candidate_depth 3", PRODUCTION)
                .activate(10, 2, base(8), ProspectiveScenario.pending(1, "a", 10),
                        ProspectiveScenario.pending(2, "b", 10))
                .introduceAndBack(candidate(3, "b", "c", 10), candidate(4, "c", "d", 10), candidate(5, "d", "e", 10))
                .best(10, 1, 2, 3, 4).backable(10, 4, 2, 1, 2));
        add(start(AB_CHAIN_001, "pending-counted-depth-one", "with max_candidate_depth 1 a pending candidate leaves"
                + " room for one backed candidate", ONE)
                .activate(10, 1, base(9), ProspectiveScenario.pending(1, "a", 10))
                .introduceAndBack(candidate(2, "a", "b", 10), candidate(3, "b", "c", 10))
                .best(10, 1, 2));

        claimQueueChains();

        add(start(AB_CHAIN_002, "seconded-waits", "a seconded candidate on the included head stays unconnected",
                PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "included", "a", 10)).best(10)
                .backable(10, 1, 0));
        add(start(AB_CHAIN_002, "backed-enters", "the same candidate enters the chain once backed", PRODUCTION)
                .activate(10, 2, base(8)).introduce(candidate(1, "included", "a", 10)).best(10)
                .back(candidate(1, "included", "a", 10)).best(10, 1).backable(10, 1, 1));
        add(start(AB_CHAIN_002, "backed-under-two-leaves", "a candidate kept under two active leaves enters both"
                + " leaves' best chains once backed", PRODUCTION)
                .activate(10, 2, base(8)).activate(11, 2, base(8))
                .introduce(candidate(1, "included", "a", 10)).best(10).best(11)
                .back(candidate(1, "included", "a", 10)).best(10, 1).best(11, 1)
                .backable(10, 1, 1).backable(11, 1, 1));
        RelayBlock fork = ProspectiveScenario.sibling(11);
        add(start(AB_CHAIN_002, "backed-under-sibling-leaves", "a candidate kept under two sibling leaves enters both"
                + " best chains once backed, its child too", PRODUCTION)
                .activate(10, 2, base(8)).deactivate(10).activate(11, 2, base(8))
                .activate(fork, ProspectiveScenario.ancestors(11, 2), Map.of(PARA, new BackingState(base(8),
                        List.of())))
                .introduce(candidate(1, "included", "a", 10), candidate(2, "a", "b", 10))
                .back(candidate(1, "included", "a", 10)).best(11, 1).chain(fork.hash(), PARA)
                .back(candidate(2, "a", "b", 10)).best(11, 1, 2).chain(fork.hash(), PARA));
        add(start(AB_CHAIN_002, "seconded-child-waits", "a seconded child of the tip stays unconnected", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(1, "included", "a", 10))
                .introduce(candidate(2, "a", "b", 10)).best(10, 1));

        add(start(AB_CHAIN_003, "child-backed-first", "a backed child waiting unconnected joins the chain with its"
                + " parent", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(2, "a", "b", 10)).best(10)
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1, 2));
        add(start(AB_CHAIN_003, "grandchildren-join", "backed descendants join the chain in one step", PRODUCTION)
                .activate(10, 2, base(8))
                .introduceAndBack(candidate(3, "b", "c", 10), candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1, 2, 3));
        add(start(AB_CHAIN_003, "capped-by-depth", "descendants join only as far as max_candidate_depth + 1 allows",
                ONE)
                .activate(10, 1, base(9))
                .introduceAndBack(candidate(3, "b", "c", 10), candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1, 2));
        add(start(AB_CHAIN_003, "seconded-descendant-stays", "a seconded descendant does not join with its parent",
                PRODUCTION, AB_CHAIN_002)
                .activate(10, 2, base(8)).introduce(candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1));

        add(start(AB_CHAIN_004, "older-child-not-appended", "a backed child with an older relay parent than the tip"
                + " does not join the chain", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(2, "a", "b", 9))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1));
        add(start(AB_CHAIN_004, "equal-child-appended", "a backed child with the tip's relay parent joins the chain",
                PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(1, "included", "a", 10)).best(10, 1, 2));
        add(start(AB_CHAIN_004, "newer-child-appended", "a backed child with a newer relay parent than the tip joins"
                + " the chain", PRODUCTION)
                .activate(10, 2, base(8)).introduceAndBack(candidate(2, "a", "b", 10))
                .introduceAndBack(candidate(1, "included", "a", 9)).best(10, 1, 2));
    }
}
