package dev.abkit.reference.constraints;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The constraints a candidate of one para must satisfy, as the relay chain states them at a relay parent (upstream
 * {@code inclusion_emulator::Constraints}). A candidate's children are checked against these constraints after the
 * candidate's own outputs were applied ({@link InclusionEmulator#apply}).
 *
 * @param minRelayParentNumber the oldest relay parent number a candidate may use
 * @param maxPovSize the PoV size limit, carried in the validation data
 * @param maxCodeSize the largest new validation code, in bytes
 * @param maxHeadDataSize the largest head data, in bytes
 * @param umpRemaining upward messages the relay queue can still take
 * @param umpRemainingBytes upward bytes the relay queue can still take
 * @param maxUmpNumPerCandidate upward messages one candidate may send
 * @param dmpRemainingMessages the {@code sent_at} block numbers of the downward messages not yet processed
 * @param validWatermarks the relay block numbers a trunk HRMP watermark may take
 * @param hrmpChannelsOut the open outbound HRMP channels and what each can still take
 * @param maxHrmpNumPerCandidate horizontal messages one candidate may send
 * @param requiredParent the head the next candidate must build on
 * @param validationCodeHash the code the next candidate must be validated with
 * @param upgradeRestricted whether the relay chain currently forbids a code upgrade
 * @param futureValidationCode a scheduled code upgrade, if any
 */
public record Constraints(
        RelayBlockNumber minRelayParentNumber,
        long maxPovSize,
        long maxCodeSize,
        long maxHeadDataSize,
        long umpRemaining,
        long umpRemainingBytes,
        long maxUmpNumPerCandidate,
        List<RelayBlockNumber> dmpRemainingMessages,
        List<RelayBlockNumber> validWatermarks,
        SortedMap<ParaId, HrmpChannelLimits> hrmpChannelsOut,
        long maxHrmpNumPerCandidate,
        HeadData requiredParent,
        ValidationCodeHash validationCodeHash,
        boolean upgradeRestricted,
        FutureCode futureValidationCode) {

    /** A generous default for every size limit, so that examples only set the limit they are about. */
    public static final long DEFAULT_LIMIT = 1_000_000;

    public Constraints {
        if (minRelayParentNumber == null || requiredParent == null || validationCodeHash == null
                || futureValidationCode == null) {
            throw new IllegalArgumentException(
                    "constraints need a minimum relay parent number, required parent, code hash and future code");
        }
        for (long limit : new long[] {maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining, umpRemainingBytes,
                maxUmpNumPerCandidate, maxHrmpNumPerCandidate}) {
            if (limit < 0) {
                throw new IllegalArgumentException("constraint limits must be non-negative but one was " + limit);
            }
        }
        dmpRemainingMessages = List.copyOf(dmpRemainingMessages);
        validWatermarks = List.copyOf(validWatermarks);
        hrmpChannelsOut = Collections.unmodifiableSortedMap(new TreeMap<>(hrmpChannelsOut));
    }

    /**
     * Constraints that admit any ordinary candidate building on {@code requiredParent} with {@code code} at a relay
     * parent no older than {@code minRelayParentNumber}: generous limits, no messages, no channels, no upgrade.
     */
    public static Constraints permissive(
            HeadData requiredParent, ValidationCodeHash code, RelayBlockNumber minRelayParentNumber) {
        return new Constraints(minRelayParentNumber, DEFAULT_LIMIT, DEFAULT_LIMIT, DEFAULT_LIMIT, DEFAULT_LIMIT,
                DEFAULT_LIMIT, DEFAULT_LIMIT, List.of(), List.of(), new TreeMap<>(), DEFAULT_LIMIT, requiredParent,
                code, false, FutureCode.NONE);
    }

    public Constraints withMinRelayParentNumber(RelayBlockNumber value) {
        return new Constraints(value, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining, umpRemainingBytes,
                maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut, maxHrmpNumPerCandidate,
                requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    @DoNotMutate("a wither for vector sources and unit tests; no driver calls it")
    public Constraints withMaxPovSize(long value) {
        return new Constraints(minRelayParentNumber, value, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withMaxCodeSize(long value) {
        return new Constraints(minRelayParentNumber, maxPovSize, value, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withMaxHeadDataSize(long value) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, value, umpRemaining, umpRemainingBytes,
                maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut, maxHrmpNumPerCandidate,
                requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withUmp(long remaining, long remainingBytes, long maxPerCandidate) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, remaining,
                remainingBytes, maxPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withDmpRemainingMessages(List<RelayBlockNumber> sentAt) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, sentAt, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withValidWatermarks(List<RelayBlockNumber> watermarks) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, watermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withHrmpChannels(Map<ParaId, HrmpChannelLimits> channels, long maxPerCandidate) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks,
                new TreeMap<>(channels), maxPerCandidate, requiredParent, validationCodeHash, upgradeRestricted,
                futureValidationCode);
    }

    public Constraints withRequiredParent(HeadData head) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, head, validationCodeHash, upgradeRestricted, futureValidationCode);
    }

    public Constraints withValidationCodeHash(ValidationCodeHash code) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, code, upgradeRestricted, futureValidationCode);
    }

    public Constraints withUpgradeRestricted(boolean restricted) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, restricted, futureValidationCode);
    }

    public Constraints withFutureValidationCode(FutureCode future) {
        return new Constraints(minRelayParentNumber, maxPovSize, maxCodeSize, maxHeadDataSize, umpRemaining,
                umpRemainingBytes, maxUmpNumPerCandidate, dmpRemainingMessages, validWatermarks, hrmpChannelsOut,
                maxHrmpNumPerCandidate, requiredParent, validationCodeHash, upgradeRestricted, future);
    }
}
