package dev.abkit.reference.collator;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Downward messages in order, and horizontal messages in order per sender. */
public record InboundMessages(List<InboundMessage> downward, SortedMap<ParaId, List<InboundMessage>> horizontal) {
    public InboundMessages {
        downward = List.copyOf(downward);
        TreeMap<ParaId, List<InboundMessage>> copy = new TreeMap<>();
        horizontal.forEach((para, messages) -> copy.put(para, List.copyOf(messages)));
        horizontal = Collections.unmodifiableSortedMap(copy);
    }
}
