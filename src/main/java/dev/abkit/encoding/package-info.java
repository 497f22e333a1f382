/**
 * The SCALE encoding and blake2-256 hashing of the few upstream structures a vector carries: the committed candidate
 * receipt (descriptor V1 or V2 and commitments), the persisted validation data and the UMP signals. A runner in
 * another language decodes the same bytes with its own codec and computes the same hashes; the kit's own encoding is
 * cross-checked against polkadot-js ({@code tools/encoding-check}).
 */
package dev.abkit.encoding;
