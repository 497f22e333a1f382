package dev.abkit.reference.constraints;

/** What candidates sent on one outbound HRMP channel: bytes and messages. */
public record HrmpChannelUsage(long bytesSubmitted, long messagesSubmitted) {
    public HrmpChannelUsage {
        if (bytesSubmitted < 0 || messagesSubmitted < 0) {
            throw new IllegalArgumentException("HRMP usage must be non-negative");
        }
    }

    public HrmpChannelUsage plus(HrmpChannelUsage other) {
        return new HrmpChannelUsage(bytesSubmitted + other.bytesSubmitted, messagesSubmitted + other.messagesSubmitted);
    }
}
