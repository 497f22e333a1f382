package dev.abkit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A 32-byte hash written as {@code 0x} and 64 lowercase hex digits. Ordered as an unsigned big-endian number,
 * which is the byte-wise order upstream compares candidate hashes in.
 */
public record Hash32(String hex) implements Comparable<Hash32> {
    private static final Pattern FORM = Pattern.compile("0x[0-9a-f]{64}");

    public Hash32 {
        if (hex == null || !FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "expected a 32-byte hex hash (0x + 64 lowercase hex digits) but was '" + hex + "'");
        }
    }

    public static Hash32 of(String hex) {
        return new Hash32(hex);
    }

    /** A hash derived from a label (SHA-256 of its UTF-8 bytes), for tests, examples and generated vectors. */
    public static Hash32 ofLabel(String label) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return new Hash32("0x" + HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A hash whose leading bytes are the given number, for cases that need a known order. */
    public static Hash32 ofOrdinal(long ordinal) {
        return new Hash32("0x" + String.format("%016x", ordinal) + "0".repeat(48));
    }

    @Override
    public int compareTo(Hash32 other) {
        return hex.compareTo(other.hex);
    }

    /** The first bytes, for messages. */
    public String shortForm() {
        return hex.substring(0, 10);
    }

    @Override
    public String toString() {
        return hex;
    }
}
