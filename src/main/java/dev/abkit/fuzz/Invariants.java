package dev.abkit.fuzz;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;
import java.util.Optional;

/**
 * Properties named by rule id that one subject instance must keep, checked on its own answers whatever the reference
 * says (for example: the segment never exceeds its capacity, AB-SEG-001). One object watches one case: it is told
 * every event with the instance's outcome, then judges every answer.
 */
public interface Invariants<E, Q> {
    /** Notes an event and the outcome the watched instance gave it. */
    void afterEvent(E event, Outcome outcome);

    /** The first invariant the answer breaks, if any. */
    Optional<Violation> check(Q query, Object answer);

    /** An invariant that does not hold, with the values seen. */
    record Violation(RuleId rule, String detail) {
    }

    /** No invariants. */
    static <E, Q> Invariants<E, Q> none() {
        return new Invariants<>() {
            @Override
            public void afterEvent(E event, Outcome outcome) {
            }

            @Override
            public Optional<Violation> check(Q query, Object answer) {
                return Optional.empty();
            }
        };
    }
}
