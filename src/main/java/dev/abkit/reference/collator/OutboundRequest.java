package dev.abkit.reference.collator;

import dev.abkit.model.ParaId;
import dev.abkit.reference.segment.UsedBandwidth;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a block finds when it chooses its outbound messages in {@code on_finalize}: the messaging state of its relay
 * parent, what the unincluded segment (its unincluded ancestors) already used, the host configuration's per-candidate
 * limits, and the messages waiting to go out, upward in order and horizontal in order per recipient.
 */
public record OutboundRequest(MessagingState relayState, UsedBandwidth segmentUsed, long maxUpwardMessagesPerCandidate,
        long maxHorizontalMessagesPerCandidate, List<Message> pendingUpward,
        SortedMap<ParaId, List<Message>> pendingHorizontal) {
    public OutboundRequest {
        if (relayState == null || segmentUsed == null) {
            throw new IllegalArgumentException("an outbound request needs the relay state and the segment's usage");
        }
        if (maxUpwardMessagesPerCandidate < 0 || maxHorizontalMessagesPerCandidate < 0) {
            throw new IllegalArgumentException("expected non-negative per-candidate limits");
        }
        pendingUpward = List.copyOf(pendingUpward);
        TreeMap<ParaId, List<Message>> copy = new TreeMap<>();
        pendingHorizontal.forEach((para, messages) -> copy.put(para, List.copyOf(messages)));
        pendingHorizontal = Collections.unmodifiableSortedMap(copy);
    }
}
