package dev.abkit.reference.collator;

import dev.abkit.model.ParaId;
import dev.abkit.reference.segment.UsedBandwidth;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outbound messages a block sends and those it keeps for a later block (AB-RTD-001, AB-RTD-002), and the
 * bandwidth the block adds to the unincluded segment.
 */
public record OutboundSelection(List<Message> sentUpward, List<Message> keptUpward,
        SortedMap<ParaId, Message> sentHorizontal, SortedMap<ParaId, List<Message>> keptHorizontal,
        UsedBandwidth used) {
    public OutboundSelection {
        sentUpward = List.copyOf(sentUpward);
        keptUpward = List.copyOf(keptUpward);
        sentHorizontal = Collections.unmodifiableSortedMap(new TreeMap<>(sentHorizontal));
        TreeMap<ParaId, List<Message>> kept = new TreeMap<>();
        keptHorizontal.forEach((para, messages) -> kept.put(para, List.copyOf(messages)));
        keptHorizontal = Collections.unmodifiableSortedMap(kept);
        if (used == null) {
            throw new IllegalArgumentException("an outbound selection needs the bandwidth it uses");
        }
    }
}
