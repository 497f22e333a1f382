package dev.abkit.reference.collator;

/**
 * An outbound HRMP channel as the relay-chain state proof reports it (upstream {@code AbridgedHrmpChannel}): its
 * capacity in messages and bytes, the largest message it takes, and the messages and bytes queued in it now.
 */
public record EgressChannel(long maxCapacity, long maxTotalSize, long maxMessageSize, long msgCount, long totalSize) {
    public EgressChannel {
        if (maxCapacity < 0 || maxTotalSize < 0 || maxMessageSize < 0 || msgCount < 0 || totalSize < 0) {
            throw new IllegalArgumentException("expected non-negative channel limits and usage");
        }
    }
}
