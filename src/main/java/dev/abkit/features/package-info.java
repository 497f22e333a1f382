/**
 * Step definitions of the Gherkin features under {@code features/}. They are thin: each builds domain values, calls the
 * configured implementation through its adapter, and compares what it observes. They never call the reference model
 * directly, so the same features judge any implementation.
 */
package dev.abkit.features;
