package dev.abkit.encoding;

import dev.abkit.model.Hash32;

/**
 * A candidate receipt with its full commitments (upstream {@code CommittedCandidateReceiptV2}): the descriptor, then
 * the commitments. Its candidate hash is the hash of the plain receipt, the descriptor followed by the commitments
 * hash ({@code CommittedCandidateReceipt::hash} is {@code to_plain().hash()}), not the hash of these bytes.
 */
public record CommittedCandidateReceipt(CandidateDescriptor descriptor, ReceiptCommitments commitments) {
    public CommittedCandidateReceipt {
        if (descriptor == null || commitments == null) {
            throw new IllegalArgumentException("a receipt needs a descriptor and commitments");
        }
    }

    public byte[] encode() {
        ScaleWriter out = new ScaleWriter();
        descriptor.encode(out);
        commitments.encode(out);
        return out.toByteArray();
    }

    /** Reads the bytes of a committed receipt; every byte must belong to it. */
    public static CommittedCandidateReceipt decode(byte[] bytes) {
        ScaleReader in = new ScaleReader(bytes);
        CandidateDescriptor descriptor = CandidateDescriptor.decode(in);
        ReceiptCommitments commitments = ReceiptCommitments.decode(in);
        in.requireEnd("committed candidate receipt");
        return new CommittedCandidateReceipt(descriptor, commitments);
    }

    /** The plain receipt's encoding: the descriptor, then {@code commitments_hash}. */
    public byte[] plainEncoding() {
        return plainEncoding(descriptor, commitments.hash());
    }

    static byte[] plainEncoding(CandidateDescriptor descriptor, Hash32 commitmentsHash) {
        ScaleWriter out = new ScaleWriter();
        descriptor.encode(out);
        out.hash(commitmentsHash);
        return out.toByteArray();
    }

    /** The candidate hash: {@code blake2_256} of the plain receipt. */
    public Hash32 candidateHash() {
        return Blake2.hash(plainEncoding());
    }
}
