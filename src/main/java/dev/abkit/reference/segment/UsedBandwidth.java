package dev.abkit.reference.segment;

import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Outbound bandwidth used by one block or summed over the segment: UMP messages and bytes, and per HRMP recipient
 * the messages and bytes sent (upstream {@code UsedBandwidth}). A recipient with nothing sent is not listed.
 */
public record UsedBandwidth(long umpMessages, long umpBytes, SortedMap<ParaId, ChannelUsage> hrmp) {
    public static final UsedBandwidth NONE = new UsedBandwidth(0, 0, new TreeMap<>());

    public UsedBandwidth {
        Bandwidth.requireU32(umpMessages, "UMP message count");
        Bandwidth.requireU32(umpBytes, "UMP byte count");
        TreeMap<ParaId, ChannelUsage> copy = new TreeMap<>();
        hrmp.forEach((para, usage) -> {
            if (para == null || usage == null) {
                throw new IllegalArgumentException("HRMP usage needs a recipient and a usage");
            }
            if (!usage.isEmpty()) {
                copy.put(para, usage);
            }
        });
        hrmp = Collections.unmodifiableSortedMap(copy);
    }

    /** UMP usage only. */
    public static UsedBandwidth ump(long messages, long bytes) {
        return new UsedBandwidth(messages, bytes, new TreeMap<>());
    }

    /** HRMP usage to one recipient only. */
    public static UsedBandwidth hrmp(ParaId recipient, long messages, long bytes) {
        return new UsedBandwidth(0, 0, new TreeMap<>(Map.of(recipient, ChannelUsage.of(messages, bytes))));
    }

    /** This usage and the other one added, counter by counter, saturating at the u32 maximum as upstream does. */
    public UsedBandwidth plus(UsedBandwidth other) {
        TreeMap<ParaId, ChannelUsage> sum = new TreeMap<>(hrmp);
        other.hrmp.forEach((para, usage) -> sum.merge(para, usage, ChannelUsage::plus));
        return new UsedBandwidth(Bandwidth.saturatingAdd(umpMessages, other.umpMessages),
                Bandwidth.saturatingAdd(umpBytes, other.umpBytes), sum);
    }

    UsedBandwidth minus(UsedBandwidth other) {
        if (other.umpMessages > umpMessages || other.umpBytes > umpBytes) {
            throw new IllegalStateException("cannot subtract " + other + " from " + this);
        }
        TreeMap<ParaId, ChannelUsage> rest = new TreeMap<>(hrmp);
        other.hrmp.forEach((para, usage) -> {
            ChannelUsage current = rest.get(para);
            if (current == null) {
                throw new IllegalStateException("cannot subtract usage of " + para + " that was never added");
            }
            rest.put(para, current.minus(usage));
        });
        return new UsedBandwidth(umpMessages - other.umpMessages, umpBytes - other.umpBytes, rest);
    }

    /** What this usage sent to {@code recipient}, or nothing. */
    public ChannelUsage toRecipient(ParaId recipient) {
        return hrmp.getOrDefault(recipient, ChannelUsage.EMPTY);
    }
}
