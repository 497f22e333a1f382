package dev.abkit.encoding;

import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the committed receipt of a model candidate. The model knows messages and code by their sizes; their bytes
 * are zeros of that size, so an upward message of size 0 is the UMP separator and a signal of 3 bytes after it is
 * {@code SelectCore(0, 0)}. The PVD hash, para-head hash and commitments hash are real; the PoV hash is the free
 * field a generator grinds to give the candidate hash the order a case needs.
 */
public final class Receipts {
    private static final Hash32 COLLATOR = Hash32.ofLabel("abkit collator");
    private static final Bytes SIGNATURE = Bytes.ofHex(Hash32.ofLabel("abkit signature 1").hex()
            + Hash32.ofLabel("abkit signature 2").hex().substring(2));
    private static final Hash32 ERASURE_ROOT = Hash32.ofLabel("abkit erasure root");

    private Receipts() {
    }

    /**
     * Which descriptor a receipt carries: V1, V2 with the core index and session index it commits to, or V3 with a
     * scheduling parent besides.
     */
    public sealed interface DescriptorChoice permits V1, V2, V3 {
    }

    /** The original descriptor (the baseline). */
    public record V1() implements DescriptorChoice {
    }

    /** The V2 descriptor with its core index and session index. */
    public record V2(int coreIndex, long sessionIndex) implements DescriptorChoice {
    }

    /**
     * The V3 descriptor: core index, the relay parent's session index, the scheduling parent and the offset of its
     * session from the relay parent's.
     */
    public record V3(int coreIndex, long sessionIndex, Hash32 schedulingParent, int schedulingSessionOffset)
            implements DescriptorChoice {

        /**
         * Core 0, a relay parent of session {@code relayParentSession} and {@code schedulingParent} of session
         * {@code schedulingSession}, given as its offset from the relay parent's (a u8: 0 to 255 sessions later).
         */
        public static V3 onCoreZero(long relayParentSession, Hash32 schedulingParent, long schedulingSession) {
            long offset = schedulingSession - relayParentSession;
            if (offset < 0 || offset > 0xff) {
                throw new IllegalArgumentException("a scheduling parent's session must be 0..255 sessions after the"
                        + " relay parent's but was " + offset);
            }
            return new V3(0, relayParentSession, schedulingParent, (int) offset);
        }
    }

    /** The baseline's choice. */
    public static final DescriptorChoice BASELINE = new V1();

    /** A receipt and the candidate hash it gives. */
    public record Built(EncodedReceipt receipt, Hash32 candidateHash, CommittedCandidateReceipt decoded) {
    }

    /** The commitments as bytes. */
    public static ReceiptCommitments commitments(CandidateCommitments c) {
        List<Bytes> upward = new ArrayList<>();
        for (long size : c.upwardMessages()) {
            upward.add(Bytes.zeros(Math.toIntExact(size)));
        }
        List<ReceiptCommitments.HrmpMessage> hrmp = new ArrayList<>();
        for (OutboundHrmpMessage m : c.horizontalMessages()) {
            hrmp.add(new ReceiptCommitments.HrmpMessage(m.recipient().value(), Bytes.zeros(Math.toIntExact(m.size()))));
        }
        boolean hasCode = c.newValidationCode() instanceof NewCode.Present;
        Bytes code = c.newValidationCode() instanceof NewCode.Present p ? Bytes.zeros(Math.toIntExact(p.size()))
                : Bytes.EMPTY;
        return new ReceiptCommitments(upward, hrmp, code, hasCode, Bytes.ofHex(c.headData().hex()),
                c.processedDownwardMessages(), c.hrmpWatermark().value());
    }

    /** The PVD hash a descriptor carries for this validation data. */
    public static Hash32 validationDataHash(PersistedValidationData pvd) {
        return ValidationDataEncoding.hash(pvd.parentHead(), pvd.relayParentNumber().value(),
                pvd.relayParentStorageRoot(), pvd.maxPovSize());
    }

    /**
     * The receipt of a candidate. With {@code leadingByte} in 1..255 the PoV hash is ground until the candidate
     * hash starts with that byte, so that candidates of increasing leading byte have increasing hashes; with 0 the
     * first PoV hash is taken.
     */
    public static Built build(ParaId para, RelayHash relayParent, PersistedValidationData pvd,
            CandidateCommitments commitments, ValidationCodeHash code, DescriptorChoice choice, int leadingByte) {
        return build(para, relayParent, validationDataHash(pvd), ValidationDataEncoding.headHash(
                commitments.headData()), commitments, code, choice, leadingByte);
    }

    /** As {@link #build}, with the descriptor's PVD hash and para head given (for cases where they are wrong). */
    public static Built build(ParaId para, RelayHash relayParent, Hash32 pvdHash, Hash32 paraHead,
            CandidateCommitments commitments, ValidationCodeHash code, DescriptorChoice choice, int leadingByte) {
        if (leadingByte < 0 || leadingByte > 0xff) {
            throw new IllegalArgumentException("expected a leading byte 0..255 but was " + leadingByte);
        }
        ReceiptCommitments encoded = commitments(commitments);
        Hash32 commitmentsHash = encoded.hash();
        byte[] pov = HexFormat.of().parseHex(Hash32.ofLabel("abkit pov").hex().substring(2));
        for (long nonce = 0; nonce < 1L << 24; nonce++) {
            for (int i = 0; i < 8; i++) {
                pov[24 + i] = (byte) (nonce >>> (8 * (7 - i)));
            }
            Hash32 povHash = Hash32.of("0x" + HexFormat.of().formatHex(pov));
            CandidateDescriptor descriptor = descriptor(para, relayParent, pvdHash, povHash, paraHead, code, choice);
            byte[] plain = CommittedCandidateReceipt.plainEncoding(descriptor, commitmentsHash);
            byte[] hash = Blake2.hash256(plain);
            if (leadingByte == 0 || (hash[0] & 0xff) == leadingByte) {
                CommittedCandidateReceipt receipt = new CommittedCandidateReceipt(descriptor, encoded);
                return new Built(new EncodedReceipt("0x" + HexFormat.of().formatHex(receipt.encode())),
                        Hash32.of("0x" + HexFormat.of().formatHex(hash)), receipt);
            }
        }
        throw new IllegalStateException("no PoV hash gives a candidate hash with leading byte " + leadingByte);
    }

    /**
     * The receipt of a candidate the runtime model knows by its output head and new code size: no messages, no
     * processed downward messages, the HRMP watermark at the relay parent; the descriptor's PVD hash is real and its
     * para head and code hash are the given ones (a case may give a wrong one). The PoV hash is {@code povHash}, so
     * that two candidates of equal content can differ.
     */
    public static Built forBacked(ParaId para, RelayHash relayParent, PersistedValidationData pvd, HeadData output,
            Hash32 paraHead, Hash32 code, long newCodeSize, Hash32 povHash) {
        return forBacked(para, relayParent, pvd, output, paraHead, code, newCodeSize, povHash, BASELINE, List.of());
    }

    /**
     * As {@link #forBacked(ParaId, RelayHash, PersistedValidationData, HeadData, Hash32, Hash32, long, Hash32)}, with
     * the descriptor {@code choice} and these upward messages, given as bytes (separator and signals included).
     */
    public static Built forBacked(ParaId para, RelayHash relayParent, PersistedValidationData pvd, HeadData output,
            Hash32 paraHead, Hash32 code, long newCodeSize, Hash32 povHash, DescriptorChoice choice,
            List<Bytes> upwardMessages) {
        CandidateCommitments commitments = new CandidateCommitments(output, List.of(), List.of(),
                newCodeSize > 0 ? NewCode.of(newCodeSize) : NewCode.NONE, 0, pvd.relayParentNumber());
        CandidateDescriptor descriptor = descriptor(para, relayParent, validationDataHash(pvd), povHash, paraHead,
                new ValidationCodeHash(code), choice);
        ReceiptCommitments bytes = commitments(commitments);
        CommittedCandidateReceipt receipt = new CommittedCandidateReceipt(descriptor, new ReceiptCommitments(
                upwardMessages, bytes.horizontalMessages(), bytes.newValidationCode(), bytes.hasNewValidationCode(),
                bytes.headData(), bytes.processedDownwardMessages(), bytes.hrmpWatermark()));
        return new Built(new EncodedReceipt("0x" + HexFormat.of().formatHex(receipt.encode())),
                receipt.candidateHash(), receipt);
    }

    private static CandidateDescriptor descriptor(ParaId para, RelayHash relayParent, Hash32 pvdHash, Hash32 povHash,
            Hash32 paraHead, ValidationCodeHash code, DescriptorChoice choice) {
        if (choice instanceof V3 v3) {
            return new CandidateDescriptor.V3(para.value(), relayParent.hash(), v3.coreIndex(), v3.sessionIndex(),
                    v3.schedulingSessionOffset(), pvdHash, povHash, ERASURE_ROOT, v3.schedulingParent(), paraHead,
                    code.hash());
        }
        if (choice instanceof V2 v2) {
            return new CandidateDescriptor.V2(para.value(), relayParent.hash(), 0, v2.coreIndex(), v2.sessionIndex(),
                    pvdHash, povHash, ERASURE_ROOT, paraHead, code.hash());
        }
        return new CandidateDescriptor.V1(para.value(), relayParent.hash(), COLLATOR, pvdHash, povHash, ERASURE_ROOT,
                SIGNATURE, paraHead, code.hash());
    }

    /** The candidate hash of an encoded committed receipt; bytes that do not decode fail with the field. */
    public static Hash32 candidateHash(EncodedReceipt receipt) {
        return CommittedCandidateReceipt.decode(Bytes.ofHex(receipt.hex()).raw()).candidateHash();
    }

    /** The decoded receipt. */
    public static CommittedCandidateReceipt decode(EncodedReceipt receipt) {
        return CommittedCandidateReceipt.decode(Bytes.ofHex(receipt.hex()).raw());
    }
}
