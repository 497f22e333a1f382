package dev.abkit.model;

import dev.abkit.catalog.RuleId;

/**
 * What a protocol step did: it was accepted, or it was rejected because a named rule fired.
 */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {
    Outcome ACCEPTED = new Accepted();

    static Outcome accepted() {
        return ACCEPTED;
    }

    static Outcome rejected(RuleId rule, String detail) {
        return new Rejected(rule, detail);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The step passed every rule that guards it. */
    record Accepted() implements Outcome {
        @Override
        public String toString() {
            return "accepted";
        }
    }

    /** The step broke {@code rule}; {@code detail} says how, with the values compared. */
    record Rejected(RuleId rule, String detail) implements Outcome {
        public Rejected {
            if (rule == null || detail == null) {
                throw new IllegalArgumentException("a rejection needs a rule id and a detail");
            }
        }

        @Override
        public String toString() {
            return "rejected(" + rule + ")";
        }
    }
}
