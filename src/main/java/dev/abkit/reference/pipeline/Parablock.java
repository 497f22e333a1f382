package dev.abkit.reference.pipeline;

/**
 * A parablock of the pipeline, numbered in authoring order (P1, P2, ...), with the number of the relay block it
 * was built on (its relay parent).
 */
public record Parablock(int number, int relayParent) {
    public Parablock {
        if (number < 1 || relayParent < 0) {
            throw new IllegalArgumentException("expected a parablock number >= 1 and a relay parent >= 0 but was P"
                    + number + " on R" + relayParent);
        }
    }

    /** The label used in tables, {@code P<number>}. */
    public String label() {
        return "P" + number;
    }

    @Override
    public String toString() {
        return label() + "@R" + relayParent;
    }
}
