package dev.abkit.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Upstream {@code CandidateCommitments} as bytes, in its field order: upward messages (the messages, then the UMP
 * separator and the signals), horizontal messages, new validation code, head data, processed downward messages,
 * HRMP watermark. {@code newValidationCode} is empty for none; upstream code is never empty.
 */
public record ReceiptCommitments(List<Bytes> upwardMessages, List<HrmpMessage> horizontalMessages,
        Bytes newValidationCode, boolean hasNewValidationCode, Bytes headData, long processedDownwardMessages,
        long hrmpWatermark) {

    public ReceiptCommitments {
        upwardMessages = List.copyOf(upwardMessages);
        horizontalMessages = List.copyOf(horizontalMessages);
        if (newValidationCode == null || headData == null) {
            throw new IllegalArgumentException("commitments need head data and new code (empty for none)");
        }
    }

    /** One outbound HRMP message: {@code OutboundHrmpMessage { recipient: ParaId, data: Vec<u8> }}. */
    public record HrmpMessage(long recipient, Bytes data) {
    }

    public void encode(ScaleWriter out) {
        out.compact(upwardMessages.size());
        upwardMessages.forEach(out::vec);
        out.compact(horizontalMessages.size());
        for (HrmpMessage m : horizontalMessages) {
            out.u32(m.recipient()).vec(m.data());
        }
        if (hasNewValidationCode) {
            out.u8(1).vec(newValidationCode);
        } else {
            out.u8(0);
        }
        out.vec(headData).u32(processedDownwardMessages).u32(hrmpWatermark);
    }

    public byte[] encode() {
        ScaleWriter out = new ScaleWriter();
        encode(out);
        return out.toByteArray();
    }

    static ReceiptCommitments decode(ScaleReader in) {
        int upwardCount = in.count("commitments.upward_messages");
        List<Bytes> upward = new ArrayList<>();
        for (int i = 0; i < upwardCount; i++) {
            upward.add(in.vec("commitments.upward_messages[" + i + "]"));
        }
        int hrmpCount = in.count("commitments.horizontal_messages");
        List<HrmpMessage> hrmp = new ArrayList<>();
        for (int i = 0; i < hrmpCount; i++) {
            long recipient = in.u32("commitments.horizontal_messages[" + i + "].recipient");
            hrmp.add(new HrmpMessage(recipient, in.vec("commitments.horizontal_messages[" + i + "].data")));
        }
        boolean hasCode = in.option("commitments.new_validation_code");
        Bytes code = hasCode ? in.vec("commitments.new_validation_code") : Bytes.EMPTY;
        Bytes head = in.vec("commitments.head_data");
        long processed = in.u32("commitments.processed_downward_messages");
        long watermark = in.u32("commitments.hrmp_watermark");
        return new ReceiptCommitments(upward, hrmp, code, hasCode, head, processed, watermark);
    }

    /** {@code blake2_256} of the encoding: the receipt's {@code commitments_hash}. */
    public dev.abkit.model.Hash32 hash() {
        return Blake2.hash(encode());
    }
}
