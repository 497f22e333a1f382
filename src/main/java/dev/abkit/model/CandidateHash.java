package dev.abkit.model;

/**
 * The hash of a candidate receipt. Fork choice prefers the lower hash, compared as an unsigned big-endian number.
 */
public record CandidateHash(Hash32 hash) implements Comparable<CandidateHash> {
    public CandidateHash {
        if (hash == null) {
            throw new IllegalArgumentException("a candidate hash needs a value");
        }
    }

    public static CandidateHash of(String hex) {
        return new CandidateHash(Hash32.of(hex));
    }

    public static CandidateHash ofLabel(String label) {
        return new CandidateHash(Hash32.ofLabel("candidate:" + label));
    }

    public boolean isLowerThan(CandidateHash other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(CandidateHash other) {
        return hash.compareTo(other.hash);
    }

    @Override
    public String toString() {
        return hash.shortForm();
    }
}
