package dev.abkit.reference.prospective;

/** How far a candidate the node keeps has come in backing. */
public enum CandidateState {
    /** Seconded by a validator of the backing group; never enters the best chain in this state (AB-CHAIN-002). */
    SECONDED,
    /** Backed (the group reached quorum), or pending availability on chain. */
    BACKED
}
