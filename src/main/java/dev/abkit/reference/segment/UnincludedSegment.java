package dev.abkit.reference.segment;

import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_002;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_003;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_004;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_006;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_007;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_008;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_009;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_010;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_011;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_012;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_002;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_003;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_004;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_006;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_007;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_008;

import dev.abkit.catalog.Variant;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parachain runtime's unincluded segment and velocity hook across blocks, the executable form of areas SEG and
 * VEL. Each {@link AuthorBlock} is decided in upstream's order: slot bookkeeping of the parachain-slot hook
 * (AB-VEL-005), relay-parent number (AB-VEL-001), velocity and slot (AB-VEL-002 to AB-VEL-006), included head
 * (AB-SEG-004), eviction (AB-SEG-002, AB-SEG-003), capacity (AB-SEG-001), upgrade signal (AB-SEG-011, AB-SEG-010),
 * HRMP watermark (AB-SEG-009) and bandwidth (AB-SEG-005 to AB-SEG-008). A rejected block leaves the state unchanged.
 */
public final class UnincludedSegment {
    private final SegmentParams params;
    private final Checks checks;
    private SegmentView state;

    /** A chain whose only block is {@code genesisHead}: empty segment, no watermark, no recorded slot. */
    public UnincludedSegment(SegmentParams params, HeadData genesisHead, Checks checks) {
        if (params == null || genesisHead == null || checks == null) {
            throw new IllegalArgumentException("the unincluded segment needs parameters, a genesis head and checks");
        }
        this.params = params;
        this.checks = checks;
        this.state = new SegmentView(List.of(), genesisHead, UsedBandwidth.NONE, SegmentWatermark.unset(),
                UpgradeSignal.NONE, RelayBlockNumber.of(0), SlotInfo.unrecorded());
    }

    /** The observable state after the latest accepted block. */
    public SegmentView view() {
        return state;
    }

    /** Authors a block on top of the current tip: accepted and appended, or rejected naming the rule it broke. */
    public Outcome author(AuthorBlock event) {
        SegmentView[] next = new SegmentView[1];
        Outcome outcome = Checks.decide(() -> next[0] = transition(state, event));
        if (outcome.isAccepted()) {
            state = next[0];
        }
        return outcome;
    }

    /**
     * The number of ancestors after the first one whose head is {@code includedHead}, or the full length if none
     * is; the newest ancestor never matches, as its head hash is not yet known in its own post-state (AB-SEG-012).
     */
    public int sizeAfterIncluded(HeadData includedHead) {
        List<Ancestor> segment = state.segment();
        // Upstream fills an ancestor's head hash in the next block's on_initialize, so the tip has none yet.
        for (int i = 0; i < segment.size() - 1; i++) {
            if (segment.get(i).head().equals(includedHead)) {
                checks.held(AB_SEG_012);
                return segment.size() - (i + 1);
            }
        }
        checks.fired(AB_SEG_012);
        return segment.size();
    }

    /**
     * Whether a collator may build on the current tip, assuming {@code includedHead} is included at the relay
     * parent and the next block is in {@code slot}: true when no slot is recorded (AB-VEL-008); otherwise false on
     * a full segment, and on the recorded slot only while fewer than V+1 blocks were authored (AB-VEL-007).
     */
    public boolean canBuildUpon(HeadData includedHead, long slot) {
        if (!(state.slotInfo() instanceof SlotInfo.Recorded recorded)) {
            checks.fired(AB_VEL_008);
            return true;
        }
        checks.held(AB_VEL_008);
        boolean allowed;
        if (sizeAfterIncluded(includedHead) >= params.effectiveCapacity()) {
            allowed = false;
        } else if (slot < recorded.slot()) {
            allowed = false;
        } else if (slot > recorded.slot()) {
            allowed = true;
        } else {
            allowed = recorded.authored() < velocity() + 1L;
        }
        return checks.report(AB_VEL_007, allowed);
    }

    private SegmentView transition(SegmentView before, AuthorBlock event) {
        RelayParentProof proof = event.proof();
        ParaBlock block = event.block();

        SlotInfo slotInfo;
        if (params.hasVelocityHook() && params.countsParaSlots()) {
            // aura-ext records the parachain slot in on_initialize, before the validation-data inherent runs.
            SlotInfo.Recorded counted = countParaSlot(before.slotInfo(), block.paraSlot());
            checkRelayParentNumber(before.lastRelayParentNumber(), proof.number());
            slotInfo = checkParaSlotVelocity(counted, proof, block);
        } else {
            checkRelayParentNumber(before.lastRelayParentNumber(), proof.number());
            slotInfo = params.hasVelocityHook()
                    ? checkRelaySlotVelocity(before.slotInfo(), proof, block)
                    : before.slotInfo();
        }

        HeadData included = includedHead(proof, before.tip());
        List<Ancestor> kept = new ArrayList<>(before.segment());
        UsedBandwidth aggregate = before.usedBandwidth();
        UpgradeSignal consumed = before.consumedUpgradeSignal();
        int pivot = indexOf(kept, included);
        if (pivot >= 0) {
            checks.fired(AB_SEG_002);
            for (Ancestor dropped : kept.subList(0, pivot + 1)) {
                aggregate = aggregate.minus(dropped.used());
                if (dropped.consumedUpgradeSignal().isPresent()) {
                    if (dropped.consumedUpgradeSignal() != consumed) {
                        throw new IllegalStateException("evicted ancestor consumed " + dropped.consumedUpgradeSignal()
                                + " but the segment holds " + consumed);
                    }
                    consumed = UpgradeSignal.NONE;
                }
            }
            kept.subList(0, pivot + 1).clear();
        } else {
            checks.fired(AB_SEG_003);
        }

        int capacity = params.effectiveCapacity();
        checks.require(AB_SEG_001, kept.size() < capacity,
                "%d unincluded ancestors remain after eviction; capacity %d requires new_len < capacity",
                kept.size(), capacity);

        if (consumed.isPresent()) {
            checks.require(AB_SEG_011, proof.upgradeSignal() == consumed,
                    "an ancestor in the segment consumed %s but the relay parent reports %s",
                    consumed, proof.upgradeSignal());
        }
        UpgradeSignal blockConsumes = block.consumesUpgradeSignal() ? proof.upgradeSignal() : UpgradeSignal.NONE;
        checks.require(AB_SEG_010, !(consumed.isPresent() && blockConsumes.isPresent()),
                "the block consumes %s but an ancestor in the segment already consumed %s", blockConsumes, consumed);

        long watermark = checkWatermark(before.hrmpWatermark(), block.hrmpWatermark(), proof.number());
        UsedBandwidth total = checkBandwidth(aggregate, block.used(), proof.limits());

        kept.add(new Ancestor(block.head(), block.used(), blockConsumes));
        return new SegmentView(kept, block.head(), total, SegmentWatermark.at(watermark),
                blockConsumes.isPresent() ? blockConsumes : consumed, proof.number(), slotInfo);
    }

    private void checkRelayParentNumber(RelayBlockNumber previous, RelayBlockNumber current) {
        if (params.profile().has(Variant.RELAY_NUMBER_STRICTLY_INCREASES)) {
            checks.require(AB_VEL_001, current.isAfter(previous),
                    "relay-parent number %d does not strictly increase over the previous block's %d",
                    current.value(), previous.value());
        } else {
            checks.require(AB_VEL_001, !current.isBefore(previous),
                    "relay-parent number %d is lower than the previous block's %d", current.value(), previous.value());
        }
    }

    /** The baseline hook: at most V+1 blocks per relay-chain slot, parachain slot not ahead of the relay chain. */
    private SlotInfo checkRelaySlotVelocity(SlotInfo recordedInfo, RelayParentProof proof, ParaBlock block) {
        long relaySlot = proof.relaySlot();
        long previous = 0;
        if (recordedInfo instanceof SlotInfo.Recorded recorded) {
            checks.require(AB_VEL_005, recorded.slot() <= relaySlot,
                    "relay-chain slot %d is lower than the recorded slot %d", relaySlot, recorded.slot());
            if (recorded.slot() == relaySlot) {
                checks.held(AB_VEL_004);
                previous = recorded.authored();
            } else {
                checks.fired(AB_VEL_004);
            }
        } else {
            checks.fired(AB_VEL_004);
        }
        long perSlot = velocity() + 1L;
        checks.require(AB_VEL_002, previous < perSlot,
                "%d blocks were already authored in relay-chain slot %d; the velocity allows %d per slot",
                previous, relaySlot, perSlot);
        long derived = derivedParaSlot(relaySlot);
        if (params.profile().has(Variant.AURA_SLOT_EXACT)) {
            checks.require(AB_VEL_006, block.paraSlot() == derived,
                    "parachain slot %d does not match slot %d derived from relay-chain slot %d",
                    block.paraSlot(), derived, relaySlot);
        } else {
            checks.require(AB_VEL_006, block.paraSlot() <= derived,
                    "parachain slot %d is ahead of slot %d derived from relay-chain slot %d",
                    block.paraSlot(), derived, relaySlot);
        }
        return SlotInfo.of(relaySlot, previous + 1);
    }

    /** The parachain-slot hook, first half: the slot and count recorded when the block is initialised. */
    private SlotInfo.Recorded countParaSlot(SlotInfo recordedInfo, long paraSlot) {
        if (recordedInfo instanceof SlotInfo.Recorded recorded) {
            checks.require(AB_VEL_005, recorded.slot() <= paraSlot,
                    "parachain slot %d is lower than the recorded slot %d", paraSlot, recorded.slot());
            if (recorded.slot() == paraSlot) {
                checks.held(AB_VEL_004);
                return new SlotInfo.Recorded(paraSlot, recorded.authored() + 1);
            }
        }
        checks.fired(AB_VEL_004);
        return new SlotInfo.Recorded(paraSlot, 1);
    }

    /** The parachain-slot hook, second half: slot equal to the derived slot, at most V+1 blocks in it. */
    private SlotInfo checkParaSlotVelocity(SlotInfo.Recorded counted, RelayParentProof proof, ParaBlock block) {
        long derived = derivedParaSlot(proof.relaySlot());
        checks.require(AB_VEL_006, block.paraSlot() == derived,
                "parachain slot %d differs from slot %d derived from relay-chain slot %d",
                block.paraSlot(), derived, proof.relaySlot());
        long perSlot = velocity() + 1L;
        checks.require(AB_VEL_002, counted.authored() <= perSlot,
                "%d blocks authored in parachain slot %d counting this one; the velocity allows %d per slot",
                counted.authored(), counted.slot(), perSlot);
        return counted;
    }

    /** The velocity the hook compares with: V, or 1 when V is zero (AB-VEL-003). */
    private int velocity() {
        if (params.velocity() == 0) {
            checks.held(AB_VEL_003);
            return 1;
        }
        return params.velocity();
    }

    /** floor(relay_slot * relay_slot_duration / para_slot_duration), the relay timestamp saturating at u64. */
    private long derivedParaSlot(long relaySlot) {
        BigInteger timestamp = BigInteger.valueOf(relaySlot).multiply(BigInteger.valueOf(params.relaySlotMillis()))
                .min(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        BigInteger slot = timestamp.divide(BigInteger.valueOf(params.paraSlotMillis()));
        return slot.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
    }

    private HeadData includedHead(RelayParentProof proof, HeadData parent) {
        if (proof.includedHead() instanceof IncludedHead.Proven proven) {
            if (params.expectsParentIncluded()) {
                checks.require(AB_SEG_004, proven.head().equals(parent),
                        "the relay parent proves %s included but the parent is %s", proven.head(), parent);
            } else {
                checks.held(AB_SEG_004);
            }
            return proven.head();
        }
        checks.require(AB_SEG_004, params.expectsParentIncluded(),
                "the relay-parent proof carries no included head");
        return parent;
    }

    private static int indexOf(List<Ancestor> segment, HeadData head) {
        for (int i = 0; i < segment.size(); i++) {
            if (segment.get(i).head().equals(head)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the value the segment tracks after this block: the watermark, clamped to the relay parent. */
    private long checkWatermark(SegmentWatermark tracked, RelayBlockNumber submitted, RelayBlockNumber relayParent) {
        boolean head = !submitted.isBefore(relayParent);
        if (head) {
            checks.held(AB_SEG_009);
            return relayParent.value();
        }
        long value = submitted.value();
        if (tracked instanceof SegmentWatermark.At at) {
            long latest = at.number().value();
            if (params.profile().has(Variant.WATERMARK_EQUAL_ALLOWED)) {
                checks.require(AB_SEG_009, value >= latest,
                        "HRMP watermark %d is lower than the segment's latest %d", value, latest);
            } else {
                checks.require(AB_SEG_009, value > latest,
                        "HRMP watermark %d does not exceed the segment's latest %d", value, latest);
            }
        } else {
            checks.held(AB_SEG_009);
        }
        return value;
    }

    /** Returns the segment's bandwidth including the new block, checking each limit in upstream's order. */
    private UsedBandwidth checkBandwidth(UsedBandwidth aggregate, UsedBandwidth used, BandwidthLimits limits) {
        UsedBandwidth total = aggregate.plus(used);
        checks.require(AB_SEG_005, total.umpMessages() <= limits.umpMessagesRemaining(),
                "the segment would send %d UMP messages but %d remain", total.umpMessages(),
                limits.umpMessagesRemaining());
        checks.require(AB_SEG_006, total.umpBytes() <= limits.umpBytesRemaining(),
                "the segment would send %d UMP bytes but %d remain", total.umpBytes(), limits.umpBytesRemaining());
        for (Map.Entry<ParaId, ChannelUsage> entry : used.hrmp().entrySet()) {
            ParaId recipient = entry.getKey();
            ChannelLimits channel = limits.hrmpChannels().get(recipient);
            checks.require(AB_SEG_007, channel != null,
                    "the block sends HRMP messages to %s but the relay parent has no channel limits for it", recipient);
            ChannelUsage sum = total.toRecipient(recipient);
            checks.require(AB_SEG_007, sum.messages() <= channel.messagesRemaining(),
                    "the segment would send %d HRMP messages to %s but %d remain", sum.messages(), recipient,
                    channel.messagesRemaining());
            checks.require(AB_SEG_008, sum.bytes() <= channel.bytesRemaining(),
                    "the segment would send %d HRMP bytes to %s but %d remain", sum.bytes(), recipient,
                    channel.bytesRemaining());
        }
        return total;
    }
}
