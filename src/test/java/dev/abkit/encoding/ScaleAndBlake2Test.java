package dev.abkit.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.model.Hash32;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec and the hash against published values: the SCALE documentation's examples and blake2b test values. */
class ScaleAndBlake2Test {
    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void blake2_256_of_known_inputs() {
        assertEquals("0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8",
                Blake2.hash(new byte[0]).hex());
        assertEquals("0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319",
                Blake2.hash("abc".getBytes(StandardCharsets.US_ASCII)).hex());
    }

    @Test
    void a_hash_is_written_from_exactly_32_bytes() {
        byte[] digest = new byte[32];
        digest[0] = (byte) 0xab;
        digest[31] = 0x0f;
        assertEquals("0xab" + "00".repeat(30) + "0f", Hash32.ofDigest(digest).hex());
        assertThrows(IllegalArgumentException.class, () -> Hash32.ofDigest(new byte[31]));
    }

    @Test
    void head_hash_is_blake2_256_of_the_head_bytes_asked_once_or_again() {
        for (String text : List.of("abc", "x".repeat(300))) {
            dev.abkit.model.HeadData head = dev.abkit.model.HeadData.ofLabel(text);
            Hash32 expected = Blake2.hash(text.getBytes(StandardCharsets.US_ASCII));
            assertEquals(expected, ValidationDataEncoding.headHash(head));
            assertEquals(expected, ValidationDataEncoding.headHash(dev.abkit.model.HeadData.of(head.hex())));
        }
        assertEquals("0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319",
                ValidationDataEncoding.headHash(dev.abkit.model.HeadData.ofLabel("abc")).hex());
    }

    @Test
    void compact_integers_as_the_scale_documentation_shows() {
        assertEquals("00", hex(new ScaleWriter().compact(0).toByteArray()));
        assertEquals("04", hex(new ScaleWriter().compact(1).toByteArray()));
        assertEquals("a8", hex(new ScaleWriter().compact(42).toByteArray()));
        assertEquals("1501", hex(new ScaleWriter().compact(69).toByteArray()));
        assertEquals("fdff", hex(new ScaleWriter().compact(16383).toByteArray()));
        assertEquals("02000100", hex(new ScaleWriter().compact(16384).toByteArray()));
        assertEquals("feff0300", hex(new ScaleWriter().compact(65535).toByteArray()));
        assertEquals("feffffff", hex(new ScaleWriter().compact((1L << 30) - 1).toByteArray()));
        assertEquals("0300000040", hex(new ScaleWriter().compact(1L << 30).toByteArray()));
        assertEquals("0b00407a10f35a", hex(new ScaleWriter().compact(100000000000000L).toByteArray()));
    }

    @Test
    void compact_integers_read_back_and_refuse_longer_forms() {
        for (long v : new long[] {0, 1, 63, 64, 16383, 16384, (1L << 30) - 1, 1L << 30, 100000000000000L,
                Long.MAX_VALUE}) {
            ScaleReader in = new ScaleReader(new ScaleWriter().compact(v).toByteArray());
            assertEquals(v, in.compact("v"));
            assertTrue(in.isAtEnd());
        }
        assertThrows(ScaleException.class, () -> new ScaleReader(HexFormat.of().parseHex("0500")).compact("v"),
                "1 written in two bytes");
        assertThrows(ScaleException.class, () -> new ScaleReader(HexFormat.of().parseHex("02")).compact("v"));
    }

    @Test
    void fixed_width_integers_are_little_endian() {
        assertEquals("2a", hex(new ScaleWriter().u8(42).toByteArray()));
        assertEquals("3412", hex(new ScaleWriter().u16(0x1234).toByteArray()));
        assertEquals("d0070000", hex(new ScaleWriter().u32(2000).toByteArray()));
        assertEquals("ffffffff", hex(new ScaleWriter().u32(0xffff_ffffL).toByteArray()));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().u32(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().u8(256));
        ScaleReader in = new ScaleReader(HexFormat.of().parseHex("3412d0070000"));
        assertEquals(0x1234, in.u16("a"));
        assertEquals(2000, in.u32("b"));
    }

    @Test
    void a_vec_of_bytes_is_its_compact_length_then_the_bytes() {
        assertEquals("0c616263", hex(new ScaleWriter().vec(Bytes.ofHex("0x616263")).toByteArray()));
        ScaleException e = assertThrows(ScaleException.class,
                () -> new ScaleReader(HexFormat.of().parseHex("1061")).vec("head_data"));
        assertTrue(e.getMessage().startsWith("head_data"), e.getMessage());
    }

    @Test
    void ump_signals_encode_as_upstream_enum_variants() {
        assertEquals("0x000102", new UmpSignal.SelectCore(1, 2).encode().hex());
        assertEquals("0x0108aabb", new UmpSignal.ApprovedPeer(Bytes.ofHex("0xaabb")).encode().hex());
        assertEquals(new UmpSignal.SelectCore(1, 2), UmpSignal.decode(Bytes.ofHex("0x000102")));
        assertEquals(new UmpSignal.ApprovedPeer(Bytes.ofHex("0xaabb")), UmpSignal.decode(Bytes.ofHex("0x0108aabb")));
        assertThrows(ScaleException.class, () -> UmpSignal.decode(Bytes.ofHex("0x02")));
        assertThrows(ScaleException.class, () -> UmpSignal.decode(Bytes.ofHex("0x00010203")), "trailing byte");
        assertThrows(ScaleException.class, () -> UmpSignal.decode(Bytes.ofHex("0x0001")), "missing offset");
        List<Bytes> all = UmpSignal.withSignals(List.of(Bytes.ofHex("0x01")), List.of(new UmpSignal.SelectCore(0,
                1)));
        assertEquals(List.of(Bytes.ofHex("0x01"), Bytes.EMPTY, Bytes.ofHex("0x000001")), all);
    }

    @Test
    void the_persisted_validation_data_hash_is_blake2_of_its_encoding() {
        dev.abkit.model.HeadData parent = dev.abkit.model.HeadData.of("0x6869");
        Hash32 root = Hash32.ofLabel("root");
        byte[] encoded = ValidationDataEncoding.encode(parent, 10, root, 5_000_000);
        assertEquals("086869" + "0a000000" + root.hex().substring(2) + "404b4c00", hex(encoded));
        assertEquals(Blake2.hash(encoded), ValidationDataEncoding.hash(parent, 10, root, 5_000_000));
        assertEquals(Blake2.hash(HexFormat.of().parseHex("6869")), ValidationDataEncoding.headHash(parent),
                "the head hash has no length prefix");
    }

    @Test
    void descriptors_of_both_versions_take_292_bytes_and_decode_to_their_version() {
        Hash32 h = Hash32.ofLabel("x");
        CandidateDescriptor v1 = new CandidateDescriptor.V1(2000, h, Hash32.ofLabel("collator"), h, h, h,
                Bytes.ofHex(h.hex() + h.hex().substring(2)), h, h);
        CandidateDescriptor v2 = new CandidateDescriptor.V2(2000, h, 0, 3, 7, h, h, h, h, h);
        ReceiptCommitments commitments = new ReceiptCommitments(List.of(Bytes.ofHex("0x01"), Bytes.EMPTY,
                new UmpSignal.SelectCore(0, 0).encode()), List.of(new ReceiptCommitments.HrmpMessage(2001,
                Bytes.ofHex("0xff"))), Bytes.ofHex("0x00"), true, Bytes.ofHex("0x61"), 2, 10);
        for (CandidateDescriptor d : List.of(v1, v2)) {
            ScaleWriter out = new ScaleWriter();
            d.encode(out);
            assertEquals(CandidateDescriptor.SIZE, out.toByteArray().length);
            CommittedCandidateReceipt receipt = new CommittedCandidateReceipt(d, commitments);
            byte[] bytes = receipt.encode();
            CommittedCandidateReceipt back = CommittedCandidateReceipt.decode(bytes);
            assertEquals(receipt, back);
            assertEquals(d.getClass(), back.descriptor().getClass());
            byte[] plain = receipt.plainEncoding();
            assertEquals(CandidateDescriptor.SIZE + 32, plain.length);
            assertEquals(hex(commitments.encode()).length() / 2, bytes.length - CandidateDescriptor.SIZE);
            assertEquals(Blake2.hash(plain), receipt.candidateHash());
            assertTrue(!Blake2.hash(bytes).equals(receipt.candidateHash()), "not the hash of the committed bytes");
        }
        byte[] v2Bytes = new CommittedCandidateReceipt(v2, commitments).encode();
        assertEquals("0300" + "07000000", hex(v2Bytes).substring(2 * 37, 2 * 43), "core index then session index");
        assertInstanceOf(CandidateDescriptor.V2.class, CommittedCandidateReceipt.decode(v2Bytes).descriptor());
    }

    @Test
    void a_v3_descriptor_lays_out_its_fields_as_upstream_v9_does() {
        // polkadot_primitives::v9::CandidateDescriptorV2 in a 2026 Polkadot runtime's metadata: para_id u32,
        // relay_parent, version u8, core_index u16, session_index u32, scheduling_session_offset u8, reserved1
        // [u8; 24], persisted_validation_data_hash, pov_hash, erasure_root, scheduling_parent, reserved2 [u8; 32],
        // para_head, validation_code_hash.
        Hash32 relay = Hash32.ofLabel("relay");
        Hash32 pvd = Hash32.ofLabel("pvd");
        Hash32 pov = Hash32.ofLabel("pov");
        Hash32 erasure = Hash32.ofLabel("erasure");
        Hash32 scheduling = Hash32.ofLabel("scheduling");
        Hash32 head = Hash32.ofLabel("head");
        Hash32 code = Hash32.ofLabel("code");
        CandidateDescriptor v3 = new CandidateDescriptor.V3(2000, relay, 3, 7, 2, pvd, pov, erasure, scheduling, head,
                code);
        ScaleWriter out = new ScaleWriter();
        v3.encode(out);
        String bytes = hex(out.toByteArray());
        assertEquals(2 * CandidateDescriptor.SIZE, bytes.length());
        String expected = "d0070000" + relay.hex().substring(2) + "01" + "0300" + "07000000" + "02" + "00".repeat(24)
                + pvd.hex().substring(2) + pov.hex().substring(2) + erasure.hex().substring(2)
                + scheduling.hex().substring(2) + "00".repeat(32) + head.hex().substring(2) + code.hex().substring(2);
        assertEquals(expected, bytes);
        assertEquals(9, ((CandidateDescriptor.V3) v3).schedulingSession());

        ReceiptCommitments commitments = new ReceiptCommitments(List.of(Bytes.EMPTY,
                new UmpSignal.SelectCore(0, 0).encode()), List.of(), Bytes.EMPTY, false, Bytes.ofHex("0x61"), 0, 10);
        CommittedCandidateReceipt receipt = new CommittedCandidateReceipt(v3, commitments);
        CommittedCandidateReceipt back = CommittedCandidateReceipt.decode(receipt.encode());
        assertEquals(receipt, back);
        assertInstanceOf(CandidateDescriptor.V3.class, back.descriptor());
        assertEquals(Blake2.hash(receipt.plainEncoding()), back.candidateHash());
        assertEquals(CandidateDescriptor.SIZE + 32, receipt.plainEncoding().length);
    }

    @Test
    void the_version_byte_and_reserved_bytes_tell_v1_v2_and_v3_apart() {
        Hash32 h = Hash32.ofLabel("x");
        byte[] v3 = descriptorBytes(new CandidateDescriptor.V3(2000, h, 0, 0, 0, h, h, h, h, h, h));
        assertInstanceOf(CandidateDescriptor.V3.class, decodeDescriptor(v3));
        byte[] v2 = descriptorBytes(new CandidateDescriptor.V2(2000, h, 0, 0, 0, h, h, h, h, h));
        assertInstanceOf(CandidateDescriptor.V2.class, decodeDescriptor(v2));
        // version byte 0 with a scheduling parent: a V2 descriptor's reserved bytes are not zero, so V1
        byte[] v2WithParent = v3.clone();
        v2WithParent[36] = 0;
        assertInstanceOf(CandidateDescriptor.V1.class, decodeDescriptor(v2WithParent));
        // version byte 1 with a reserved byte set in either field: V1
        for (int at : new int[] {44, 67, 196, 227}) {
            byte[] dirty = v3.clone();
            dirty[at] = 1;
            assertInstanceOf(CandidateDescriptor.V1.class, decodeDescriptor(dirty), "reserved byte " + at);
        }
        // version byte 1 without a scheduling parent: not V3; version byte 2: V1
        byte[] noParent = v2.clone();
        noParent[36] = 1;
        assertInstanceOf(CandidateDescriptor.V1.class, decodeDescriptor(noParent));
        byte[] version2 = v3.clone();
        version2[36] = 2;
        assertInstanceOf(CandidateDescriptor.V1.class, decodeDescriptor(version2));
        assertThrows(IllegalArgumentException.class, () -> new CandidateDescriptor.V3(2000, h, 0, 0, 0, h, h, h,
                Hash32.ofOrdinal(0), h, h));
        assertThrows(IllegalArgumentException.class, () -> new CandidateDescriptor.V3(2000, h, 0, 0, 256, h, h, h, h,
                h, h));
    }

    private static byte[] descriptorBytes(CandidateDescriptor d) {
        ScaleWriter out = new ScaleWriter();
        d.encode(out);
        return out.toByteArray();
    }

    private static CandidateDescriptor decodeDescriptor(byte[] bytes) {
        return CandidateDescriptor.decode(new ScaleReader(bytes));
    }

    @Test
    void commitments_encode_in_upstream_field_order() {
        ReceiptCommitments c = new ReceiptCommitments(List.of(Bytes.ofHex("0xaa")), List.of(
                new ReceiptCommitments.HrmpMessage(2001, Bytes.ofHex("0xbb"))), Bytes.EMPTY, false,
                Bytes.ofHex("0x61"), 3, 10);
        assertEquals("04" + "04aa" + "04" + "d1070000" + "04bb" + "00" + "0461" + "03000000" + "0a000000",
                hex(c.encode()));
    }

    @Test
    void a_truncated_or_padded_receipt_is_refused_with_the_field() {
        Hash32 h = Hash32.ofLabel("x");
        byte[] bytes = new CommittedCandidateReceipt(new CandidateDescriptor.V2(2000, h, 0, 0, 0, h, h, h, h, h),
                new ReceiptCommitments(List.of(), List.of(), Bytes.EMPTY, false, Bytes.ofHex("0x61"), 0, 1)).encode();
        byte[] shorter = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        ScaleException e = assertThrows(ScaleException.class, () -> CommittedCandidateReceipt.decode(shorter));
        assertTrue(e.getMessage().contains("hrmp_watermark"), e.getMessage());
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(ScaleException.class, () -> CommittedCandidateReceipt.decode(longer));
    }
}
