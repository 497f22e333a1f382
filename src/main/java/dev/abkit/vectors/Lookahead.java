package dev.abkit.vectors;

import dev.abkit.catalog.Subject;
import java.util.List;

/**
 * An implementation that can be told, right after a subject instance was opened, every event and query the case
 * will send it, in order, so that it can work ahead: the process protocol's version 2 sends them pipelined and folds
 * the queries that follow an event into that event's step. The calls that follow must still be made one by one; an
 * implementation answers each from the work done ahead when it is the step announced, and as if nothing had been
 * announced when it is not.
 */
public interface Lookahead {
    /**
     * One announced step: an event ({@code isEvent}) or a query, as the driver's object.
     *
     * @param isEvent an event (else a query)
     * @param step the driver's event or query record
     */
    record Planned(boolean isEvent, Object step) {
    }

    /** The steps the subject instance opened last will receive, in order; a case may stop before the end. */
    void expect(List<Planned> steps);

    /**
     * The case that will follow the current one: the next subject instance opened will be of {@code subject} with
     * these driver {@code parameters}, and receive these steps. A promise that is not kept costs time, not results.
     */
    default void expectNext(Subject subject, Object parameters, List<Planned> steps) {
    }

    /**
     * How many cases the implementation takes announced ahead of the current one, each by one {@link #expectNext}
     * call in the order they will run; 0 when it takes none.
     */
    default int casesAhead() {
        return 1;
    }
}
