package dev.abkit.spi;

import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Timeline;

/**
 * The pipeline subject (upstream: the timing of the seed's pipelining tables). A function from parameters to a
 * timeline: for each relay block R0 .. R(n-1), the parablocks the collator authors on it, and those it backs, includes
 * and abandons (AB-PIPE-001..008, AB-SYNC-005). Throughput, latency and windows are derived by the kit from the rows.
 */
@FunctionalInterface
public interface PipelineSubject {
    /**
     * Simulates relay blocks R0 .. R(n-1), n being {@code parameters.relayBlocks()}, on the happy path (every backed
     * parablock is available in the next relay block). The timeline has one row per relay block, in order.
     */
    Timeline run(PipelineParameters parameters);
}
