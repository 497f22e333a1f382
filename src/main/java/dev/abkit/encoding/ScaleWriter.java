package dev.abkit.encoding;

import dev.abkit.model.Hash32;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Writes SCALE (the Parity codec): fixed-width integers little-endian, lengths and compact integers in the
 * compact form, fixed arrays as their bytes, {@code Vec<u8>} as a compact length and the bytes, {@code Option} as a
 * 0 or 1 byte and the value.
 */
public final class ScaleWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    public ScaleWriter u8(int value) {
        requireRange(value, 0xffL, "u8");
        out.write(value);
        return this;
    }

    public ScaleWriter u16(int value) {
        requireRange(value, 0xffffL, "u16");
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
        return this;
    }

    public ScaleWriter u32(long value) {
        requireRange(value, 0xffff_ffffL, "u32");
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
        return this;
    }

    /** A compact (variable-length) unsigned integer. */
    public ScaleWriter compact(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a compact integer is unsigned but was " + value);
        }
        if (value < 1L << 6) {
            out.write((int) (value << 2));
        } else if (value < 1L << 14) {
            int v = (int) (value << 2) | 0b01;
            out.write(v & 0xff);
            out.write((v >>> 8) & 0xff);
        } else if (value < 1L << 30) {
            long v = (value << 2) | 0b10;
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xff);
            }
        } else {
            byte[] big = BigInteger.valueOf(value).toByteArray();
            int start = big[0] == 0 ? 1 : 0;
            int length = big.length - start;
            out.write(((length - 4) << 2) | 0b11);
            for (int i = big.length - 1; i >= start; i--) {
                out.write(big[i]);
            }
        }
        return this;
    }

    /** Bytes as they are (a fixed-size array). */
    public ScaleWriter fixed(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public ScaleWriter hash(Hash32 hash) {
        return fixed(HexFormat.of().parseHex(hash.hex().substring(2)));
    }

    /** A {@code Vec<u8>}: the compact length, then the bytes. */
    public ScaleWriter vec(Bytes bytes) {
        compact(bytes.size());
        return fixed(bytes.raw());
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private static void requireRange(long value, long max, String type) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("expected a " + type + " but was " + value);
        }
    }
}
