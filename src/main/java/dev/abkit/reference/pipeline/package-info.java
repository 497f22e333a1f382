/**
 * The pipeline subject: a discrete, deterministic timing model of parablock production for one parachain. Relay
 * blocks come every 6 s; per relay block the model derives which parablocks the collator authors, which are backed
 * on chain and which are included, from the rules of area PIPE (and AB-SYNC-005), for synchronous and asynchronous
 * backing parameters and for several cores.
 */
package dev.abkit.reference.pipeline;
