package dev.abkit.reference.prospective;

import dev.abkit.catalog.RuleId;

/** The rule ids of areas SCOPE, ADMIT, FORK, CHAIN, PA, LEAF and QUERY, decided by {@link ProspectiveParachains}. */
public final class ProspectiveRules {
    /** A candidate's relay parent is the leaf or one of its first allowed_ancestry_len ancestors. */
    public static final RuleId AB_SCOPE_001 = RuleId.of("AB-SCOPE-001");
    /** The scope stops at the first ancestor of another session. */
    public static final RuleId AB_SCOPE_002 = RuleId.of("AB-SCOPE-002");
    /** The scope takes no ancestor below min_relay_parent_number. */
    public static final RuleId AB_SCOPE_003 = RuleId.of("AB-SCOPE-003");
    /** A candidate whose relay parent left the scope is dropped on the new leaf. */
    public static final RuleId AB_SCOPE_004 = RuleId.of("AB-SCOPE-004");
    /** Stored descendants of a dropped fork of the chain are dropped with it. */
    public static final RuleId AB_SCOPE_005 = RuleId.of("AB-SCOPE-005");
    /** Under scheduling-parent, a candidate's scheduling parent is the leaf or one of its ancestors in the window. */
    public static final RuleId AB_SCOPE_006 = RuleId.of("AB-SCOPE-006");

    /** A candidate whose output head equals its parent head is rejected. */
    public static final RuleId AB_ADMIT_001 = RuleId.of("AB-ADMIT-001");
    /** A candidate is kept only for a para that has a fragment chain under some retained relay parent. */
    public static final RuleId AB_ADMIT_002 = RuleId.of("AB-ADMIT-002");
    /** A candidate whose parent is unknown is kept without constraint, relay-parent order or depth checks. */
    public static final RuleId AB_ADMIT_003 = RuleId.of("AB-ADMIT-003");
    /** A connected candidate may not output the parent head of a best-chain candidate (cycle). */
    public static final RuleId AB_ADMIT_004 = RuleId.of("AB-ADMIT-004");
    /** A connected candidate may not output the output head of a best-chain candidate (multiple paths). */
    public static final RuleId AB_ADMIT_005 = RuleId.of("AB-ADMIT-005");
    /** A connected candidate satisfies the base constraints after its chain ancestors' modifications. */
    public static final RuleId AB_ADMIT_006 = RuleId.of("AB-ADMIT-006");
    /** A connected candidate's relay parent is not older than its chain parent's. */
    public static final RuleId AB_ADMIT_007 = RuleId.of("AB-ADMIT-007");
    /** Introducing an already known candidate succeeds. */
    public static final RuleId AB_ADMIT_008 = RuleId.of("AB-ADMIT-008");
    /** The depth limit never rejects a candidate. */
    public static final RuleId AB_ADMIT_009 = RuleId.of("AB-ADMIT-009");
    /** A candidate kept under at least one retained relay parent is accepted. */
    public static final RuleId AB_ADMIT_010 = RuleId.of("AB-ADMIT-010");
    /** The descriptor's PVD hash is the hash of the candidate's validation data. */
    public static final RuleId AB_ADMIT_011 = RuleId.of("AB-ADMIT-011");

    /** A fork of a best-chain candidate is admitted only with a lower candidate hash. */
    public static final RuleId AB_FORK_001 = RuleId.of("AB-FORK-001");
    /** Among backed siblings, the lowest candidate hash enters the best chain. */
    public static final RuleId AB_FORK_002 = RuleId.of("AB-FORK-002");
    /** Backing a lower-hash fork reverts the best chain from the fork point. */
    public static final RuleId AB_FORK_003 = RuleId.of("AB-FORK-003");

    /** The best chain holds at most max_candidate_depth + 1 candidates, counting those pending availability. */
    public static final RuleId AB_CHAIN_001 = RuleId.of("AB-CHAIN-001");
    /** Only backed candidates enter the best chain. */
    public static final RuleId AB_CHAIN_002 = RuleId.of("AB-CHAIN-002");
    /** Stored backed descendants join the best chain as soon as their parent does. */
    public static final RuleId AB_CHAIN_003 = RuleId.of("AB-CHAIN-003");
    /** Relay-parent numbers never decrease along the best chain. */
    public static final RuleId AB_CHAIN_004 = RuleId.of("AB-CHAIN-004");

    /** Candidates pending availability head the best chain and win over any sibling. */
    public static final RuleId AB_PA_001 = RuleId.of("AB-PA-001");
    /** A candidate pending availability stays in the chain with a relay parent outside the scope. */
    public static final RuleId AB_PA_002 = RuleId.of("AB-PA-002");
    /** A candidate's relay parent may not precede the last pending candidate's. */
    public static final RuleId AB_PA_003 = RuleId.of("AB-PA-003");
    /** A fork of a candidate pending availability is rejected. */
    public static final RuleId AB_PA_004 = RuleId.of("AB-PA-004");
    /** Pending candidates whose relay parent precedes the previous pending one's do not enter the chain. */
    public static final RuleId AB_PA_005 = RuleId.of("AB-PA-005");

    /** A new leaf inherits the candidates of its parent block's fragment chain. */
    public static final RuleId AB_LEAF_001 = RuleId.of("AB-LEAF-001");
    /** Candidates that were pending availability at the parent block are not inherited. */
    public static final RuleId AB_LEAF_002 = RuleId.of("AB-LEAF-002");
    /** A deactivated leaf's chains are kept and updated while the block is retained. */
    public static final RuleId AB_LEAF_003 = RuleId.of("AB-LEAF-003");
    /** Deactivation drops relay parents below every remaining leaf's retain minimum. */
    public static final RuleId AB_LEAF_004 = RuleId.of("AB-LEAF-004");
    /** An active leaf activated again is processed again: its chains are rebuilt as for a new leaf. */
    public static final RuleId AB_LEAF_005 = RuleId.of("AB-LEAF-005");
    /** In one leaves update a leaf both activated and deactivated is not activated. */
    public static final RuleId AB_LEAF_006 = RuleId.of("AB-LEAF-006");

    /** Backable candidates follow the longest prefix of the best chain found in the ancestors. */
    public static final RuleId AB_QUERY_001 = RuleId.of("AB-QUERY-001");
    /** Backable candidates stop at a candidate pending availability. */
    public static final RuleId AB_QUERY_002 = RuleId.of("AB-QUERY-002");
    /** No backable candidates for count 0, an inactive leaf or a para without chain. */
    public static final RuleId AB_QUERY_003 = RuleId.of("AB-QUERY-003");
    /** Hypothetical membership: each active leaf where the candidate could be added or is known, depth ignored. */
    public static final RuleId AB_QUERY_004 = RuleId.of("AB-QUERY-004");
    /** An incomplete hypothetical candidate skips the checks that need its outputs. */
    public static final RuleId AB_QUERY_005 = RuleId.of("AB-QUERY-005");
    /** The minimum relay parent of a para at a leaf is the earliest relay parent of its scope. */
    public static final RuleId AB_QUERY_006 = RuleId.of("AB-QUERY-006");
    /** Prospective validation data needs the relay parent, the parent head and max_pov_size from active leaves. */
    public static final RuleId AB_QUERY_007 = RuleId.of("AB-QUERY-007");

    private ProspectiveRules() {
    }
}
