package dev.abkit.model;

import dev.abkit.catalog.RuleId;

/**
 * Raised by {@link Checks#require} inside a reference model when a rule fires, and turned into a
 * {@link Outcome.Rejected} at the boundary of the step. It never escapes a model's public API.
 */
public final class RuleViolation extends RuntimeException {
    private final RuleId rule;

    public RuleViolation(RuleId rule, String detail) {
        super(rule + ": " + detail, null, false, false);
        this.rule = rule;
    }

    public RuleId rule() {
        return rule;
    }

    public String detail() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }

    public Outcome.Rejected toOutcome() {
        return new Outcome.Rejected(rule, detail());
    }
}
