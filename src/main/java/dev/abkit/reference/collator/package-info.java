/**
 * The collator subject: the decisions a collator node takes before it authors a parablock, and the decisions the
 * parachain runtime takes while the block is built. Area COL: which local blocks are potential parents for a relay
 * parent ({@code find_potential_parents}), which one the collator builds on, whether it builds now
 * ({@code can_build_upon} as the node decides it) and how often it attempts a block. Area RTD: which outbound
 * messages a block sends, whether it acts on a code-upgrade signal, the outbound limits it derives from the
 * relay-chain messaging state and which inbound messages it still processes. Every function here is pure: inputs in,
 * one answer out, each rule reported to the probe on the side it took.
 */
package dev.abkit.reference.collator;
