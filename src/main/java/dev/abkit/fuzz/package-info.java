/**
 * Fuzzing with generated cases: seeded generators of event sequences per subject ({@link dev.abkit.fuzz.FuzzSubject}),
 * differential comparison of an implementation with the reference model step by step, invariants named by rule id,
 * delta-debugging shrinking of a failing case, and the shrunk case written out as a vector that replays the failure
 * ({@link dev.abkit.fuzz.FindingVector}). {@link dev.abkit.fuzz.FuzzCampaign} runs a seed range and returns a
 * {@link dev.abkit.fuzz.FuzzReport} with per-rule coverage.
 */
package dev.abkit.fuzz;
