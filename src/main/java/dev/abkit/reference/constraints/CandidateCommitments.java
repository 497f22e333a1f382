package dev.abkit.reference.constraints;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;
import java.util.List;

/**
 * What a candidate's execution produced and commits to: its output head, the upward messages (sizes in bytes), the
 * horizontal messages, new validation code if any, how many downward messages it processed, and its HRMP watermark.
 *
 * <p>The upward messages hold the messages proper, then optionally the UMP separator (an empty message, size 0) and
 * the UMP signals after it (their encoded sizes). Only the messages before the first empty one are upward messages
 * the relay chain queues; the separator and the signals count neither as messages nor as bytes (upstream
 * {@code skip_ump_signals}, AB-CONS-009, AB-CONS-015, AB-CONS-016).
 */
public record CandidateCommitments(
        HeadData headData,
        List<Long> upwardMessages,
        List<OutboundHrmpMessage> horizontalMessages,
        NewCode newValidationCode,
        int processedDownwardMessages,
        RelayBlockNumber hrmpWatermark) {

    public CandidateCommitments {
        if (headData == null || newValidationCode == null || hrmpWatermark == null) {
            throw new IllegalArgumentException("commitments need head data, new code (or none) and an HRMP watermark");
        }
        upwardMessages = List.copyOf(upwardMessages);
        horizontalMessages = List.copyOf(horizontalMessages);
        if (upwardMessages.stream().anyMatch(size -> size < 0)) {
            throw new IllegalArgumentException("upward message sizes must be non-negative but were " + upwardMessages);
        }
        if (processedDownwardMessages < 0) {
            throw new IllegalArgumentException("expected a non-negative processed downward message count but was "
                    + processedDownwardMessages);
        }
    }

    /** Commitments that output {@code headData} and do nothing else, with the watermark at the relay parent. */
    public static CandidateCommitments producing(HeadData headData, RelayBlockNumber relayParentNumber) {
        return new CandidateCommitments(headData, List.of(), List.of(), NewCode.NONE, 0, relayParentNumber);
    }

    public CandidateCommitments withUpwardMessages(List<Long> sizes) {
        return new CandidateCommitments(headData, sizes, horizontalMessages, newValidationCode,
                processedDownwardMessages, hrmpWatermark);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public CandidateCommitments withHorizontalMessages(List<OutboundHrmpMessage> messages) {
        return new CandidateCommitments(headData, upwardMessages, messages, newValidationCode,
                processedDownwardMessages, hrmpWatermark);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public CandidateCommitments withNewCode(NewCode code) {
        return new CandidateCommitments(headData, upwardMessages, horizontalMessages, code,
                processedDownwardMessages, hrmpWatermark);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public CandidateCommitments withProcessedDownwardMessages(int count) {
        return new CandidateCommitments(headData, upwardMessages, horizontalMessages, newValidationCode, count,
                hrmpWatermark);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public CandidateCommitments withHrmpWatermark(RelayBlockNumber watermark) {
        return new CandidateCommitments(headData, upwardMessages, horizontalMessages, newValidationCode,
                processedDownwardMessages, watermark);
    }

    /** The upward messages the relay chain queues: those before the UMP separator, the first empty message. */
    public List<Long> queuedUpwardMessages() {
        int separator = upwardMessages.indexOf(0L);
        return separator < 0 ? upwardMessages : upwardMessages.subList(0, separator);
    }

    /** The bytes of the queued upward messages (the separator and the signals after it not counted). */
    public long upwardBytes() {
        return queuedUpwardMessages().stream().mapToLong(Long::longValue).sum();
    }
}
