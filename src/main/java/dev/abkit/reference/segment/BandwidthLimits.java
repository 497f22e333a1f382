package dev.abkit.reference.segment;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outbound bandwidth the relay parent leaves for the whole segment including the new block (upstream
 * {@code OutboundBandwidthLimits}): the relay dispatch queue's remaining message count and size, and the limits of
 * each open outbound HRMP channel. Rules AB-SEG-005 to AB-SEG-008.
 */
public record BandwidthLimits(
        long umpMessagesRemaining, long umpBytesRemaining, SortedMap<ParaId, ChannelLimits> hrmpChannels) {

    /** The largest limits upstream can express and no HRMP channel. */
    public static final BandwidthLimits GENEROUS =
            new BandwidthLimits(Bandwidth.U32_MAX, Bandwidth.U32_MAX, new TreeMap<>());

    public BandwidthLimits {
        Bandwidth.requireU32(umpMessagesRemaining, "remaining UMP messages");
        Bandwidth.requireU32(umpBytesRemaining, "remaining UMP bytes");
        TreeMap<ParaId, ChannelLimits> copy = new TreeMap<>();
        hrmpChannels.forEach((para, limits) -> {
            if (para == null || limits == null) {
                throw new IllegalArgumentException("HRMP channel limits need a recipient and limits");
            }
            copy.put(para, limits);
        });
        hrmpChannels = Collections.unmodifiableSortedMap(copy);
    }

    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static BandwidthLimits ump(long messagesRemaining, long bytesRemaining) {
        return new BandwidthLimits(messagesRemaining, bytesRemaining, new TreeMap<>());
    }

    /** These limits with one more outbound channel. */
    public BandwidthLimits withChannel(ParaId recipient, ChannelLimits limits) {
        TreeMap<ParaId, ChannelLimits> channels = new TreeMap<>(hrmpChannels);
        channels.put(recipient, limits);
        return new BandwidthLimits(umpMessagesRemaining, umpBytesRemaining, channels);
    }
}
