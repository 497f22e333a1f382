package dev.abkit.reference.constraints;

import dev.abkit.catalog.RuleId;

/** The rule ids of area CONS, decided by {@link InclusionEmulator}. */
public final class ConstraintsRules {
    /** The candidate's validation code hash equals the required one. */
    public static final RuleId AB_CONS_001 = RuleId.of("AB-CONS-001");
    /** Head data is no larger than max_head_data_size. */
    public static final RuleId AB_CONS_002 = RuleId.of("AB-CONS-002");
    /** The relay parent is no older than min_relay_parent_number. */
    public static final RuleId AB_CONS_003 = RuleId.of("AB-CONS-003");
    /** No new code while an upgrade restriction is present. */
    public static final RuleId AB_CONS_004 = RuleId.of("AB-CONS-004");
    /** New code is no larger than max_code_size. */
    public static final RuleId AB_CONS_005 = RuleId.of("AB-CONS-005");
    /** At most max_hrmp_num_per_candidate horizontal messages. */
    public static final RuleId AB_CONS_006 = RuleId.of("AB-CONS-006");
    /** The persisted validation data matches the constraints and the relay parent. */
    public static final RuleId AB_CONS_007 = RuleId.of("AB-CONS-007");
    /** DMP advancement: processing nothing is refused while a message sent at or before the relay parent waits. */
    public static final RuleId AB_CONS_008 = RuleId.of("AB-CONS-008");
    /** At most max_upward_message_num_per_candidate upward messages. */
    public static final RuleId AB_CONS_009 = RuleId.of("AB-CONS-009");
    /** Horizontal message recipients are strictly ascending. */
    public static final RuleId AB_CONS_010 = RuleId.of("AB-CONS-010");
    /** A trunk HRMP watermark is one of the valid watermarks; a head watermark is always allowed. */
    public static final RuleId AB_CONS_011 = RuleId.of("AB-CONS-011");
    /** Horizontal messages go only to open outbound channels. */
    public static final RuleId AB_CONS_012 = RuleId.of("AB-CONS-012");
    /** HRMP bytes per channel do not exceed what remains. */
    public static final RuleId AB_CONS_013 = RuleId.of("AB-CONS-013");
    /** HRMP messages per channel do not exceed what remains. */
    public static final RuleId AB_CONS_014 = RuleId.of("AB-CONS-014");
    /** Upward messages do not exceed the relay queue's remaining count. */
    public static final RuleId AB_CONS_015 = RuleId.of("AB-CONS-015");
    /** Upward bytes do not exceed the relay queue's remaining size. */
    public static final RuleId AB_CONS_016 = RuleId.of("AB-CONS-016");
    /** A candidate processes no more downward messages than are queued. */
    public static final RuleId AB_CONS_017 = RuleId.of("AB-CONS-017");
    /** A child builds on its parent's output head. */
    public static final RuleId AB_CONS_018 = RuleId.of("AB-CONS-018");
    /** Message budgets are shared along the chain: a child gets what its ancestors left. */
    public static final RuleId AB_CONS_019 = RuleId.of("AB-CONS-019");
    /** An HRMP watermark narrows the valid watermarks of the descendants. */
    public static final RuleId AB_CONS_020 = RuleId.of("AB-CONS-020");
    /** Processed downward messages leave the queue of the descendants. */
    public static final RuleId AB_CONS_021 = RuleId.of("AB-CONS-021");
    /** A scheduled upgrade applies from the first candidate whose relay parent reaches it. */
    public static final RuleId AB_CONS_022 = RuleId.of("AB-CONS-022");

    private ConstraintsRules() {
    }
}
