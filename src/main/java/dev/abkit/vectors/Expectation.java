package dev.abkit.vectors;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;

/** The outcome a vector expects of an event: accepted, or rejected by a named rule. */
public sealed interface Expectation permits Expectation.Accept, Expectation.Reject {
    static Expectation of(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            return new Reject(rejected.rule());
        }
        return new Accept();
    }

    /** Whether {@code actual} has the expected verdict (accepted or rejected), ignoring the rule. */
    boolean verdictMatches(Outcome actual);

    /** The step must be accepted. */
    record Accept() implements Expectation {
        @Override
        public boolean verdictMatches(Outcome actual) {
            return actual.isAccepted();
        }

        @Override
        public String toString() {
            return "accepted";
        }
    }

    /** The step must be rejected, by {@code rule} when the implementation reports reasons. */
    record Reject(RuleId rule) implements Expectation {
        @Override
        public boolean verdictMatches(Outcome actual) {
            return !actual.isAccepted();
        }

        @Override
        public String toString() {
            return "rejected(" + rule + ")";
        }
    }
}
