/**
 * The reference inclusion emulator (area CONS): the constraints a candidate must satisfy at its relay parent, the
 * checks that decide it, and how each candidate's outputs modify the constraints of its descendants. Upstream
 * counterpart: polkadot-sdk {@code polkadot/node/subsystem-util/src/inclusion_emulator/mod.rs}.
 */
package dev.abkit.reference.constraints;
