/**
 * The out-of-process adapter: an implementation written in any language runs as a child process and speaks the
 * kit's JSON-lines protocol on its standard input and output (docs/protocol.md). {@link
 * dev.abkit.process.ProcessImplementation} is the kit's side, an ordinary {@link dev.abkit.spi.Implementation};
 * {@link dev.abkit.process.ReferenceServer} serves the embedded reference over the same protocol.
 */
package dev.abkit.process;
