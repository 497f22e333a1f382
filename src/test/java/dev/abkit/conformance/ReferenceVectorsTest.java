package dev.abkit.conformance;

import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;

/** The embedded reference passes every vector. */
class ReferenceVectorsTest extends VectorConformance {
    @Override
    protected Implementation implementation() {
        return new ReferenceImplementation();
    }
}
