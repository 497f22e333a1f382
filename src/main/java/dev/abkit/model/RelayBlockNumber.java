package dev.abkit.model;

/** The number (height) of a relay-chain block. */
public record RelayBlockNumber(long value) implements Comparable<RelayBlockNumber> {
    public RelayBlockNumber {
        if (value < 0) {
            throw new IllegalArgumentException("expected a non-negative relay block number but was " + value);
        }
    }

    public static RelayBlockNumber of(long value) {
        return new RelayBlockNumber(value);
    }

    public boolean isBefore(RelayBlockNumber other) {
        return value < other.value;
    }

    public boolean isAfter(RelayBlockNumber other) {
        return value > other.value;
    }

    public RelayBlockNumber minus(long blocks) {
        return new RelayBlockNumber(Math.max(0, value - blocks));
    }

    public RelayBlockNumber plus(long blocks) {
        return new RelayBlockNumber(value + blocks);
    }

    @Override
    public int compareTo(RelayBlockNumber other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
