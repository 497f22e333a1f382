package dev.abkit.reference.collator;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outbound part of the relay-chain messaging state in the relay-parent state proof (upstream
 * {@code MessagingStateSnapshot}): the relay dispatch queue's remaining message count and size, and the outbound
 * HRMP channels by recipient.
 */
public record MessagingState(long relayDispatchRemainingCount, long relayDispatchRemainingSize,
        SortedMap<ParaId, EgressChannel> egressChannels) {
    public MessagingState {
        if (relayDispatchRemainingCount < 0 || relayDispatchRemainingSize < 0) {
            throw new IllegalArgumentException("expected a non-negative remaining dispatch queue");
        }
        egressChannels = Collections.unmodifiableSortedMap(new TreeMap<>(egressChannels));
    }
}
