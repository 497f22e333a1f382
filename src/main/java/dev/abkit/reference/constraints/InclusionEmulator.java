package dev.abkit.reference.constraints;

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
import dev.abkit.catalog.Variant;
import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference inclusion emulator: decides whether a candidate satisfies the constraints of its relay parent and
 * its unincluded ancestors (area CONS), and computes the constraints its children are checked against.
 *
 * <p>Checks run in the order of the newest upstream emulator: commitments first (code hash, head size, relay parent
 * age, upgrade restriction, code size, HRMP count), then validation data, DMP, UMP count and the outputs against the
 * remaining budgets. Upstream changed this order between versions, so a case that breaks two of these rules at once
 * is not a conformance case.
 *
 * <p>Not final: a subclass may change how modifications apply along a chain, which the kit's own tests use to build
 * faulty nodes; the reference uses this class as it is.
 */
public class InclusionEmulator {
    private final Checks checks;
    private final boolean keepsMatchedWatermark;

    /** The baseline emulator. */
    public InclusionEmulator(Checks checks) {
        this(checks, Profile.BASELINE);
    }

    /** The emulator of a profile: under hrmp-watermark-kept a matched trunk watermark stays valid (AB-CONS-020). */
    public InclusionEmulator(Checks checks, Profile profile) {
        this.checks = checks;
        this.keepsMatchedWatermark = profile.has(Variant.HRMP_WATERMARK_KEPT);
    }

    /**
     * Checks a candidate against {@code constraints} and returns its modifications. Throws
     * {@link dev.abkit.model.RuleViolation} naming the first CONS rule that fires.
     */
    public ConstraintModifications check(
            RelayParentInfo relayParent,
            Constraints constraints,
            CandidateCommitments commitments,
            ValidationCodeHash codeHash,
            PersistedValidationData validationData) {
        ConstraintModifications modifications = modificationsOf(relayParent, commitments, constraints);
        checkCommitments(relayParent, constraints, commitments, codeHash);
        checkValidationData(relayParent, constraints, validationData);
        checkDownwardAdvancement(relayParent, constraints, commitments);
        checks.require(AB_CONS_009, modifications.umpMessagesSent() <= constraints.maxUmpNumPerCandidate(),
                "%d upward messages exceed max_upward_message_num_per_candidate %d",
                modifications.umpMessagesSent(), constraints.maxUmpNumPerCandidate());
        checkOutputs(constraints, modifications);
        return modifications;
    }

    /**
     * The checks that need no parent candidate (upstream validate_commitments): code hash, head size, relay-parent
     * age, upgrade restriction, code size and HRMP count (AB-CONS-001 to AB-CONS-006). The fragment chain of the
     * unconnected-validated variant runs them alone for a candidate whose parent is unknown.
     */
    public void checkCommitments(RelayParentInfo relayParent, Constraints constraints, CandidateCommitments commitments,
            ValidationCodeHash codeHash) {
        checks.require(AB_CONS_001, codeHash.equals(constraints.validationCodeHash()),
                "validation code hash expected %s but was %s", constraints.validationCodeHash(), codeHash);
        checks.require(AB_CONS_002, commitments.headData().size() <= constraints.maxHeadDataSize(),
                "head data of %d bytes exceeds max_head_data_size %d", commitments.headData().size(),
                constraints.maxHeadDataSize());
        checks.require(AB_CONS_003, !relayParent.number().isBefore(constraints.minRelayParentNumber()),
                "relay parent %s is older than min_relay_parent_number %s", relayParent.number(),
                constraints.minRelayParentNumber());
        boolean carriesCode = commitments.newValidationCode() instanceof NewCode.Present;
        checks.require(AB_CONS_004, !(carriesCode && constraints.upgradeRestricted()),
                "new validation code while an upgrade restriction is present");
        long codeSize = commitments.newValidationCode() instanceof NewCode.Present present ? present.size() : 0;
        checks.require(AB_CONS_005, codeSize <= constraints.maxCodeSize(),
                "new code of %d bytes exceeds max_code_size %d", codeSize, constraints.maxCodeSize());
        checks.require(AB_CONS_006, commitments.horizontalMessages().size() <= constraints.maxHrmpNumPerCandidate(),
                "%d horizontal messages exceed max_hrmp_num_per_candidate %d", commitments.horizontalMessages().size(),
                constraints.maxHrmpNumPerCandidate());
    }


    /**
     * The constraints a child of a chain is checked against: {@code base} after the chain's stacked
     * {@code modifications} (AB-CONS-018 to AB-CONS-022). Throws {@link dev.abkit.model.RuleViolation} when the
     * modifications do not fit the base.
     */
    public Constraints apply(Constraints base, ConstraintModifications modifications) {
        List<RelayBlockNumber> watermarks = narrowWatermarks(base.validWatermarks(), modifications.hrmpWatermark());
        TreeMap<ParaId, HrmpChannelLimits> channels = new TreeMap<>(base.hrmpChannelsOut());
        for (Map.Entry<ParaId, HrmpChannelUsage> e : modifications.outboundHrmp().entrySet()) {
            HrmpChannelLimits limits = channels.get(e.getKey());
            checks.require(AB_CONS_019, limits != null, "no outbound HRMP channel to %s", e.getKey());
            HrmpChannelUsage used = e.getValue();
            checks.require(AB_CONS_019, used.bytesSubmitted() <= limits.bytesRemaining()
                            && used.messagesSubmitted() <= limits.messagesRemaining(),
                    "chain sent %d bytes, %d messages to %s but the channel had %d bytes, %d messages left",
                    used.bytesSubmitted(), used.messagesSubmitted(), e.getKey(), limits.bytesRemaining(),
                    limits.messagesRemaining());
            channels.put(e.getKey(), new HrmpChannelLimits(limits.bytesRemaining() - used.bytesSubmitted(),
                    limits.messagesRemaining() - used.messagesSubmitted()));
        }
        checks.require(AB_CONS_019, modifications.umpMessagesSent() <= base.umpRemaining()
                        && modifications.umpBytesSent() <= base.umpRemainingBytes(),
                "chain sent %d upward messages, %d bytes but the queue had %d messages, %d bytes left",
                modifications.umpMessagesSent(), modifications.umpBytesSent(), base.umpRemaining(),
                base.umpRemainingBytes());
        checks.require(AB_CONS_021, modifications.dmpMessagesProcessed() <= base.dmpRemainingMessages().size(),
                "chain processed %d downward messages but %d were queued", modifications.dmpMessagesProcessed(),
                base.dmpRemainingMessages().size());
        List<RelayBlockNumber> dmp = base.dmpRemainingMessages()
                .subList((int) modifications.dmpMessagesProcessed(), base.dmpRemainingMessages().size());
        Constraints result = base
                .withRequiredParent(modifications.requiredParent())
                .withValidWatermarks(watermarks)
                .withHrmpChannels(channels, base.maxHrmpNumPerCandidate())
                .withUmp(base.umpRemaining() - modifications.umpMessagesSent(),
                        base.umpRemainingBytes() - modifications.umpBytesSent(), base.maxUmpNumPerCandidate())
                .withDmpRemainingMessages(dmp);
        if (modifications.codeUpgradeApplied()) {
            checks.require(AB_CONS_022, base.futureValidationCode() instanceof FutureCode.Scheduled,
                    "a code upgrade was applied but none is scheduled");
            FutureCode.Scheduled scheduled = (FutureCode.Scheduled) base.futureValidationCode();
            result = result.withValidationCodeHash(scheduled.hash()).withFutureValidationCode(FutureCode.NONE);
        }
        return result;
    }

    /**
     * What a candidate changes for its children: its output head becomes the required parent, its watermark, the
     * messages it sent and processed, and whether its relay parent reaches a scheduled upgrade (AB-CONS-022).
     */
    public ConstraintModifications modificationsOf(
            RelayParentInfo relayParent, CandidateCommitments commitments, Constraints constraints) {
        TreeMap<ParaId, HrmpChannelUsage> outbound = new TreeMap<>();
        ParaId last = null;
        for (int i = 0; i < commitments.horizontalMessages().size(); i++) {
            OutboundHrmpMessage message = commitments.horizontalMessages().get(i);
            checks.require(AB_CONS_010, last == null || last.compareTo(message.recipient()) < 0,
                    "horizontal message %d to %s does not follow %s in strictly ascending order", i,
                    message.recipient(), last);
            last = message.recipient();
            outbound.put(message.recipient(), new HrmpChannelUsage(message.size(), 1));
        }
        boolean upgradeApplied = false;
        if (constraints.futureValidationCode() instanceof FutureCode.Scheduled scheduled) {
            // Fired while the scheduled upgrade's block is still after the relay parent.
            upgradeApplied = checks.report(AB_CONS_022, !relayParent.number().isBefore(scheduled.at()));
        }
        return new ConstraintModifications(
                commitments.headData(),
                HrmpWatermarkUpdate.of(commitments.hrmpWatermark(), relayParent.number()),
                outbound,
                commitments.queuedUpwardMessages().size(),
                commitments.upwardBytes(),
                commitments.processedDownwardMessages(),
                upgradeApplied);
    }

    private void checkValidationData(
            RelayParentInfo relayParent, Constraints constraints, PersistedValidationData validationData) {
        checks.require(AB_CONS_018, validationData.parentHead().equals(constraints.requiredParent()),
                "parent head expected %s but was %s", constraints.requiredParent(), validationData.parentHead());
        PersistedValidationData expected =
                PersistedValidationData.of(constraints.requiredParent(), relayParent, constraints.maxPovSize());
        checks.require(AB_CONS_007, expected.equals(validationData),
                "persisted validation data expected (relay parent %s, storage root %s, max_pov_size %d) but was"
                        + " (relay parent %s, storage root %s, max_pov_size %d)",
                expected.relayParentNumber(), expected.relayParentStorageRoot().shortForm(), expected.maxPovSize(),
                validationData.relayParentNumber(), validationData.relayParentStorageRoot().shortForm(),
                validationData.maxPovSize());
    }

    private void checkDownwardAdvancement(
            RelayParentInfo relayParent, Constraints constraints, CandidateCommitments commitments) {
        List<RelayBlockNumber> queue = constraints.dmpRemainingMessages();
        boolean stalls = commitments.processedDownwardMessages() == 0
                && !queue.isEmpty()
                && !queue.get(0).isAfter(relayParent.number());
        checks.require(AB_CONS_008, !stalls,
                "no downward message processed while one sent at %s <= relay parent %s is queued",
                queue.isEmpty() ? "-" : queue.get(0), relayParent.number());
    }

    private void checkOutputs(Constraints constraints, ConstraintModifications modifications) {
        if (modifications.hrmpWatermark() instanceof HrmpWatermarkUpdate.Trunk trunk) {
            checks.require(AB_CONS_011, constraints.validWatermarks().contains(trunk.watermark()),
                    "HRMP watermark %s is not one of the valid watermarks %s", trunk.watermark(),
                    constraints.validWatermarks());
        } else {
            checks.held(AB_CONS_011);
        }
        for (Map.Entry<ParaId, HrmpChannelUsage> e : modifications.outboundHrmp().entrySet()) {
            HrmpChannelLimits limits = constraints.hrmpChannelsOut().get(e.getKey());
            checks.require(AB_CONS_012, limits != null, "no outbound HRMP channel to %s", e.getKey());
            checks.require(AB_CONS_013, e.getValue().bytesSubmitted() <= limits.bytesRemaining(),
                    "%d HRMP bytes to %s exceed the %d remaining", e.getValue().bytesSubmitted(), e.getKey(),
                    limits.bytesRemaining());
            checks.require(AB_CONS_014, e.getValue().messagesSubmitted() <= limits.messagesRemaining(),
                    "%d HRMP messages to %s exceed the %d remaining", e.getValue().messagesSubmitted(), e.getKey(),
                    limits.messagesRemaining());
        }
        checks.require(AB_CONS_015, modifications.umpMessagesSent() <= constraints.umpRemaining(),
                "%d upward messages exceed the %d remaining in the relay queue", modifications.umpMessagesSent(),
                constraints.umpRemaining());
        checks.require(AB_CONS_016, modifications.umpBytesSent() <= constraints.umpRemainingBytes(),
                "%d upward bytes exceed the %d remaining in the relay queue", modifications.umpBytesSent(),
                constraints.umpRemainingBytes());
        checks.require(AB_CONS_017,
                modifications.dmpMessagesProcessed() <= constraints.dmpRemainingMessages().size(),
                "%d downward messages processed but only %d queued", modifications.dmpMessagesProcessed(),
                constraints.dmpRemainingMessages().size());
    }

    /**
     * The valid watermarks left for descendants (AB-CONS-020): a matched watermark is consumed with the earlier ones,
     * as in the baseline emulator (drain(..pos + 1)), or kept under hrmp-watermark-kept (drain(..pos), PR 8860).
     */
    private List<RelayBlockNumber> narrowWatermarks(List<RelayBlockNumber> valid, HrmpWatermarkUpdate update) {
        int pos = Collections.binarySearch(valid, update.watermark());
        if (pos >= 0) {
            return new ArrayList<>(valid.subList(keepsMatchedWatermark ? pos : pos + 1, valid.size()));
        }
        checks.require(AB_CONS_020, update instanceof HrmpWatermarkUpdate.Head,
                "HRMP watermark %s is not one of the valid watermarks %s", update.watermark(), valid);
        int insertion = -pos - 1;
        return new ArrayList<>(valid.subList(insertion, valid.size()));
    }
}
