package dev.abkit.encoding;

import dev.abkit.model.Hash32;

/**
 * The descriptor of a candidate receipt, 292 bytes in every version (upstream {@code CandidateDescriptorV2}, whose
 * encoding a V1 descriptor shares). V2 takes the version byte, core index, session index and 25 reserved bytes from
 * V1's collator key, and 64 reserved bytes from V1's signature. V3 (2026 master, PR 10472; the layout of
 * {@code polkadot_primitives::v9::CandidateDescriptorV2} in a 2026 Polkadot runtime's metadata) is V2 with version
 * byte 1, the first reserved byte taken by {@code scheduling_session_offset: u8} (24 reserved bytes left) and the
 * first 32 bytes of the second reserved field by {@code scheduling_parent: H256} (32 reserved bytes left).
 *
 * <p>Bytes decode as V2 when both reserved fields (25 and 64 bytes) are zero and the version byte is 0; as V3 when the
 * version byte is 1, the 24 and 32 reserved bytes left are zero and the scheduling parent is not zero (a node with
 * the {@code CandidateReceiptV3} feature; one without it reads these bytes as V1); else as V1 (upstream
 * {@code CandidateDescriptorV2::version}).
 */
public sealed interface CandidateDescriptor permits CandidateDescriptor.V1, CandidateDescriptor.V2,
        CandidateDescriptor.V3 {
    /** The encoded size of every version. */
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

    /**
     * The descriptor with an explicit scheduling parent (V3): V2's fields, version byte 1, the scheduling session as an
     * offset from {@code sessionIndex} (upstream's scheduling session is {@code session_index +
     * scheduling_session_offset}), reserved bytes zero.
     */
    record V3(long paraId, Hash32 relayParent, int coreIndex, long sessionIndex, int schedulingSessionOffset,
            Hash32 persistedValidationDataHash, Hash32 povHash, Hash32 erasureRoot, Hash32 schedulingParent,
            Hash32 paraHead, Hash32 validationCodeHash) implements CandidateDescriptor {
        /** The version byte of a V3 descriptor (upstream {@code InternalVersion(1)}). */
        public static final int VERSION = 1;

        public V3 {
            if (coreIndex < 0 || coreIndex > 0xffff || sessionIndex < 0 || sessionIndex > 0xffff_ffffL
                    || schedulingSessionOffset < 0 || schedulingSessionOffset > 0xff) {
                throw new IllegalArgumentException("a V3 descriptor needs a u16 core index, u32 session index and u8"
                        + " scheduling session offset but was " + coreIndex + ", " + sessionIndex + ", "
                        + schedulingSessionOffset);
            }
            if (schedulingParent.equals(Hash32.ofOrdinal(0))) {
                throw new IllegalArgumentException("a V3 descriptor names a scheduling parent; zero reads as V2");
            }
        }

        /** The session of the scheduling parent. */
        public long schedulingSession() {
            return sessionIndex + schedulingSessionOffset;
        }

        @Override
        public void encode(ScaleWriter out) {
            out.u32(paraId).hash(relayParent).u8(VERSION).u16(coreIndex).u32(sessionIndex).u8(schedulingSessionOffset)
                    .fixed(new byte[24]).hash(persistedValidationDataHash).hash(povHash).hash(erasureRoot)
                    .hash(schedulingParent).fixed(new byte[32]).hash(paraHead).hash(validationCodeHash);
        }
    }

    /** Reads a descriptor of any version. */
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
        boolean v3ReservedZero = isZero(collatorSlot, 8, 32) && isZero(signatureSlot, 32, 64)
                && !isZero(signatureSlot, 0, 32);
        if ((reservedZero && collatorSlot[0] == 0) || (v3ReservedZero && collatorSlot[0] == V3.VERSION)) {
            ScaleReader slot = new ScaleReader(collatorSlot);
            int version = slot.u8("descriptor.version");
            int core = slot.u16("descriptor.core_index");
            long session = slot.u32("descriptor.session_index");
            if (version == 0) {
                return new V2(paraId, relayParent, 0, core, session, pvd, pov, erasure, paraHead, code);
            }
            int offset = slot.u8("descriptor.scheduling_session_offset");
            Hash32 schedulingParent = new ScaleReader(signatureSlot).hash("descriptor.scheduling_parent");
            return new V3(paraId, relayParent, core, session, offset, pvd, pov, erasure, schedulingParent, paraHead,
                    code);
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
