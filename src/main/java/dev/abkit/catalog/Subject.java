package dev.abkit.catalog;

import java.util.Arrays;

/**
 * A part of the protocol that an implementation may plug into the kit on its own. Each subject has its
 * upstream counterpart; an implementation provides any subset of them.
 */
public enum Subject {
    /** The parachain runtime's unincluded segment and its consensus hook (cumulus parachain-system, aura-ext). */
    UNINCLUDED_SEGMENT("unincluded-segment"),
    /** The validator's prospective-parachains subsystem: fragment chains per active leaf. */
    PROSPECTIVE_PARACHAINS("prospective-parachains"),
    /** The inclusion emulator: constraints a candidate is checked against and how its outputs modify them. */
    CANDIDATE_CONSTRAINTS("candidate-constraints"),
    /** The relay-chain runtime's acceptance of backed candidates: allowed relay parents and their progression. */
    RUNTIME_ACCEPTANCE("runtime-acceptance"),
    /** The timing model of the pipeline: which parablocks are authored, backed and included per relay block. */
    PIPELINE("pipeline"),
    /**
     * The collator's own logic (parent search, whether and how often it builds) and the parachain runtime's decisions
     * while a block is built (outbound messages, upgrade signal, outbound limits, inbound de-duplication).
     */
    COLLATOR("collator");

    private final String key;

    Subject(String key) {
        this.key = key;
    }

    /** The name used in the catalog, in vectors and on the command line. */
    public String key() {
        return key;
    }

    public static Subject fromKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of "
                        + Arrays.stream(values()).map(Subject::key).toList() + " but was '" + key + "'"));
    }
}
