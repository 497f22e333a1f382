package dev.abkit.reference.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InclusionEmulatorTest {
    private static final HeadData INCLUDED = HeadData.ofLabel("included");
    private static final HeadData OUTPUT = HeadData.ofLabel("a-out");
    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("v1");
    private static final ValidationCodeHash NEW_CODE = ValidationCodeHash.ofLabel("v2");
    private static final RelayParentInfo RP10 = RelayParentInfo.ofLabel("r10", 10);
    private static final ParaId P2000 = ParaId.of(2000);
    private static final ParaId P2001 = ParaId.of(2001);

    private final InclusionEmulator emulator = new InclusionEmulator(Checks.unobserved());

    private static Constraints base() {
        return Constraints.permissive(INCLUDED, CODE, RelayBlockNumber.of(8));
    }

    private static CandidateCommitments plain() {
        return CandidateCommitments.producing(OUTPUT, RP10.number());
    }

    private static PersistedValidationData pvd(Constraints c) {
        return PersistedValidationData.of(c.requiredParent(), RP10, c.maxPovSize());
    }

    /** The emulator's check as an outcome: accepted, or rejected with the CONS rule that fired. */
    private Outcome decideWith(RelayParentInfo relayParent, Constraints c, CandidateCommitments commitments,
            ValidationCodeHash code, PersistedValidationData validationData) {
        return Checks.decide(() -> emulator.check(relayParent, c, commitments, code, validationData));
    }

    private Outcome decide(Constraints c, CandidateCommitments commitments) {
        return decideWith(RP10, c, commitments, CODE, pvd(c));
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.isAccepted(), () -> "expected accepted but was " + outcome);
    }

    private static void assertRejected(RuleId rule, Outcome outcome) {
        assertTrue(outcome instanceof Outcome.Rejected r && r.rule().equals(rule),
                () -> "expected rejected(" + rule + ") but was " + outcome);
    }

    @Test
    @DisplayName("AB-CONS-001 a candidate with the required code hash passes, one with another hash is rejected")
    void codeHash() {
        assertAccepted(decide(base(), plain()));
        assertRejected(ConstraintsRules.AB_CONS_001,
                decideWith(RP10, base(), plain(), NEW_CODE, pvd(base())));
    }

    @Test
    @DisplayName("AB-CONS-002 head data of exactly max_head_data_size bytes passes, one byte more is rejected")
    void headDataSize() {
        Constraints c = base().withMaxHeadDataSize(OUTPUT.size());
        assertAccepted(decide(c, plain()));
        assertRejected(ConstraintsRules.AB_CONS_002, decide(base().withMaxHeadDataSize(OUTPUT.size() - 1), plain()));
    }

    @Test
    @DisplayName("AB-CONS-003 a relay parent at min_relay_parent_number passes, one block older is rejected")
    void relayParentAge() {
        assertAccepted(decide(base().withMinRelayParentNumber(RelayBlockNumber.of(10)), plain()));
        assertRejected(ConstraintsRules.AB_CONS_003,
                decide(base().withMinRelayParentNumber(RelayBlockNumber.of(11)), plain()));
    }

    @Test
    @DisplayName("AB-CONS-004 new code is rejected under an upgrade restriction, a candidate without code passes")
    void upgradeRestriction() {
        Constraints restricted = base().withUpgradeRestricted(true);
        assertAccepted(decide(restricted, plain()));
        assertAccepted(decide(base(), plain().withNewCode(NewCode.of(100))));
        assertRejected(ConstraintsRules.AB_CONS_004, decide(restricted, plain().withNewCode(NewCode.of(100))));
    }

    @Test
    @DisplayName("AB-CONS-005 new code of exactly max_code_size passes, one byte more is rejected")
    void codeSize() {
        Constraints c = base().withMaxCodeSize(100);
        assertAccepted(decide(c, plain().withNewCode(NewCode.of(100))));
        assertRejected(ConstraintsRules.AB_CONS_005, decide(c, plain().withNewCode(NewCode.of(101))));
    }

    @Test
    @DisplayName("AB-CONS-006 exactly max_hrmp_num_per_candidate messages pass, one more is rejected")
    void hrmpPerCandidate() {
        Constraints c = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(100, 10),
                P2001, new HrmpChannelLimits(100, 10)), 1);
        assertAccepted(decide(c, plain().withHorizontalMessages(List.of(new OutboundHrmpMessage(P2000, 5)))));
        assertRejected(ConstraintsRules.AB_CONS_006, decide(c, plain().withHorizontalMessages(
                List.of(new OutboundHrmpMessage(P2000, 5), new OutboundHrmpMessage(P2001, 5)))));
    }

    @Test
    @DisplayName("AB-CONS-007 validation data with the relay parent's number, root and max_pov_size passes, any other is rejected")
    void validationData() {
        Constraints c = base();
        assertAccepted(decide(c, plain()));
        PersistedValidationData wrongPov = new PersistedValidationData(INCLUDED, RP10.number(), RP10.storageRoot(),
                c.maxPovSize() - 1);
        assertRejected(ConstraintsRules.AB_CONS_007, decideWith(RP10, c, plain(), CODE, wrongPov));
        PersistedValidationData wrongNumber = new PersistedValidationData(INCLUDED, RelayBlockNumber.of(9),
                RP10.storageRoot(), c.maxPovSize());
        assertRejected(ConstraintsRules.AB_CONS_007, decideWith(RP10, c, plain(), CODE, wrongNumber));
    }

    @Test
    @DisplayName("AB-CONS-008 a queued message sent at the relay parent must be processed, one sent after it need not")
    void downwardAdvancement() {
        Constraints atRelayParent = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(10)));
        Constraints afterRelayParent = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(11)));
        assertRejected(ConstraintsRules.AB_CONS_008, decide(atRelayParent, plain()));
        assertAccepted(decide(atRelayParent, plain().withProcessedDownwardMessages(1)));
        assertAccepted(decide(afterRelayParent, plain()));
    }

    @Test
    @DisplayName("AB-CONS-009 exactly max_upward_message_num_per_candidate messages pass, one more is rejected")
    void umpPerCandidate() {
        Constraints c = base().withUmp(100, 1000, 2);
        assertAccepted(decide(c, plain().withUpwardMessages(List.of(1L, 1L))));
        assertRejected(ConstraintsRules.AB_CONS_009, decide(c, plain().withUpwardMessages(List.of(1L, 1L, 1L))));
    }

    @Test
    @DisplayName("AB-CONS-010 ascending recipients pass, a repeated recipient is rejected")
    void recipientsAscending() {
        Constraints c = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(100, 10),
                P2001, new HrmpChannelLimits(100, 10)), 10);
        assertAccepted(decide(c, plain().withHorizontalMessages(
                List.of(new OutboundHrmpMessage(P2000, 5), new OutboundHrmpMessage(P2001, 5)))));
        assertRejected(ConstraintsRules.AB_CONS_010, decide(c, plain().withHorizontalMessages(
                List.of(new OutboundHrmpMessage(P2000, 5), new OutboundHrmpMessage(P2000, 5)))));
        assertRejected(ConstraintsRules.AB_CONS_010, decide(c, plain().withHorizontalMessages(
                List.of(new OutboundHrmpMessage(P2001, 5), new OutboundHrmpMessage(P2000, 5)))));
    }

    @Test
    @DisplayName("AB-CONS-011 a head watermark always passes, a trunk watermark only when it is valid")
    void trunkWatermark() {
        Constraints c = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)));
        assertAccepted(decide(c, plain()));
        assertAccepted(decide(c, plain().withHrmpWatermark(RelayBlockNumber.of(8))));
        assertRejected(ConstraintsRules.AB_CONS_011, decide(c, plain().withHrmpWatermark(RelayBlockNumber.of(7))));
    }

    @Test
    @DisplayName("AB-CONS-012 a message to an open channel passes, to a para without channel is rejected")
    void channelExists() {
        Constraints c = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(100, 10)), 10);
        assertAccepted(decide(c, plain().withHorizontalMessages(List.of(new OutboundHrmpMessage(P2000, 5)))));
        assertRejected(ConstraintsRules.AB_CONS_012,
                decide(c, plain().withHorizontalMessages(List.of(new OutboundHrmpMessage(P2001, 5)))));
    }

    @Test
    @DisplayName("AB-CONS-013 exactly bytes_remaining on a channel passes, one byte more is rejected")
    void hrmpBytes() {
        Constraints c = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(50, 10)), 10);
        assertAccepted(decide(c, plain().withHorizontalMessages(List.of(new OutboundHrmpMessage(P2000, 50)))));
        assertRejected(ConstraintsRules.AB_CONS_013,
                decide(c, plain().withHorizontalMessages(List.of(new OutboundHrmpMessage(P2000, 51)))));
    }

    @Test
    @DisplayName("AB-CONS-014 exactly messages_remaining on a channel passes, none left is rejected")
    void hrmpMessages() {
        List<OutboundHrmpMessage> one = List.of(new OutboundHrmpMessage(P2000, 5));
        assertAccepted(decide(base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(50, 1)), 10),
                plain().withHorizontalMessages(one)));
        assertRejected(ConstraintsRules.AB_CONS_014, decide(base().withHrmpChannels(
                Map.of(P2000, new HrmpChannelLimits(50, 0)), 10), plain().withHorizontalMessages(one)));
    }

    @Test
    @DisplayName("AB-CONS-015 exactly ump_remaining messages pass, one more is rejected")
    void umpRemaining() {
        Constraints c = base().withUmp(2, 1000, 10);
        assertAccepted(decide(c, plain().withUpwardMessages(List.of(1L, 1L))));
        assertRejected(ConstraintsRules.AB_CONS_015, decide(c, plain().withUpwardMessages(List.of(1L, 1L, 1L))));
    }

    @Test
    @DisplayName("AB-CONS-016 exactly ump_remaining_bytes pass, one byte more is rejected")
    void umpBytes() {
        Constraints c = base().withUmp(10, 50, 10);
        assertAccepted(decide(c, plain().withUpwardMessages(List.of(40L, 10L))));
        assertRejected(ConstraintsRules.AB_CONS_016, decide(c, plain().withUpwardMessages(List.of(40L, 11L))));
    }

    @Test
    @DisplayName("AB-CONS-017 processing every queued downward message passes, one more is rejected")
    void dmpUnderflow() {
        Constraints c = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(3), RelayBlockNumber.of(4)));
        assertAccepted(decide(c, plain().withProcessedDownwardMessages(2)));
        assertRejected(ConstraintsRules.AB_CONS_017, decide(c, plain().withProcessedDownwardMessages(3)));
    }

    @Test
    @DisplayName("AB-CONS-018 a child must build on its parent's output head, not on the included head")
    void childBuildsOnParentOutput() {
        Constraints c = base();
        ConstraintModifications parent = emulator.check(RP10, c, plain(), CODE, pvd(c));
        Constraints child = emulator.apply(c, parent);
        assertEquals(OUTPUT, child.requiredParent());
        CandidateCommitments childOut = CandidateCommitments.producing(HeadData.ofLabel("b-out"), RP10.number());
        assertAccepted(decideWith(RP10, child, childOut, CODE,
                PersistedValidationData.of(OUTPUT, RP10, c.maxPovSize())));
        assertRejected(ConstraintsRules.AB_CONS_018, decideWith(RP10, child, childOut, CODE,
                PersistedValidationData.of(INCLUDED, RP10, c.maxPovSize())));
    }

    @Test
    @DisplayName("AB-CONS-019 a child gets the UMP budget its parent left: the rest fits, one more message does not")
    void budgetsShared() {
        Constraints c = base().withUmp(3, 1000, 10);
        ConstraintModifications parent = emulator.check(RP10, c, plain().withUpwardMessages(List.of(1L, 1L)), CODE,
                pvd(c));
        Constraints child = emulator.apply(c, parent);
        assertEquals(1, child.umpRemaining());
        CandidateCommitments oneMore = CandidateCommitments.producing(HeadData.ofLabel("b"), RP10.number());
        PersistedValidationData childPvd = PersistedValidationData.of(OUTPUT, RP10, c.maxPovSize());
        assertAccepted(decideWith(RP10, child, oneMore.withUpwardMessages(List.of(1L)), CODE, childPvd));
        assertRejected(ConstraintsRules.AB_CONS_015,
                decideWith(RP10, child, oneMore.withUpwardMessages(List.of(1L, 1L)), CODE, childPvd));
        ConstraintModifications both = parent.stack(parent);
        RuleViolation overspent = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> emulator.apply(c, both));
        assertEquals(ConstraintsRules.AB_CONS_019, overspent.rule());
    }

    @Test
    @DisplayName("AB-CONS-020 watermarks narrow: a matched watermark is consumed, a head keeps the later ones, an unknown trunk fails")
    void watermarksNarrow() {
        Constraints c = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)));
        assertEquals(List.of(RelayBlockNumber.of(8)),
                emulator.apply(c, modifications(new HrmpWatermarkUpdate.Trunk(RelayBlockNumber.of(6))))
                        .validWatermarks());
        assertEquals(List.of(),
                emulator.apply(c, modifications(new HrmpWatermarkUpdate.Trunk(RelayBlockNumber.of(8))))
                        .validWatermarks());
        assertEquals(List.of(),
                emulator.apply(c, modifications(new HrmpWatermarkUpdate.Head(RelayBlockNumber.of(8))))
                        .validWatermarks());
        assertEquals(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)),
                emulator.apply(c, modifications(new HrmpWatermarkUpdate.Head(RelayBlockNumber.of(5))))
                        .validWatermarks());
        assertEquals(List.of(RelayBlockNumber.of(8)),
                emulator.apply(c, modifications(new HrmpWatermarkUpdate.Head(RelayBlockNumber.of(7))))
                        .validWatermarks());
        RuleViolation trunk7 = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> emulator.apply(c, modifications(new HrmpWatermarkUpdate.Trunk(RelayBlockNumber.of(7)))));
        assertEquals(ConstraintsRules.AB_CONS_020, trunk7.rule());
    }

    @Test
    @DisplayName("AB-CONS-020 a child may not repeat its parent's trunk watermark 6 but may use the next valid one, 8")
    void matchedWatermarkConsumedForChild() {
        Constraints c = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)));
        ConstraintModifications parent = emulator.check(RP10, c, plain().withHrmpWatermark(RelayBlockNumber.of(6)),
                CODE, pvd(c));
        Constraints child = emulator.apply(c, parent);
        CandidateCommitments childOut = CandidateCommitments.producing(HeadData.ofLabel("b-out"), RP10.number());
        PersistedValidationData childPvd = PersistedValidationData.of(OUTPUT, RP10, c.maxPovSize());
        assertRejected(ConstraintsRules.AB_CONS_011, decideWith(RP10, child,
                childOut.withHrmpWatermark(RelayBlockNumber.of(6)), CODE, childPvd));
        assertAccepted(decideWith(RP10, child, childOut.withHrmpWatermark(RelayBlockNumber.of(8)), CODE,
                childPvd));
        assertAccepted(decideWith(RP10, child, childOut.withHrmpWatermark(RelayBlockNumber.of(10)), CODE,
                childPvd));
    }

    @Test
    @DisplayName("AB-CONS-021 processed downward messages leave the front of the descendants' queue")
    void dmpQueueShrinks() {
        Constraints c = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(1), RelayBlockNumber.of(4),
                RelayBlockNumber.of(8), RelayBlockNumber.of(10)));
        ConstraintModifications two = new ConstraintModifications(OUTPUT,
                new HrmpWatermarkUpdate.Head(RelayBlockNumber.of(10)), new java.util.TreeMap<>(), 0, 0, 2, false);
        assertEquals(List.of(RelayBlockNumber.of(8), RelayBlockNumber.of(10)),
                emulator.apply(c, two).dmpRemainingMessages());
        ConstraintModifications five = new ConstraintModifications(OUTPUT,
                new HrmpWatermarkUpdate.Head(RelayBlockNumber.of(10)), new java.util.TreeMap<>(), 0, 0, 5, false);
        RuleViolation underflow = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> emulator.apply(c, five));
        assertEquals(ConstraintsRules.AB_CONS_021, underflow.rule());
    }

    @Test
    @DisplayName("AB-CONS-022 a relay parent at the scheduled block applies the upgrade; one block earlier does not")
    void upgradeApplies() {
        Constraints c = base().withFutureValidationCode(
                new FutureCode.Scheduled(RelayBlockNumber.of(10), NEW_CODE));
        ConstraintModifications at = emulator.check(RP10, c, plain(), CODE, pvd(c));
        assertTrue(at.codeUpgradeApplied());
        Constraints child = emulator.apply(c, at);
        assertEquals(NEW_CODE, child.validationCodeHash());
        assertEquals(FutureCode.NONE, child.futureValidationCode());

        Constraints later = base().withFutureValidationCode(
                new FutureCode.Scheduled(RelayBlockNumber.of(11), NEW_CODE));
        ConstraintModifications before = emulator.check(RP10, later, plain(), CODE, pvd(later));
        assertFalse(before.codeUpgradeApplied());
        assertEquals(CODE, emulator.apply(later, before).validationCodeHash());
    }

    @Test
    @DisplayName("every CONS check reports to the probe on both sides")
    void probeSeesBothSides() {
        List<String> seen = new ArrayList<>();
        InclusionEmulator observed = new InclusionEmulator(new Checks((rule, held) -> seen.add(rule + ":" + held)));
        Checks.decide(() -> observed.check(RP10, base(), plain(), CODE, pvd(base())));
        assertTrue(seen.contains("AB-CONS-001:true"));
        Checks.decide(() -> observed.check(RP10, base(), plain(), NEW_CODE, pvd(base())));
        assertTrue(seen.contains("AB-CONS-001:false"));
    }

    private static ConstraintModifications modifications(HrmpWatermarkUpdate watermark) {
        return new ConstraintModifications(OUTPUT, watermark, new java.util.TreeMap<>(), 0, 0, 0, false);
    }
}
