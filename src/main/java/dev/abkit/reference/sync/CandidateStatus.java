package dev.abkit.reference.sync;

/** Where the one candidate in flight of a para stands. */
public enum CandidateStatus {
    /** Seconded by a backing validator, not yet backed. */
    SECONDED,
    /** Backed off chain: the para's backable candidate. */
    BACKED,
    /** Backed on chain, waiting to become available and be included. */
    PENDING_AVAILABILITY
}
