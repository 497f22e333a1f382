package dev.abkit.encoding;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string, written as {@code 0x} and lowercase hex digits. */
public final class Bytes {
    /** No bytes. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] value;

    private Bytes(byte[] value) {
        this.value = value;
    }

    public static Bytes of(byte[] value) {
        return new Bytes(value.clone());
    }

    /** Reads {@code 0x}-prefixed hex with an even number of digits. */
    public static Bytes ofHex(String hex) {
        if (hex == null || !hex.startsWith("0x") || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("expected 0x and an even number of hex digits but was '" + hex + "'");
        }
        try {
            return new Bytes(HEX.parseHex(hex.substring(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected 0x and an even number of hex digits but was '" + hex + "'");
        }
    }

    /** {@code size} zero bytes. */
    public static Bytes zeros(int size) {
        return new Bytes(new byte[size]);
    }

    public byte[] toArray() {
        return value.clone();
    }

    public int size() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    byte[] raw() {
        return value;
    }

    public String hex() {
        return "0x" + HEX.formatHex(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
