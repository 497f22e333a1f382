package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a vector: an event with its expected outcome, or a check of observable state. */
public sealed interface Step permits Step.Event, Step.Check {
    /** The place of the step in its file, for messages: {@code steps[3] (vectors/...yaml:41)}. */
    String location();

    /** An event applied to the implementation, and the outcome the reference gave it. */
    record Event(JsonNode event, Expectation expect, String location) implements Step {
        public Event {
            event = event.deepCopy();
        }
    }

    /** A query of observable state, and the answer the reference gave. */
    record Check(JsonNode query, JsonNode expect, String location) implements Step {
        public Check {
            query = query.deepCopy();
            expect = expect.deepCopy();
        }
    }
}
