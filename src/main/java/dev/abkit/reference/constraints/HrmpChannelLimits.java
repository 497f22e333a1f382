package dev.abkit.reference.constraints;

/** What an outbound HRMP channel can still take: bytes and messages. */
public record HrmpChannelLimits(long bytesRemaining, long messagesRemaining) {
    public HrmpChannelLimits {
        if (bytesRemaining < 0 || messagesRemaining < 0) {
            throw new IllegalArgumentException("HRMP channel limits must be non-negative but were "
                    + bytesRemaining + " bytes, " + messagesRemaining + " messages");
        }
    }
}
