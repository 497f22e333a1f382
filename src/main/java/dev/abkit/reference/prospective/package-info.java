/**
 * The reference prospective-parachains model (areas SCOPE, ADMIT, FORK, CHAIN, PA, LEAF, QUERY): a validator's
 * fragment chains, one per retained relay parent and scheduled para, each holding the best backable chain and the
 * unconnected candidates. Events go in through {@link dev.abkit.reference.prospective.ProspectiveParachains#apply};
 * queries and views read the state. Upstream counterpart: polkadot-sdk
 * {@code polkadot/node/core/prospective-parachains} in its fragment-chain form (mid-2024 to early 2025) with the
 * best-chain reversion fix of PR 6417.
 */
package dev.abkit.reference.prospective;
