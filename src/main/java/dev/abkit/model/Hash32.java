package dev.abkit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A 32-byte hash written as {@code 0x} and 64 lowercase hex digits. Ordered as an unsigned big-endian number,
 * which is the byte-wise order upstream compares candidate hashes in.
 */
public record Hash32(String hex) implements Comparable<Hash32> {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });
    /** Labels hashed lately, per thread: the generators make the same labels case after case. */
    private static final RecentValues<String, Hash32> BY_LABEL = new RecentValues<>(4096, Hash32::digestOf);

    public Hash32 {
        if (hex == null || hex.length() != 66 || !isLowerHex(hex)) {
            throw new IllegalArgumentException(
                    "expected a 32-byte hex hash (0x + 64 lowercase hex digits) but was '" + hex + "'");
        }
    }

    public static Hash32 of(String hex) {
        return new Hash32(hex);
    }

    /** A hash derived from a label (SHA-256 of its UTF-8 bytes), for tests, examples and generated vectors. */
    public static Hash32 ofLabel(String label) {
        return BY_LABEL.get(label);
    }

    private static Hash32 digestOf(String label) {
        return ofDigest(SHA_256.get().digest(label.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hash whose 32 bytes are {@code digest}, written as lowercase hex. */
    public static Hash32 ofDigest(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a 32-byte hash needs 32 bytes but got " + digest.length);
        }
        char[] text = new char[66];
        text[0] = '0';
        text[1] = 'x';
        for (int i = 0; i < 32; i++) {
            text[2 + 2 * i] = DIGITS[(digest[i] >> 4) & 0xf];
            text[3 + 2 * i] = DIGITS[digest[i] & 0xf];
        }
        return new Hash32(new String(text));
    }

    /** A hash whose leading bytes are the given number, for cases that need a known order. */
    public static Hash32 ofOrdinal(long ordinal) {
        char[] text = new char[66];
        text[0] = '0';
        text[1] = 'x';
        for (int i = 0; i < 16; i++) {
            text[2 + i] = DIGITS[(int) (ordinal >>> (60 - 4 * i)) & 0xf];
        }
        Arrays.fill(text, 18, 66, '0');
        return new Hash32(new String(text));
    }

    /** Whether {@code text} is {@code 0x} followed by lowercase hex digits only (checked without a regex: hot). */
    static boolean isLowerHex(String text) {
        if (text.length() < 2 || text.charAt(0) != '0' || text.charAt(1) != 'x') {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
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
