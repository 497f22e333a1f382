package dev.abkit.reference.segment;

import dev.abkit.catalog.RuleId;

/** The rules of areas SEG and VEL that {@link UnincludedSegment} decides. */
public final class UnincludedSegmentRules {
    /** Capacity counts the block being built. */
    public static final RuleId AB_SEG_001 = RuleId.of("AB-SEG-001");
    /** Eviction on inclusion is inclusive. */
    public static final RuleId AB_SEG_002 = RuleId.of("AB-SEG-002");
    /** An included head outside the segment evicts nothing. */
    public static final RuleId AB_SEG_003 = RuleId.of("AB-SEG-003");
    /** The included head is the one proven at the relay parent. */
    public static final RuleId AB_SEG_004 = RuleId.of("AB-SEG-004");
    /** UMP message count is limited across the segment. */
    public static final RuleId AB_SEG_005 = RuleId.of("AB-SEG-005");
    /** UMP bytes are limited across the segment. */
    public static final RuleId AB_SEG_006 = RuleId.of("AB-SEG-006");
    /** HRMP message count is limited per recipient. */
    public static final RuleId AB_SEG_007 = RuleId.of("AB-SEG-007");
    /** HRMP bytes are limited per recipient. */
    public static final RuleId AB_SEG_008 = RuleId.of("AB-SEG-008");
    /** The segment's HRMP watermark advances. */
    public static final RuleId AB_SEG_009 = RuleId.of("AB-SEG-009");
    /** The upgrade go-ahead is consumed at most once per segment. */
    public static final RuleId AB_SEG_010 = RuleId.of("AB-SEG-010");
    /** A consumed go-ahead is still reported by the relay parent. */
    public static final RuleId AB_SEG_011 = RuleId.of("AB-SEG-011");
    /** Size after included counts the ancestors past a known head. */
    public static final RuleId AB_SEG_012 = RuleId.of("AB-SEG-012");

    /** The relay-parent number never decreases. */
    public static final RuleId AB_VEL_001 = RuleId.of("AB-VEL-001");
    /** At most V+1 blocks per relay-chain slot. */
    public static final RuleId AB_VEL_002 = RuleId.of("AB-VEL-002");
    /** Velocity 0 behaves as velocity 1. */
    public static final RuleId AB_VEL_003 = RuleId.of("AB-VEL-003");
    /** A new slot restarts the count. */
    public static final RuleId AB_VEL_004 = RuleId.of("AB-VEL-004");
    /** The slot does not move backwards. */
    public static final RuleId AB_VEL_005 = RuleId.of("AB-VEL-005");
    /** The parachain slot is not ahead of the relay chain. */
    public static final RuleId AB_VEL_006 = RuleId.of("AB-VEL-006");
    /** can_build_upon refuses a full segment or an exhausted slot. */
    public static final RuleId AB_VEL_007 = RuleId.of("AB-VEL-007");
    /** can_build_upon allows building when no slot is recorded. */
    public static final RuleId AB_VEL_008 = RuleId.of("AB-VEL-008");

    private UnincludedSegmentRules() {
    }
}
