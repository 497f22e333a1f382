package dev.abkit.model;

import dev.abkit.catalog.RuleId;

/**
 * The one way a reference model decides a rule: {@code checks.require(RULE, condition, "detail %d", value)}.
 * Every evaluation is reported to the probe; a false condition raises a {@link RuleViolation}, which the model turns
 * into a rejected outcome.
 */
public final class Checks {
    private final RuleProbe probe;

    public Checks(RuleProbe probe) {
        this.probe = probe;
    }

    public static Checks unobserved() {
        return new Checks(RuleProbe.NONE);
    }

    public RuleProbe probe() {
        return probe;
    }

    public void require(RuleId rule, boolean condition, String format, Object... args) {
        probe.evaluated(rule, condition);
        if (!condition) {
            throw new RuleViolation(rule, String.format(format, args));
        }
    }

    /** Records that a rule was evaluated and held, for rules decided by a choice rather than a rejection. */
    public void held(RuleId rule) {
        probe.evaluated(rule, true);
    }

    /**
     * Records a rule decided by a choice rather than a rejection, on the side the choice took, and returns the
     * choice: the report and the decision are one value, so they cannot disagree.
     */
    public boolean report(RuleId rule, boolean held) {
        probe.evaluated(rule, held);
        return held;
    }

    /** Records that a rule fired without rejecting the step (for example a candidate dropped on leaf activation). */
    public void fired(RuleId rule) {
        probe.evaluated(rule, false);
    }

    /** Runs a step and turns the first rule violation into a rejected outcome. */
    public static Outcome decide(Runnable step) {
        try {
            step.run();
            return Outcome.accepted();
        } catch (RuleViolation violation) {
            return violation.toOutcome();
        }
    }
}
