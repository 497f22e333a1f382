package dev.abkit.example;

import dev.abkit.conformance.VectorConformance;
import dev.abkit.spi.Implementation;

/**
 * The one small test class a third party writes: every vector runs against its implementation; the cases of the
 * subjects it does not provide are reported as skipped with that reason.
 */
class ExampleNodeConformanceTest extends VectorConformance {
    @Override
    protected Implementation implementation() {
        return new ExampleNode();
    }
}
