package dev.abkit.encoding;

import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.RecentValues;

/**
 * Upstream {@code PersistedValidationData { parent_head: HeadData, relay_parent_number: u32,
 * relay_parent_storage_root: H256, max_pov_size: u32 }} as bytes, and the hashes a node computes from given data.
 */
public final class ValidationDataEncoding {
    /**
     * Heads hashed lately, per thread: a fuzz case asks for the same head's hash at every step that names it. Only
     * small heads are kept, so that the kept ones stay small.
     */
    private static final int KEPT_HEAD_HEX_LENGTH = 2 + 2 * 256;
    private static final RecentValues<HeadData, Hash32> HEAD_HASHES = new RecentValues<>(4096,
            head -> Blake2.hash(Bytes.ofHex(head.hex())));

    private ValidationDataEncoding() {
    }

    public static byte[] encode(HeadData parentHead, long relayParentNumber, Hash32 storageRoot, long maxPovSize) {
        return new ScaleWriter().vec(Bytes.ofHex(parentHead.hex())).u32(relayParentNumber).hash(storageRoot)
                .u32(maxPovSize).toByteArray();
    }

    /** {@code PersistedValidationData::hash}: blake2-256 of the encoding. */
    public static Hash32 hash(HeadData parentHead, long relayParentNumber, Hash32 storageRoot, long maxPovSize) {
        return Blake2.hash(encode(parentHead, relayParentNumber, storageRoot, maxPovSize));
    }

    /** A descriptor's {@code para_head}: blake2-256 of the head data bytes, with no length prefix. */
    public static Hash32 headHash(HeadData head) {
        if (head.hex().length() > KEPT_HEAD_HEX_LENGTH) {
            return Blake2.hash(Bytes.ofHex(head.hex()));
        }
        return HEAD_HASHES.get(head);
    }
}
