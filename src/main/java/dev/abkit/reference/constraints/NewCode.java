package dev.abkit.reference.constraints;

/** Whether a candidate carries new validation code (a runtime upgrade), and its size in bytes. */
public sealed interface NewCode permits NewCode.None, NewCode.Present {
    NewCode NONE = new None();

    static NewCode of(long size) {
        return new Present(size);
    }

    /** The candidate carries no new code. */
    record None() implements NewCode {
    }

    /** The candidate carries new code of {@code size} bytes. */
    record Present(long size) implements NewCode {
        public Present {
            if (size < 0) {
                throw new IllegalArgumentException("expected a non-negative code size but was " + size);
            }
        }
    }
}
