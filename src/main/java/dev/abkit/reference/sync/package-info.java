/**
 * Synchronous backing as its own minimal model ({@link dev.abkit.reference.sync.SynchronousBacking}): the
 * executable form of "synchronous backing is asynchronous backing with both parameters zero" (area SYNC). Per para
 * at most one candidate is in flight, its relay parent is the active leaf and its parent head is the included
 * head. Events and queries use the same vocabulary as prospective parachains, so both can be driven by one stream.
 */
package dev.abkit.reference.sync;
