package dev.abkit.model;

/** The identifier of a parachain. */
public record ParaId(int value) implements Comparable<ParaId> {
    public ParaId {
        if (value < 0) {
            throw new IllegalArgumentException("expected a non-negative para id but was " + value);
        }
    }

    public static ParaId of(int value) {
        return new ParaId(value);
    }

    @Override
    public int compareTo(ParaId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "para " + value;
    }
}
