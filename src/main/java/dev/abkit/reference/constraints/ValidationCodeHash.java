package dev.abkit.reference.constraints;

import dev.abkit.model.Hash32;

/** The hash of a parachain's validation code (its runtime). */
public record ValidationCodeHash(Hash32 hash) {
    public ValidationCodeHash {
        if (hash == null) {
            throw new IllegalArgumentException("a validation code hash needs a value");
        }
    }

    public static ValidationCodeHash ofLabel(String label) {
        return new ValidationCodeHash(Hash32.ofLabel("code:" + label));
    }

    @Override
    public String toString() {
        return hash.shortForm();
    }
}
