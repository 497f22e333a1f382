package dev.abkit.vectors;

import java.util.List;

/** Writes the vectors of one subject or area from the reference model, deterministically. */
public interface VectorSource {
    /** The generator's name, recorded in each case's provenance. */
    String name();

    /** The generator's version; raise it when the cases it writes change on purpose. */
    int version();

    List<VectorCase> cases();
}
