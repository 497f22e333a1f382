package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.ExpectedFailures;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
     * @param enough true once the run has seen enough (the failure limit of --fail-fast / --max-failures): a source
     *     starts no further case but keeps those that ran
     * @param observer told of every verdict as soon as it is known
     */
    record Run(Implementation implementation, Catalog catalog, Selection selection, ExpectedFailures expectedFailures,
            Progress progress, BooleanSupplier stop, BooleanSupplier enough, Consumer<Verdict> observer) {
        public Run(Implementation implementation, Catalog catalog, Selection selection,
                ExpectedFailures expectedFailures, Progress progress) {
            this(implementation, catalog, selection, expectedFailures, progress, () -> false, () -> false, v -> {
            });
        }

        /** Whether a signal stopped the run: the case in flight is left out. */
        public boolean isStopping() {
            return stop.getAsBoolean();
        }

        /** Whether to start no further case: stopped by a signal, or the failure limit reached. */
        public boolean isDone() {
            return stop.getAsBoolean() || enough.getAsBoolean();
        }
    }
}
