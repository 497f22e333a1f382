package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a vector: an event with its expected outcome, or a check of observable state. */
public sealed interface Step permits Step.Event, Step.Check {
    /** The path of the step in its file, {@code steps[3]}. */
    String location();

    /** The line of the step in its file, or 0 for a generated step. */
    int line();

    /** An event applied to the implementation, and the outcome the reference gave it. */
    record Event(JsonNode event, Expectation expect, String location, int line) implements Step {
        public Event {
            event = event.deepCopy();
        }
    }

    /** A query of observable state, and the answer the reference gave. */
    record Check(JsonNode query, JsonNode expect, String location, int line) implements Step {
        public Check {
            query = query.deepCopy();
            expect = expect.deepCopy();
        }
    }
}
