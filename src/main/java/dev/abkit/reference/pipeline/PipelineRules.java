package dev.abkit.reference.pipeline;

import dev.abkit.catalog.RuleId;

/** The rule ids of area PIPE, decided by {@link PipelineModel}. */
public final class PipelineRules {
    /** Relay blocks come every 6 s and a parablock authored in relay slot k is built on relay parent R(k). */
    public static final RuleId AB_PIPE_001 = RuleId.of("AB-PIPE-001");
    /** The collator authors a parablock only if its unincluded ancestors number fewer than the capacity. */
    public static final RuleId AB_PIPE_002 = RuleId.of("AB-PIPE-002");
    /** At most velocity + 1 parablocks are authored per relay slot. */
    public static final RuleId AB_PIPE_003 = RuleId.of("AB-PIPE-003");
    /** A parablock built on R(r) is backed in some R(b) with r + 1 <= b <= r + 1 + allowed_ancestry_len, or never. */
    public static final RuleId AB_PIPE_004 = RuleId.of("AB-PIPE-004");
    /** Pending availability plus newly backed candidates of the para number at most max_candidate_depth + 1. */
    public static final RuleId AB_PIPE_005 = RuleId.of("AB-PIPE-005");
    /** One candidate pending availability per core; a core freed by inclusion may be reused in the same block. */
    public static final RuleId AB_PIPE_006 = RuleId.of("AB-PIPE-006");
    /** Backed in R(b) is included in R(b+1), so inclusion comes at least 12 s after the relay parent. */
    public static final RuleId AB_PIPE_007 = RuleId.of("AB-PIPE-007");
    /** Throughput is at most one parablock per core per relay block; the seed's 24 seconds are R1..R5. */
    public static final RuleId AB_PIPE_008 = RuleId.of("AB-PIPE-008");

    private PipelineRules() {
    }
}
