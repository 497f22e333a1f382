package dev.abkit.model;

/** The hash of a relay-chain block. */
public record RelayHash(Hash32 hash) {
    public RelayHash {
        if (hash == null) {
            throw new IllegalArgumentException("a relay block hash needs a value");
        }
    }

    public static RelayHash of(String hex) {
        return new RelayHash(Hash32.of(hex));
    }

    public static RelayHash ofLabel(String label) {
        return new RelayHash(Hash32.ofLabel("relay:" + label));
    }

    @Override
    public String toString() {
        return hash.shortForm();
    }
}
