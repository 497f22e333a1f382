package dev.abkit.encoding;

import dev.abkit.model.Hash32;

/**
 * The descriptor of a candidate receipt, 292 bytes in either version (upstream {@code CandidateDescriptorV2}, whose
 * encoding a V1 descriptor shares). V2 takes the version byte, core index, session index and 25 reserved bytes from
 * V1's collator key, and 64 reserved bytes from V1's signature. Bytes decode as V2 when both reserved fields are zero
 * and the version byte is 0, else as V1 (upstream {@code CandidateDescriptorV2::version}).
 */
public sealed interface CandidateDescriptor permits CandidateDescriptor.V1, CandidateDescriptor.V2 {
    /** The encoded size of either version. */
    int SIZE = 292;

    long paraId();

    Hash32 relayParent();

    Hash32 persistedValidationDataHash();

    Hash32 povHash();

    Hash32 erasureRoot();

    Hash32 paraHead();

    Hash32 validationCodeHash();

    void encode(ScaleWriter out);

    /** The original descriptor: a collator key and its signature. */
    record V1(long paraId, Hash32 relayParent, Hash32 collator, Hash32 persistedValidationDataHash, Hash32 povHash,
            Hash32 erasureRoot, Bytes signature, Hash32 paraHead, Hash32 validationCodeHash)
            implements CandidateDescriptor {
        public V1 {
            if (signature.size() != 64) {
                throw new IllegalArgumentException("a collator signature has 64 bytes but was " + signature.size());
            }
        }

        @Override
        public void encode(ScaleWriter out) {
            out.u32(paraId).hash(relayParent).hash(collator).hash(persistedValidationDataHash).hash(povHash)
                    .hash(erasureRoot).fixed(signature.raw()).hash(paraHead).hash(validationCodeHash);
        }
    }

    /** The descriptor with the core index and session index the candidate commits to, reserved bytes zero. */
    record V2(long paraId, Hash32 relayParent, int version, int coreIndex, long sessionIndex,
            Hash32 persistedValidationDataHash, Hash32 povHash, Hash32 erasureRoot, Hash32 paraHead,
            Hash32 validationCodeHash) implements CandidateDescriptor {
        public V2 {
            if (version < 0 || version > 0xff || coreIndex < 0 || coreIndex > 0xffff || sessionIndex < 0
                    || sessionIndex > 0xffff_ffffL) {
                throw new IllegalArgumentException("a V2 descriptor needs a u8 version, u16 core index and u32"
                        + " session index but was " + version + ", " + coreIndex + ", " + sessionIndex);
            }
        }

        @Override
        public void encode(ScaleWriter out) {
            out.u32(paraId).hash(relayParent).u8(version).u16(coreIndex).u32(sessionIndex).fixed(new byte[25])
                    .hash(persistedValidationDataHash).hash(povHash).hash(erasureRoot).fixed(new byte[64])
                    .hash(paraHead).hash(validationCodeHash);
        }
    }

    /** Reads a descriptor of either version. */
    static CandidateDescriptor decode(ScaleReader in) {
        long paraId = in.u32("descriptor.para_id");
        Hash32 relayParent = in.hash("descriptor.relay_parent");
        byte[] collatorSlot = in.fixed(32, "descriptor.collator");
        Hash32 pvd = in.hash("descriptor.persisted_validation_data_hash");
        Hash32 pov = in.hash("descriptor.pov_hash");
        Hash32 erasure = in.hash("descriptor.erasure_root");
        byte[] signatureSlot = in.fixed(64, "descriptor.signature");
        Hash32 paraHead = in.hash("descriptor.para_head");
        Hash32 code = in.hash("descriptor.validation_code_hash");
        boolean reservedZero = isZero(collatorSlot, 7, 32) && isZero(signatureSlot, 0, 64);
        if (reservedZero && collatorSlot[0] == 0) {
            ScaleReader slot = new ScaleReader(collatorSlot);
            slot.u8("descriptor.version");
            int core = slot.u16("descriptor.core_index");
            long session = slot.u32("descriptor.session_index");
            return new V2(paraId, relayParent, 0, core, session, pvd, pov, erasure, paraHead, code);
        }
        return new V1(paraId, relayParent, new ScaleReader(collatorSlot).hash("descriptor.collator"), pvd, pov,
                erasure, Bytes.of(signatureSlot), paraHead, code);
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
