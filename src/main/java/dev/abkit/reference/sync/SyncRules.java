package dev.abkit.reference.sync;

import dev.abkit.catalog.RuleId;

/**
 * The rule ids of area SYNC, decided by {@link SynchronousBacking} (001-004) and by the pipeline model (005).
 */
public final class SyncRules {
    /** Zero for both max_candidate_depth and allowed_ancestry_len is synchronous backing. */
    public static final RuleId AB_SYNC_001 = RuleId.of("AB-SYNC-001");
    /** With max_candidate_depth = 0 at most one candidate per para is unincluded, counting pending availability. */
    public static final RuleId AB_SYNC_002 = RuleId.of("AB-SYNC-002");
    /** With allowed_ancestry_len = 0 the relay parent must be the active leaf. */
    public static final RuleId AB_SYNC_003 = RuleId.of("AB-SYNC-003");
    /** The next candidate builds on the included head, so only after its predecessor is included. */
    public static final RuleId AB_SYNC_004 = RuleId.of("AB-SYNC-004");
    /** An unincluded segment capacity of 1 gives no pipelining: one parablock per 12 s. */
    public static final RuleId AB_SYNC_005 = RuleId.of("AB-SYNC-005");

    private SyncRules() {
    }
}
