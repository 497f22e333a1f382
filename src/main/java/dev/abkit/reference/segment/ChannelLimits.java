package dev.abkit.reference.segment;

/**
 * What an outbound HRMP channel can still take at the relay parent: {@code max_capacity - msg_count} messages and
 * {@code max_total_size - total_size} bytes (upstream {@code HrmpOutboundLimits}).
 */
public record ChannelLimits(long messagesRemaining, long bytesRemaining) {
    public ChannelLimits {
        Bandwidth.requireU32(messagesRemaining, "remaining HRMP messages");
        Bandwidth.requireU32(bytesRemaining, "remaining HRMP bytes");
    }

    public static ChannelLimits of(long messagesRemaining, long bytesRemaining) {
        return new ChannelLimits(messagesRemaining, bytesRemaining);
    }
}
