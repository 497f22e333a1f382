package dev.abkit.reference.constraints;

import dev.abkit.model.Hash32;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;

/** What a candidate knows of its relay parent: hash, number and state root. */
public record RelayParentInfo(RelayHash hash, RelayBlockNumber number, Hash32 storageRoot) {
    public RelayParentInfo {
        if (hash == null || number == null || storageRoot == null) {
            throw new IllegalArgumentException("relay parent info needs hash, number and storage root");
        }
    }

    /** A relay parent whose hash and storage root derive from a label, for tests and examples. */
    public static RelayParentInfo ofLabel(String label, long number) {
        return new RelayParentInfo(
                RelayHash.ofLabel(label), RelayBlockNumber.of(number), Hash32.ofLabel("state:" + label));
    }
}
