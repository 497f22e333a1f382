package dev.abkit.encoding;

import dev.abkit.model.Hash32;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/** blake2b with a 32-byte digest and no key: upstream's {@code blake2_256} and {@code BlakeTwo256}. */
public final class Blake2 {

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
        return Hash32.ofDigest(hash256(input));
    }

    public static Hash32 hash(Bytes input) {
        return hash(input.raw());
    }
}
