package dev.abkit.encoding;

import dev.abkit.model.Hash32;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads SCALE from a byte string; every read past the end or malformed value fails with a
 * {@link ScaleException} that names the offset and what was being read.
 */
public final class ScaleReader {
    private final byte[] bytes;
    private int offset;

    public ScaleReader(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public int offset() {
        return offset;
    }

    public boolean isAtEnd() {
        return offset == bytes.length;
    }

    /** Fails unless every byte was read. */
    public void requireEnd(String what) {
        if (!isAtEnd()) {
            throw new ScaleException(what + ": " + (bytes.length - offset) + " bytes left over at offset " + offset);
        }
    }

    public int u8(String what) {
        need(1, what);
        return bytes[offset++] & 0xff;
    }

    public int u16(String what) {
        need(2, what);
        int value = (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
        offset += 2;
        return value;
    }

    public long u32(String what) {
        need(4, what);
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) (bytes[offset + i] & 0xff) << (8 * i);
        }
        offset += 4;
        return value;
    }

    /** A compact integer up to 2^63 - 1; a non-canonical form (a value written longer than needed) is refused. */
    public long compact(String what) {
        int first = u8(what);
        switch (first & 0b11) {
            case 0b00:
                return first >>> 2;
            case 0b01: {
                int second = u8(what);
                long value = ((first | second << 8) >>> 2);
                return canonical(value, 1L << 6, what);
            }
            case 0b10: {
                need(3, what);
                long value = first | (bytes[offset] & 0xffL) << 8 | (bytes[offset + 1] & 0xffL) << 16
                        | (bytes[offset + 2] & 0xffL) << 24;
                offset += 3;
                return canonical(value >>> 2, 1L << 14, what);
            }
            default: {
                int length = (first >>> 2) + 4;
                if (length > 8) {
                    throw new ScaleException(what + ": a compact integer of " + length + " bytes at offset "
                            + (offset - 1) + " is out of range");
                }
                need(length, what);
                long value = 0;
                for (int i = 0; i < length; i++) {
                    value |= (bytes[offset + i] & 0xffL) << (8 * i);
                }
                offset += length;
                if (value < 0) {
                    throw new ScaleException(what + ": a compact integer at offset " + (offset - length - 1)
                            + " is out of range");
                }
                return canonical(value, 1L << 30, what);
            }
        }
    }

    public byte[] fixed(int size, String what) {
        need(size, what);
        byte[] result = Arrays.copyOfRange(bytes, offset, offset + size);
        offset += size;
        return result;
    }

    public Hash32 hash(String what) {
        return Hash32.of("0x" + HexFormat.of().formatHex(fixed(32, what)));
    }

    /** A {@code Vec<u8>}. */
    public Bytes vec(String what) {
        long length = compact(what + " length");
        if (length > bytes.length - offset) {
            throw new ScaleException(what + ": length " + length + " at offset " + offset + " runs past the end ("
                    + (bytes.length - offset) + " bytes left)");
        }
        return Bytes.of(fixed((int) length, what));
    }

    /** An element count of a {@code Vec<T>}, bounded by the bytes left (every element takes at least one byte). */
    public int count(String what) {
        long count = compact(what + " count");
        if (count > bytes.length - offset) {
            throw new ScaleException(what + ": " + count + " elements at offset " + offset + " cannot fit in the "
                    + (bytes.length - offset) + " bytes left");
        }
        return (int) count;
    }

    /** The tag of an {@code Option}: false for None (0), true for Some (1). */
    public boolean option(String what) {
        int tag = u8(what);
        if (tag > 1) {
            throw new ScaleException(what + ": expected an option tag 0 or 1 but was " + tag + " at offset "
                    + (offset - 1));
        }
        return tag == 1;
    }

    private long canonical(long value, long minimum, String what) {
        if (value < minimum) {
            throw new ScaleException(what + ": compact integer " + value + " is not in its shortest form");
        }
        return value;
    }

    private void need(int size, String what) {
        if (bytes.length - offset < size) {
            throw new ScaleException(what + ": needs " + size + " bytes at offset " + offset + " but "
                    + (bytes.length - offset) + " are left");
        }
    }
}
