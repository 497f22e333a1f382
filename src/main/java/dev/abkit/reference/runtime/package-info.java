/**
 * The reference model of the relay-chain runtime's acceptance of backed candidates (subject
 * {@code runtime-acceptance}, catalog area RT): the allowed-relay-parents tracker, the per-para filtering of the
 * backed candidates of one inherent, and the chain of candidates pending availability with its enactment and
 * timeouts. {@link dev.abkit.reference.runtime.RuntimeAcceptance} is the model; events go in as
 * {@link dev.abkit.reference.runtime.RuntimeEvent}s and come out as a
 * {@link dev.abkit.reference.runtime.RuntimeStep}.
 */
package dev.abkit.reference.runtime;
