package dev.abkit.reference.collator;

import static dev.abkit.reference.collator.CollatorRules.AB_RTD_001;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_002;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_003;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_004;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_005;

import dev.abkit.model.Checks;
import dev.abkit.model.ParaId;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parachain runtime's own decisions while a block is built (upstream cumulus {@code parachain-system} lib.rs:
 * {@code on_finalize}, {@code set_validation_data}, {@code drop_processed_messages_from_inherent};
 * {@code unincluded_segment.rs} {@code OutboundBandwidthLimits::from_relay_chain_state}). The unincluded-segment
 * subject checks a block's bandwidth, watermark and signal as given; these functions decide them, so that the segment
 * never has to reject what the runtime chose (AB-SEG-005 to AB-SEG-008 are the guard, AB-RTD-001 to AB-RTD-005 the
 * choice).
 */
public final class AuthoringRuntime {
    private final Checks checks;

    public AuthoringRuntime(Checks checks) {
        this.checks = checks;
    }

    /**
     * The limits for the whole segment including the new block: the relay dispatch queue's remaining count and size,
     * and per channel its capacity minus its queued messages and bytes, never below zero (AB-RTD-004).
     */
    public BandwidthLimits outboundLimits(MessagingState state) {
        TreeMap<ParaId, ChannelLimits> channels = new TreeMap<>();
        state.egressChannels().forEach((para, c) -> {
            boolean countFits = checks.report(AB_RTD_004, c.msgCount() <= c.maxCapacity());
            boolean sizeFits = checks.report(AB_RTD_004, c.totalSize() <= c.maxTotalSize());
            channels.put(para, ChannelLimits.of(countFits ? c.maxCapacity() - c.msgCount() : 0,
                    sizeFits ? c.maxTotalSize() - c.totalSize() : 0));
        });
        return new BandwidthLimits(state.relayDispatchRemainingCount(), state.relayDispatchRemainingSize(), channels);
    }

    /**
     * The messages a block sends: the longest prefix of the upward queue within the limits left by the relay and the
     * segment and the per-candidate count (AB-RTD-001); then at most one horizontal message per recipient, in
     * ascending recipient order, up to the per-candidate count: the first queued message that fits a channel that
     * exists and is not full after the segment's usage (AB-RTD-002). Everything else is kept for a later block.
     */
    public OutboundSelection selectOutbound(OutboundRequest r) {
        MessagingState state = r.relayState();
        UsedBandwidth segment = r.segmentUsed();
        long countLeft = Math.min(Math.max(0, state.relayDispatchRemainingCount() - segment.umpMessages()),
                r.maxUpwardMessagesPerCandidate());
        long sizeLeft = Math.max(0, state.relayDispatchRemainingSize() - segment.umpBytes());
        List<Message> sentUpward = new ArrayList<>();
        long upwardBytes = 0;
        for (Message message : r.pendingUpward()) {
            boolean fits = sentUpward.size() + 1 <= countLeft && upwardBytes + message.bytes() <= sizeLeft;
            if (!checks.report(AB_RTD_001, fits)) {
                break;
            }
            sentUpward.add(message);
            upwardBytes += message.bytes();
        }
        List<Message> keptUpward = r.pendingUpward().subList(sentUpward.size(), r.pendingUpward().size());

        TreeMap<ParaId, Message> sentHorizontal = new TreeMap<>();
        TreeMap<ParaId, List<Message>> keptHorizontal = new TreeMap<>();
        TreeMap<ParaId, ChannelUsage> used = new TreeMap<>();
        for (Map.Entry<ParaId, List<Message>> queue : r.pendingHorizontal().entrySet()) {
            List<Message> messages = queue.getValue();
            if (messages.isEmpty()) {
                continue;
            }
            ParaId recipient = queue.getKey();
            EgressChannel channel = state.egressChannels().get(recipient);
            ChannelUsage usedBySegment = segment.hrmp().getOrDefault(recipient, ChannelUsage.EMPTY);
            List<Message> kept = new ArrayList<>(messages);
            for (Message message : messages) {
                boolean sends = sentHorizontal.size() < r.maxHorizontalMessagesPerCandidate()
                        && !sentHorizontal.containsKey(recipient) && fits(channel, usedBySegment, message);
                if (checks.report(AB_RTD_002, sends)) {
                    sentHorizontal.put(recipient, message);
                    used.put(recipient, ChannelUsage.of(1, message.bytes()));
                    kept.remove(message);
                }
            }
            if (!kept.isEmpty()) {
                keptHorizontal.put(recipient, kept);
            }
        }
        return new OutboundSelection(sentUpward, keptUpward, sentHorizontal, keptHorizontal,
                new UsedBandwidth(sentUpward.size(), upwardBytes, used));
    }

    /**
     * Whether one message fits a channel after the segment's usage (upstream {@code adjust_egress_bandwidth_limits}
     * clamps the usage to the capacity, then {@code get_channel_status}): a closed channel takes nothing, a channel
     * with {@code msg_count + 1 > max_capacity} is full, otherwise the message must fit the bytes left and the
     * maximum message size.
     */
    private static boolean fits(EgressChannel channel, ChannelUsage segment, Message message) {
        if (channel == null) {
            return false;
        }
        long count = Math.min(channel.msgCount() + segment.messages(), channel.maxCapacity());
        long total = Math.min(channel.totalSize() + segment.bytes(), channel.maxTotalSize());
        return count + 1 <= channel.maxCapacity()
                && message.bytes() <= channel.maxTotalSize() - total
                && message.bytes() <= channel.maxMessageSize();
    }

    /**
     * What the block does with the relay chain's upgrade signal: once an unincluded ancestor consumed a signal, the
     * same signal is ignored (and another one is a panic); otherwise a go-ahead applies the pending code (a panic
     * without pending code) and an abort discards it (AB-RTD-003).
     */
    public GoAheadDecision goAhead(GoAheadSituation s) {
        UpgradeSignal relay = s.relaySignal();
        if (s.consumedInSegment().isPresent()) {
            return new GoAheadDecision(checks.report(AB_RTD_003, relay == s.consumedInSegment())
                    ? GoAheadAction.IGNORE_CONSUMED : GoAheadAction.PANIC_SIGNAL_MISMATCH, UpgradeSignal.NONE);
        }
        GoAheadAction action = switch (relay) {
            case NONE -> GoAheadAction.NOTHING;
            case GO_AHEAD -> checks.report(AB_RTD_003, s.pendingCode())
                    ? GoAheadAction.APPLY_CODE : GoAheadAction.PANIC_NO_PENDING_CODE;
            case ABORT -> GoAheadAction.DISCARD_CODE;
        };
        return new GoAheadDecision(action, relay);
    }

    /**
     * The inbound messages the block still processes: from the start of each queue, those sent at or before the
     * parent's relay-parent number were processed by an ancestor and are dropped (AB-RTD-005).
     */
    public InboundMessages toProcess(InboundRequest r) {
        long last = r.lastRelayChainBlockNumber();
        TreeMap<ParaId, List<InboundMessage>> horizontal = new TreeMap<>();
        r.offered().horizontal().forEach((para, messages) -> horizontal.put(para, unprocessed(messages, last)));
        return new InboundMessages(unprocessed(r.offered().downward(), last), horizontal);
    }

    private List<InboundMessage> unprocessed(List<InboundMessage> messages, long last) {
        int processed = 0;
        while (processed < messages.size()
                && !checks.report(AB_RTD_005, messages.get(processed).sentAt() > last)) {
            processed++;
        }
        return messages.subList(processed, messages.size());
    }
}
