package dev.abkit.encoding;

import dev.abkit.model.Hash32;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/** blake2b with a 32-byte digest and no key: upstream's {@code blake2_256} and {@code BlakeTwo256}. */
public final class Blake2 {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Blake2() {
    }

    public static byte[] hash256(byte[] input) {
        Blake2bDigest digest = new Blake2bDigest(256);
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static Hash32 hash(byte[] input) {
        byte[] digest = hash256(input);
        char[] text = new char[66];
        text[0] = '0';
        text[1] = 'x';
        for (int i = 0; i < 32; i++) {
            text[2 + 2 * i] = DIGITS[(digest[i] >> 4) & 0xf];
            text[3 + 2 * i] = DIGITS[digest[i] & 0xf];
        }
        return Hash32.of(new String(text));
    }

    public static Hash32 hash(Bytes input) {
        return hash(input.raw());
    }
}
