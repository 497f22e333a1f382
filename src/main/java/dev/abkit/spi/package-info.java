/**
 * The adapter interface through which any implementation of asynchronous backing plugs into the kit: an
 * {@link dev.abkit.spi.Implementation} declares its {@link dev.abkit.spi.Capabilities} and creates one small domain
 * interface per subject. The embedded {@link dev.abkit.spi.ReferenceImplementation} is the default.
 */
package dev.abkit.spi;
