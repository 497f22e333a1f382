package dev.abkit.reference.segment;

/**
 * Messages and bytes sent to one HRMP recipient, by one block or summed over the segment (upstream
 * {@code HrmpChannelUpdate}).
 */
public record ChannelUsage(long messages, long bytes) {
    public static final ChannelUsage EMPTY = new ChannelUsage(0, 0);

    public ChannelUsage {
        Bandwidth.requireU32(messages, "HRMP message count");
        Bandwidth.requireU32(bytes, "HRMP byte count");
    }

    public static ChannelUsage of(long messages, long bytes) {
        return new ChannelUsage(messages, bytes);
    }

    public boolean isEmpty() {
        return messages == 0 && bytes == 0;
    }

    ChannelUsage plus(ChannelUsage other) {
        return new ChannelUsage(Bandwidth.saturatingAdd(messages, other.messages),
                Bandwidth.saturatingAdd(bytes, other.bytes));
    }

    ChannelUsage minus(ChannelUsage other) {
        if (other.messages > messages || other.bytes > bytes) {
            throw new IllegalStateException("cannot subtract " + other + " from " + this);
        }
        return new ChannelUsage(messages - other.messages, bytes - other.bytes);
    }
}
