package dev.abkit.vectors.subjects;

import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_001;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_002;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_003;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_004;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_005;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_006;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_007;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_008;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_009;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_010;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_011;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_012;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_013;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_014;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_015;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_016;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_017;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_018;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_019;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_020;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_021;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_022;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpChannelLimits;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.CaseSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The vectors of area CONS: for every rule, a case on each side of its boundary. */
public final class ConstraintsVectors extends CaseSource {
    private static final HeadData INCLUDED = HeadData.ofLabel("included");
    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("v1");
    private static final ValidationCodeHash NEW_CODE = ValidationCodeHash.ofLabel("v2");
    private static final RelayParentInfo RP = RelayParentInfo.ofLabel("r10", 10);
    private static final ParaId P2000 = ParaId.of(2000);
    private static final ParaId P2001 = ParaId.of(2001);
    private static final ConstraintsDriver DRIVER = new ConstraintsDriver();
    private static final Profile WATERMARK_KEPT = Profile.of(Variant.HRMP_WATERMARK_KEPT);


    public ConstraintsVectors() {
        super("constraints-boundaries", 1);
    }

    @Override
    protected void write() {
        single(AB_CONS_001, "code-hash-matches", "a candidate validated with the required code is accepted",
                base(), c -> c, true);
        add(start(AB_CONS_001, "code-hash-mismatch", "a candidate validated with other code is rejected", base())
                .rejected(append(candidate(base(), plain(), NEW_CODE)), AB_CONS_001));
        single(AB_CONS_002, "head-at-limit", "head data of exactly max_head_data_size bytes is accepted",
                base().withMaxHeadDataSize(HeadData.ofLabel("a").size()), c -> c, true);
        single(AB_CONS_002, "head-over-limit", "head data one byte over max_head_data_size is rejected",
                base().withMaxHeadDataSize(HeadData.ofLabel("a").size() - 1), c -> c, false);
        single(AB_CONS_003, "relay-parent-at-minimum", "a relay parent at min_relay_parent_number is accepted",
                base().withMinRelayParentNumber(RP.number()), c -> c, true);
        single(AB_CONS_003, "relay-parent-too-old", "a relay parent one block below the minimum is rejected",
                base().withMinRelayParentNumber(RP.number().plus(1)), c -> c, false);
        single(AB_CONS_004, "code-without-restriction", "new code without an upgrade restriction is accepted",
                base(), c -> c.withNewCode(NewCode.of(100)), true);
        single(AB_CONS_004, "code-under-restriction", "new code under an upgrade restriction is rejected",
                base().withUpgradeRestricted(true), c -> c.withNewCode(NewCode.of(100)), false);
        single(AB_CONS_005, "code-at-limit", "new code of exactly max_code_size bytes is accepted",
                base().withMaxCodeSize(100), c -> c.withNewCode(NewCode.of(100)), true);
        single(AB_CONS_005, "code-over-limit", "new code one byte over max_code_size is rejected",
                base().withMaxCodeSize(100), c -> c.withNewCode(NewCode.of(101)), false);
        Constraints twoChannels = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(100, 10),
                P2001, new HrmpChannelLimits(100, 10)), 1);
        single(AB_CONS_006, "hrmp-count-at-limit", "exactly max_hrmp_num_per_candidate messages are accepted",
                twoChannels, c -> c.withHorizontalMessages(List.of(msg(P2000, 5))), true);
        single(AB_CONS_006, "hrmp-count-over-limit", "one message over max_hrmp_num_per_candidate is rejected",
                twoChannels, c -> c.withHorizontalMessages(List.of(msg(P2000, 5), msg(P2001, 5))), false);
        add(start(AB_CONS_007, "validation-data-matches", "validation data of the relay parent is accepted", base())
                .accepted(append(candidate(base(), plain(), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        PersistedValidationData wrongPov = new PersistedValidationData(INCLUDED, RP.number(), RP.storageRoot(),
                base().maxPovSize() - 1);
        add(start(AB_CONS_007, "max-pov-size-mismatch", "validation data with another max_pov_size is rejected",
                base()).rejected(append(new ConstraintCandidate(RP, plain(), CODE, wrongPov)), AB_CONS_007));
        PersistedValidationData wrongRoot = new PersistedValidationData(INCLUDED, RP.number(),
                RelayParentInfo.ofLabel("other", 10).storageRoot(), base().maxPovSize());
        add(start(AB_CONS_007, "storage-root-mismatch", "validation data with another storage root is rejected",
                base()).rejected(append(new ConstraintCandidate(RP, plain(), CODE, wrongRoot)), AB_CONS_007));
        Constraints queuedAtRp = base().withDmpRemainingMessages(List.of(RP.number()));
        single(AB_CONS_008, "dmp-stalls", "no downward message processed while one sent at the relay parent waits",
                queuedAtRp, c -> c, false);
        single(AB_CONS_008, "dmp-processes-one", "processing one downward message satisfies advancement",
                queuedAtRp, c -> c.withProcessedDownwardMessages(1), true);
        single(AB_CONS_008, "dmp-sent-after-relay-parent", "a message sent after the relay parent may wait",
                base().withDmpRemainingMessages(List.of(RP.number().plus(1))), c -> c, true);
        Constraints ump = base().withUmp(100, 1000, 2);
        single(AB_CONS_009, "ump-count-at-limit", "exactly max_upward_message_num_per_candidate messages are accepted",
                ump, c -> c.withUpwardMessages(List.of(1L, 1L)), true);
        single(AB_CONS_009, "ump-count-over-limit", "one upward message over the per-candidate limit is rejected",
                ump, c -> c.withUpwardMessages(List.of(1L, 1L, 1L)), false);
        single(AB_CONS_009, "ump-signals-not-counted", "five upward messages, the UMP separator and a SelectCore"
                + " signal are accepted when five messages are allowed per candidate", base().withUmp(100, 1000, 5),
                c -> c.withUpwardMessages(List.of(1L, 1L, 1L, 1L, 1L, 0L, 3L)), true);
        single(AB_CONS_009, "ump-signals-do-not-hide-messages", "three upward messages before the UMP separator are"
                + " rejected when two are allowed per candidate", ump,
                c -> c.withUpwardMessages(List.of(1L, 1L, 1L, 0L, 3L)), false);
        Constraints wide = twoChannels.withHrmpChannels(twoChannels.hrmpChannelsOut(), 10);
        single(AB_CONS_010, "recipients-ascending", "messages to ascending recipients are accepted",
                wide, c -> c.withHorizontalMessages(List.of(msg(P2000, 5), msg(P2001, 5))), true);
        single(AB_CONS_010, "recipient-repeated", "two messages to the same recipient are rejected",
                wide, c -> c.withHorizontalMessages(List.of(msg(P2000, 5), msg(P2000, 5))), false);
        single(AB_CONS_010, "recipients-descending", "messages to descending recipients are rejected",
                wide, c -> c.withHorizontalMessages(List.of(msg(P2001, 5), msg(P2000, 5))), false);
        Constraints watermarks = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)));
        single(AB_CONS_011, "head-watermark", "a watermark equal to the relay parent number is accepted",
                watermarks, c -> c, true);
        add(start(AB_CONS_011, "trunk-watermark-valid", "a trunk watermark in the valid list is accepted", watermarks,
                Profile.BASELINE, AB_CONS_020)
                .accepted(append(candidate(watermarks, plain().withHrmpWatermark(RelayBlockNumber.of(8)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        single(AB_CONS_011, "trunk-watermark-invalid", "a trunk watermark outside the valid list is rejected",
                watermarks, c -> c.withHrmpWatermark(RelayBlockNumber.of(7)), false);
        Constraints oneChannel = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(50, 1)), 10);
        single(AB_CONS_012, "channel-open", "a message to an open channel is accepted",
                oneChannel, c -> c.withHorizontalMessages(List.of(msg(P2000, 5))), true);
        single(AB_CONS_012, "channel-missing", "a message to a para without channel is rejected",
                oneChannel, c -> c.withHorizontalMessages(List.of(msg(P2001, 5))), false);
        single(AB_CONS_013, "hrmp-bytes-at-limit", "exactly bytes_remaining on a channel is accepted",
                oneChannel, c -> c.withHorizontalMessages(List.of(msg(P2000, 50))), true);
        single(AB_CONS_013, "hrmp-bytes-over-limit", "one byte over bytes_remaining is rejected",
                oneChannel, c -> c.withHorizontalMessages(List.of(msg(P2000, 51))), false);
        single(AB_CONS_014, "hrmp-messages-at-limit", "exactly messages_remaining on a channel is accepted",
                oneChannel, c -> c.withHorizontalMessages(List.of(msg(P2000, 5))), true);
        single(AB_CONS_014, "hrmp-messages-exhausted", "a message on a channel with none remaining is rejected",
                base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(50, 0)), 10),
                c -> c.withHorizontalMessages(List.of(msg(P2000, 5))), false);
        Constraints queue = base().withUmp(2, 50, 10);
        single(AB_CONS_015, "ump-queue-at-limit", "exactly ump_remaining messages are accepted",
                queue, c -> c.withUpwardMessages(List.of(1L, 1L)), true);
        single(AB_CONS_015, "ump-queue-over-limit", "one message over ump_remaining is rejected",
                queue, c -> c.withUpwardMessages(List.of(1L, 1L, 1L)), false);
        single(AB_CONS_016, "ump-bytes-at-limit", "exactly ump_remaining_bytes are accepted",
                queue, c -> c.withUpwardMessages(List.of(40L, 10L)), true);
        single(AB_CONS_016, "ump-bytes-over-limit", "one byte over ump_remaining_bytes is rejected",
                queue, c -> c.withUpwardMessages(List.of(40L, 11L)), false);
        single(AB_CONS_016, "empty-message-no-bytes", "an empty upward message is the UMP separator: accepted with no"
                + " bytes remaining, it takes no place in the queue", base().withUmp(1, 0, 10),
                c -> c.withUpwardMessages(List.of(0L)), true);
        single(AB_CONS_015, "ump-separator-and-signal-not-queued", "two upward messages, the UMP separator and a"
                + " SelectCore signal fit a queue that takes two more messages", queue,
                c -> c.withUpwardMessages(List.of(1L, 1L, 0L, 3L)), true);
        single(AB_CONS_016, "ump-signal-bytes-not-counted", "1024 bytes of upward messages, the UMP separator and a"
                + " 4-byte signal fit 1024 remaining bytes", base().withUmp(10, 1024, 10),
                c -> c.withUpwardMessages(List.of(1000L, 24L, 0L, 4L)), true);
        single(AB_CONS_016, "ump-bytes-before-separator-counted", "1025 bytes of upward messages before the UMP"
                + " separator exceed 1024 remaining bytes", base().withUmp(10, 1024, 10),
                c -> c.withUpwardMessages(List.of(1000L, 25L, 0L, 4L)), false);
        Constraints twoQueued = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(3),
                RelayBlockNumber.of(4)));
        single(AB_CONS_017, "dmp-process-all", "processing every queued downward message is accepted",
                twoQueued, c -> c.withProcessedDownwardMessages(2), true);
        single(AB_CONS_017, "dmp-underflow", "processing more downward messages than queued is rejected",
                twoQueued, c -> c.withProcessedDownwardMessages(3), false);
        chainCases();
    }

    private void chainCases() {
        HeadData a = HeadData.ofLabel("a");
        HeadData b = HeadData.ofLabel("b");
        add(start(AB_CONS_018, "child-on-parent-output", "a child building on its parent's output is accepted", base())
                .accepted(append(candidate(base(), plain(), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number()), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        add(start(AB_CONS_018, "child-on-included-head", "a child building on the included head is rejected", base())
                .accepted(append(candidate(base(), plain(), CODE)))
                .rejected(append(child(INCLUDED, CandidateCommitments.producing(b, RP.number()), CODE)), AB_CONS_018));
        Constraints ump = base().withUmp(3, 1000, 10);
        add(start(AB_CONS_019, "budget-left-by-parent", "a child may use what its parent left of the UMP queue", ump)
                .accepted(append(candidate(ump, plain().withUpwardMessages(List.of(1L, 1L)), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withUpwardMessages(List.of(1L)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        add(start(AB_CONS_019, "budget-spent-by-parent", "a child may not use what its parent already sent", ump)
                .accepted(append(candidate(ump, plain().withUpwardMessages(List.of(1L, 1L)), CODE)))
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withUpwardMessages(List.of(1L, 1L)), CODE)), AB_CONS_015));
        add(start(AB_CONS_019, "signals-not-carried-along-chain", "the UMP separator and signals of a parent take"
                + " nothing from what its child may send", ump)
                .accepted(append(candidate(ump, plain().withUpwardMessages(List.of(1L, 1L, 0L, 3L)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints())
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withUpwardMessages(List.of(1L, 0L, 3L)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        Constraints channel = base().withHrmpChannels(Map.of(P2000, new HrmpChannelLimits(25, 10)), 10);
        HeadData c = HeadData.ofLabel("c");
        add(start(AB_CONS_019, "hrmp-budget-summed-over-chain", "HRMP bytes a parent and its child sent on one channel"
                + " add up: a grandchild may use only what both left", channel)
                .accepted(append(candidate(channel, plain().withHorizontalMessages(List.of(msg(P2000, 10))), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHorizontalMessages(List.of(msg(P2000, 10))), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints())
                .rejected(append(child(b, CandidateCommitments.producing(c, RP.number())
                        .withHorizontalMessages(List.of(msg(P2000, 10))), CODE)), AB_CONS_013));
        Constraints marks = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(8)));
        add(start(AB_CONS_020, "watermark-consumed-for-child", "a child may not repeat its parent's trunk watermark",
                marks)
                .accepted(append(candidate(marks, plain().withHrmpWatermark(RelayBlockNumber.of(6)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints())
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(6)), CODE)), AB_CONS_011));
        add(start(AB_CONS_020, "kept-watermark-repeated-by-child", "from polkadot-sdk stable2506 on (PR 8860) the"
                + " matched trunk watermark stays valid: a child may repeat its parent's", marks, WATERMARK_KEPT)
                .accepted(append(candidate(marks, plain().withHrmpWatermark(RelayBlockNumber.of(6)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints())
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(6)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        add(start(AB_CONS_020, "kept-watermark-not-below", "under hrmp-watermark-kept a child still may not go below"
                + " its parent's watermark", marks, WATERMARK_KEPT)
                .accepted(append(candidate(marks, plain().withHrmpWatermark(RelayBlockNumber.of(8)), CODE)))
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(6)), CODE)), AB_CONS_011));
        add(start(AB_CONS_020, "watermark-next-for-child", "a child may use the valid watermark after its parent's",
                marks)
                .accepted(append(candidate(marks, plain().withHrmpWatermark(RelayBlockNumber.of(6)), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(8)), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        add(start(AB_CONS_020, "watermark-narrowed-for-child", "a child may not go below its parent's watermark", marks)
                .accepted(append(candidate(marks, plain().withHrmpWatermark(RelayBlockNumber.of(8)), CODE)))
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(6)), CODE)), AB_CONS_011));
        RelayParentInfo older = RelayParentInfo.ofLabel("r8", 8);
        Constraints gap = base().withValidWatermarks(List.of(RelayBlockNumber.of(6), RelayBlockNumber.of(9)));
        add(start(AB_CONS_020, "head-watermark-keeps-later", "a head watermark not in the list keeps the later valid"
                + " watermarks for the child", gap)
                .accepted(append(new ConstraintCandidate(older, CandidateCommitments.producing(a, older.number()), CODE,
                        PersistedValidationData.of(INCLUDED, older, gap.maxPovSize()))))
                .check(new ConstraintsDriver.CurrentConstraints())
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withHrmpWatermark(RelayBlockNumber.of(9)), CODE))));
        Constraints dmp = base().withDmpRemainingMessages(List.of(RelayBlockNumber.of(3), RelayBlockNumber.of(4)));
        add(start(AB_CONS_021, "dmp-queue-shortened", "a child processes what its parent left in the queue", dmp)
                .accepted(append(candidate(dmp, plain().withProcessedDownwardMessages(1), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withProcessedDownwardMessages(1), CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        add(start(AB_CONS_021, "dmp-queue-emptied", "a child may not process a message its parent processed", dmp)
                .accepted(append(candidate(dmp, plain().withProcessedDownwardMessages(2), CODE)))
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number())
                        .withProcessedDownwardMessages(1), CODE)), AB_CONS_017));
        Constraints upgrade = base().withFutureValidationCode(new FutureCode.Scheduled(RP.number(), NEW_CODE));
        add(start(AB_CONS_022, "upgrade-applied", "at the scheduled block the candidate applies the upgrade and its"
                + " child uses the new code", upgrade)
                .accepted(append(candidate(upgrade, plain(), CODE)))
                .accepted(append(child(a, CandidateCommitments.producing(b, RP.number()), NEW_CODE)))
                .check(new ConstraintsDriver.CurrentConstraints()));
        Constraints later = base().withFutureValidationCode(new FutureCode.Scheduled(RP.number().plus(1), NEW_CODE));
        add(start(AB_CONS_022, "upgrade-not-yet-applied", "one block before the scheduled block the child keeps the"
                + " old code", later)
                .accepted(append(candidate(later, plain(), CODE)))
                .rejected(append(child(a, CandidateCommitments.producing(b, RP.number()), NEW_CODE)), AB_CONS_001));
    }

    private void single(RuleId rule, String slug, String description, Constraints base,
            UnaryOperator<CandidateCommitments> commitments, boolean accepted) {
        CaseBuilder<ConstraintsDriver.Parameters, ConstraintsDriver.Event, ConstraintsDriver.Query,
                CandidateConstraintsSubject> builder = start(rule, slug, description, base);
        ConstraintsDriver.Event event = append(candidate(base, commitments.apply(plain()), CODE));
        if (accepted) {
            builder.accepted(event).check(new ConstraintsDriver.CurrentConstraints());
        } else {
            builder.rejected(event, rule).check(new ConstraintsDriver.CurrentConstraints());
        }
        add(builder);
    }

    private CaseBuilder<ConstraintsDriver.Parameters, ConstraintsDriver.Event, ConstraintsDriver.Query,
            CandidateConstraintsSubject> start(RuleId rule, String slug, String description, Constraints base) {
        return start(rule, slug, description, base, Profile.BASELINE);
    }

    /** A case of {@code profile}; {@code also} are further rules whose reading the case depends on. */
    private CaseBuilder<ConstraintsDriver.Parameters, ConstraintsDriver.Event, ConstraintsDriver.Query,
            CandidateConstraintsSubject> start(RuleId rule, String slug, String description, Constraints base,
            Profile profile, RuleId... also) {
        String id = rule.areaCode().toLowerCase() + "-" + rule.value().substring(rule.value().lastIndexOf('-') + 1)
                + "-" + slug;
        List<RuleId> rules = new ArrayList<>();
        rules.add(rule);
        rules.addAll(List.of(also));
        return CaseBuilder.start(DRIVER, id, description, rules, profile, new ConstraintsDriver.Parameters(base));
    }

    private void add(CaseBuilder<?, ?, ?, ?> builder) {
        add(builder.build(name(), version(), 0));
    }

    private static Constraints base() {
        return Constraints.permissive(INCLUDED, CODE, RelayBlockNumber.of(8));
    }

    private static CandidateCommitments plain() {
        return CandidateCommitments.producing(HeadData.ofLabel("a"), RP.number());
    }

    private static ConstraintCandidate candidate(Constraints base, CandidateCommitments commitments,
            ValidationCodeHash code) {
        return new ConstraintCandidate(RP, commitments, code, PersistedValidationData.of(INCLUDED, RP,
                base.maxPovSize()));
    }

    private static ConstraintCandidate child(HeadData parent, CandidateCommitments commitments,
            ValidationCodeHash code) {
        return new ConstraintCandidate(RP, commitments, code, PersistedValidationData.of(parent, RP,
                Constraints.DEFAULT_LIMIT));
    }

    private static ConstraintsDriver.Event append(ConstraintCandidate candidate) {
        return new ConstraintsDriver.Append(candidate);
    }

    private static OutboundHrmpMessage msg(ParaId recipient, long size) {
        return new OutboundHrmpMessage(recipient, size);
    }
}
