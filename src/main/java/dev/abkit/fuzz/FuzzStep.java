package dev.abkit.fuzz;

/**
 * One step of a generated case: an event applied to the subject, or a query of its observable state.
 *
 * @param <E> the subject's events
 * @param <Q> the subject's queries
 */
public sealed interface FuzzStep<E, Q> permits FuzzStep.Act, FuzzStep.Look {
    static <E, Q> FuzzStep<E, Q> act(E event) {
        return new Act<>(event);
    }

    static <E, Q> FuzzStep<E, Q> look(Q query) {
        return new Look<>(query);
    }

    /** An event; the implementation's outcome is compared with the reference's. */
    record Act<E, Q>(E event) implements FuzzStep<E, Q> {
        public Act {
            if (event == null) {
                throw new IllegalArgumentException("a fuzz step needs an event");
            }
        }
    }

    /** A query; the implementation's answer is compared with the reference's and checked against invariants. */
    record Look<E, Q>(Q query) implements FuzzStep<E, Q> {
        public Look {
            if (query == null) {
                throw new IllegalArgumentException("a fuzz step needs a query");
            }
        }
    }
}
