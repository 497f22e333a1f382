/**
 * Benchmarks on JMH, run by hand (with JMH on the class path; see the README's "Benchmarks") and never part of the
 * test run: {@link dev.abkit.bench.ModelBenchmarks} (the prospective-parachains model's operations and the inclusion
 * emulator's constraint check on a deterministic relay chain and candidate workload), {@link
 * dev.abkit.bench.FuzzStepBenchmark} (differential fuzz steps), {@link dev.abkit.bench.VectorLoadBenchmark} and
 * {@link dev.abkit.bench.VectorSetBenchmark} (vector parsing and loading). {@link
 * dev.abkit.bench.ProspectiveBenchmark} prints how the model's cost grows with the candidates of one chain.
 */
package dev.abkit.bench;
