package dev.abkit.model;

import dev.abkit.catalog.RuleId;

/**
 * Raised by {@link Checks#require} inside a reference model when a rule fires, and turned into a
 * {@link Outcome.Rejected} at the boundary of the step. It never escapes a model's public API.
 */
public final class RuleViolation extends RuntimeException {
    private final RuleId rule;
    private final String format;
    private final Object[] args;
    private String detail;

    public RuleViolation(RuleId rule, String detail) {
        this(rule, detail, null);
    }

    /**
     * A violation whose detail is {@code format} with {@code args} ({@link Checks#detail}), formatted when it is first
     * read: models catch many violations and move on (a candidate tried under several relay parents, a membership
     * query), and those are never formatted. The arguments are the values the check compared, which do not change.
     */
    RuleViolation(RuleId rule, String format, Object[] args) {
        super(null, null, false, false);
        this.rule = rule;
        this.format = format;
        this.args = args;
    }

    public RuleId rule() {
        return rule;
    }

    public String detail() {
        if (detail == null) {
            detail = args == null ? format : Checks.detail(format, args);
        }
        return detail;
    }

    @Override
    public String getMessage() {
        return rule + ": " + detail();
    }

    public Outcome.Rejected toOutcome() {
        return new Outcome.Rejected(rule, detail());
    }
}
