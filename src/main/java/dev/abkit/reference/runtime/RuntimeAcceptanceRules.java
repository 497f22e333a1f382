package dev.abkit.reference.runtime;

import dev.abkit.catalog.RuleId;

/** The rules of area RT (runtime acceptance), as decided by {@link RuntimeAcceptance}. */
public final class RuntimeAcceptanceRules {
    /** A relay parent must be one of the a+1 most recent ancestors N-1-a .. N-1 of the including block N. */
    public static final RuleId AB_RT_001 = RuleId.of("AB-RT-001");
    /** A session change clears the allowed relay parents and drops the candidates pending availability. */
    public static final RuleId AB_RT_002 = RuleId.of("AB-RT-002");
    /** The relay parent may not move backwards from the para's latest pending or included context. */
    public static final RuleId AB_RT_003 = RuleId.of("AB-RT-003");
    /** The relay parent may not move backwards from the previous candidate of the para in the same inherent. */
    public static final RuleId AB_RT_004 = RuleId.of("AB-RT-004");
    /** A candidate's parent head is the output of the para's latest backed or included block. */
    public static final RuleId AB_RT_005 = RuleId.of("AB-RT-005");
    /** A candidate appearing twice among a para's candidates in one inherent is dropped. */
    public static final RuleId AB_RT_006 = RuleId.of("AB-RT-006");
    /** The persisted validation data matches the relay parent and the configured max PoV size. */
    public static final RuleId AB_RT_007 = RuleId.of("AB-RT-007");
    /** The validation code hash equals the para's current code hash. */
    public static final RuleId AB_RT_008 = RuleId.of("AB-RT-008");
    /** The descriptor's para head equals the hash of the output head data. */
    public static final RuleId AB_RT_009 = RuleId.of("AB-RT-009");
    /** Head data and new validation code may be as large as the configured maximum, not larger. */
    public static final RuleId AB_RT_010 = RuleId.of("AB-RT-010");
    /** A dropped candidate takes every later candidate of the same para in the inherent with it. */
    public static final RuleId AB_RT_011 = RuleId.of("AB-RT-011");
    /** min_relay_parent_number at leaf L is L - min(a, tracker length). */
    public static final RuleId AB_RT_012 = RuleId.of("AB-RT-012");
    /** Only the available prefix of the pending-availability chain is included. */
    public static final RuleId AB_RT_013 = RuleId.of("AB-RT-013");
    /** A timed-out candidate is dropped together with every later candidate pending availability of its para. */
    public static final RuleId AB_RT_014 = RuleId.of("AB-RT-014");
    /** Under candidate-descriptor-v2: a V2 descriptor's session index is the session of the including block. */
    public static final RuleId AB_RT_015 = RuleId.of("AB-RT-015");
    /**
     * Under candidate-descriptor-v2: after the UMP separator come at most two elements, each a UMP signal, with at most
     * one SelectCore and at most one ApprovedPeer.
     */
    public static final RuleId AB_RT_016 = RuleId.of("AB-RT-016");
    /** Under candidate-descriptor-v2: a candidate with a V1 descriptor sends no UMP signal. */
    public static final RuleId AB_RT_017 = RuleId.of("AB-RT-017");
    /**
     * Under candidate-descriptor-v2: a V2 candidate's para holds a core at the selected claim-queue offset of the claim
     * queue at its relay parent.
     */
    public static final RuleId AB_RT_018 = RuleId.of("AB-RT-018");
    /**
     * Under candidate-descriptor-v2: a V2 descriptor's core index is the core its selector picks among the para's cores
     * at that offset (the single core when there is no selector).
     */
    public static final RuleId AB_RT_019 = RuleId.of("AB-RT-019");
    /**
     * Under candidate-descriptor-v2: without a selector and with several cores at offset 0, the V2 descriptor's core
     * index is one of them.
     */
    public static final RuleId AB_RT_020 = RuleId.of("AB-RT-020");

    private RuntimeAcceptanceRules() {
    }
}
