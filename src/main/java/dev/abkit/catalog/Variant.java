package dev.abkit.catalog;

import java.util.Arrays;

/**
 * A named upstream variant of a rule. The baseline profile has none of them; an implementation that targets a
 * variant declares it in its profile, and the rules that differ say so in the catalog.
 */
public enum Variant {
    /**
     * Segment HRMP watermark: a trunk watermark equal to the latest one is accepted (parachain-system of polkadot-sdk
     * PR 8860, stable2506).
     */
    WATERMARK_EQUAL_ALLOWED("watermark-equal-allowed"),
    /** Velocity counted per parachain Aura slot instead of per relay-chain slot (aura-ext before PR 6825). */
    VELOCITY_PER_PARA_SLOT("velocity-per-para-slot"),
    /** Relay-parent number must strictly increase between parachain blocks (RelayNumberStrictlyIncreases). */
    RELAY_NUMBER_STRICTLY_INCREASES("relay-number-strictly-increases"),
    /** Capacity hook ExpectParentIncluded: capacity 1 and the included head must be the parent. */
    EXPECT_PARENT_INCLUDED("expect-parent-included"),
    /**
     * Collator parent search: a pending block the collator does not know locally, with alternative branches ignored,
     * leaves the included block as the one potential parent (parent_search.rs @ a23d5a98) instead of none.
     */
    UNKNOWN_PENDING_INCLUDED_ONLY("unknown-pending-included-only"),
    /**
     * Collator build decision without the node-side bypass on the included block: the runtime is asked even when the
     * parent is the included block (polkadot-sdk after PR 6825, before PR 7205).
     */
    NO_INCLUDED_PARENT_BYPASS("no-included-parent-bypass"),
    /**
     * Inclusion emulator: a trunk watermark that matches a valid watermark leaves it valid for the candidate's
     * descendants (apply_modifications drains {@code ..pos}, polkadot-sdk PR 8860) instead of consuming it.
     */
    HRMP_WATERMARK_KEPT("hrmp-watermark-kept"),
    /**
     * Relay-slot velocity hook whose parachain slot must equal the slot derived from the relay chain, not merely not
     * exceed it (aura-ext of polkadot-sdk PR 9712, stable2512; its tests: "Parachain slot must match relay-derived
     * slot").
     */
    AURA_SLOT_EXACT("aura-slot-exact"),
    /**
     * Fragment chain: a candidate whose parent is unknown is checked for cycles with the best chain and its commitments
     * against the base constraints before it is kept unconnected (prospective-parachains of 2026 master).
     */
    UNCONNECTED_VALIDATED("unconnected-validated"),
    /**
     * Claim-queue scope (polkadot-sdk PR 7254, stable2503): the node reads the claim queue and the scheduling lookahead
     * instead of AsyncBackingParams; the best chain holds the pending candidates plus one per distinct core of the para.
     */
    CLAIM_QUEUE("claim-queue"),
    /**
     * Relay runtime with RFC 103 candidate receipts: a V2 descriptor's session index is checked and the UMP signals
     * after the separator are parsed (polkadot-sdk PR 5423, first in stable2412; at most one SelectCore and one
     * ApprovedPeer, signals refused with a V1 descriptor, from stable2506).
     */
    CANDIDATE_DESCRIPTOR_V2("candidate-descriptor-v2"),
    /**
     * Scheduling parent distinct from the relay parent (V3 descriptors, polkadot-sdk PR 11772, 2026 master): the
     * ancestry window bounds a candidate's scheduling parent; its relay parent may be older, down to the para's
     * min_relay_parent_number and up to max_relay_parent_session_age sessions back.
     */
    SCHEDULING_PARENT("scheduling-parent");

    private final String key;

    Variant(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Variant fromKey(String key) {
        return Arrays.stream(values())
                .filter(v -> v.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected a profile variant from "
                        + Arrays.stream(values()).map(Variant::key).toList() + " but was '" + key + "'"));
    }
}
