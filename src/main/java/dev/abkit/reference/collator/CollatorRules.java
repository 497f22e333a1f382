package dev.abkit.reference.collator;

import dev.abkit.catalog.RuleId;

/**
 * The rule ids of areas COL and RTD, decided by {@link ParentSearch}, {@link BuildRules} and {@link AuthoringRuntime}.
 */
public final class CollatorRules {
    /** A collator whose included block (as of the relay parent) is not in its local database finds no parent. */
    public static final RuleId AB_COL_001 = RuleId.of("AB-COL-001");
    /** The included block is a potential parent at depth 0, aligned; with max_depth 0 it is the only one. */
    public static final RuleId AB_COL_002 = RuleId.of("AB-COL-002");
    /** A block is a potential parent only if its relay parent is in the target's ancestry of ancestry_lookback + 1. */
    public static final RuleId AB_COL_003 = RuleId.of("AB-COL-003");
    /** Potential parents are at most max_depth blocks above the included block. */
    public static final RuleId AB_COL_004 = RuleId.of("AB-COL-004");
    /** A block is aligned unless it branches off the path to the pending block; alternatives may be ignored. */
    public static final RuleId AB_COL_005 = RuleId.of("AB-COL-005");
    /** A pending block unknown locally: no parent when alternatives are ignored, else a search without it. */
    public static final RuleId AB_COL_006 = RuleId.of("AB-COL-006");
    /** The collator builds on the deepest potential parent. */
    public static final RuleId AB_COL_007 = RuleId.of("AB-COL-007");
    /** A collator that does not hold the slot claim builds no block. */
    public static final RuleId AB_COL_008 = RuleId.of("AB-COL-008");
    /** On the included block the collator builds without asking the runtime (PR 7205). */
    public static final RuleId AB_COL_009 = RuleId.of("AB-COL-009");
    /** The runtime's can_build_upon is asked with the relay slot from API version 2 on, with the para slot before. */
    public static final RuleId AB_COL_010 = RuleId.of("AB-COL-010");
    /** The slot-based collator attempts a block every min(para slot, relay slot), or relay slot / cores. */
    public static final RuleId AB_COL_011 = RuleId.of("AB-COL-011");
    /** Blocks a collator authors per relay slot: its attempts, at most velocity + 1. */
    public static final RuleId AB_COL_012 = RuleId.of("AB-COL-012");
    /** UMP: the longest prefix of pending messages that fits the limits left by the relay and the segment is sent. */
    public static final RuleId AB_RTD_001 = RuleId.of("AB-RTD-001");
    /** HRMP: at most one message per open channel that is not full and has room, in recipient order, the rest kept. */
    public static final RuleId AB_RTD_002 = RuleId.of("AB-RTD-002");
    /** A go-ahead or abort signal is acted on once per segment; the same signal seen again is ignored. */
    public static final RuleId AB_RTD_003 = RuleId.of("AB-RTD-003");
    /** The outbound limits are the relay's remaining dispatch queue and each channel's capacity minus its usage. */
    public static final RuleId AB_RTD_004 = RuleId.of("AB-RTD-004");
    /** Inbound messages sent at or before the previous block's relay parent are not processed again. */
    public static final RuleId AB_RTD_005 = RuleId.of("AB-RTD-005");

    private CollatorRules() {
    }
}
