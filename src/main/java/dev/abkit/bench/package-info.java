/**
 * Benchmarks of the reference models, run by hand and never part of the test run. {@link
 * dev.abkit.bench.ProspectiveBenchmark} drives the prospective-parachains model with a deterministic relay chain and
 * candidate workload and prints operations per second, the leaf-activation cost, the heap retained and how the cost
 * grows with the candidates of one chain.
 */
package dev.abkit.bench;
