package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.ExpectedFailures;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One kind of conformance case a verification run executes: the vectors, the feature examples, or generated cases.
 * A run asks every source in turn and reports all their verdicts together.
 */
public interface VerdictSource {
    /** A short name for progress lines and reports, e.g. "vectors". */
    String name();

    /** Runs the selected cases against the implementation of {@code run}. */
    List<Verdict> run(Run run);

    /** The seeds the source drew its cases from, for the report's provenance; empty for fixed cases. */
    default List<Long> seeds() {
        return List.of();
    }

    /**
     * What every source is given.
     *
     * @param implementation the implementation under test
     * @param catalog the rule catalog
     * @param selection the cases selected
     * @param expectedFailures the cases the implementation knowingly fails
     * @param progress told after every case
     * @param stop true once the run is to stop (a signal ended it): a source returns what ran so far, leaving out a
     *     case in flight at the moment, whose result the stopping may have spoiled
     */
    record Run(Implementation implementation, Catalog catalog, Selection selection, ExpectedFailures expectedFailures,
            Progress progress, BooleanSupplier stop) {
        public Run(Implementation implementation, Catalog catalog, Selection selection,
                ExpectedFailures expectedFailures, Progress progress) {
            this(implementation, catalog, selection, expectedFailures, progress, () -> false);
        }

        /** Whether the run is to stop. */
        public boolean isStopping() {
            return stop.getAsBoolean();
        }
    }
}
