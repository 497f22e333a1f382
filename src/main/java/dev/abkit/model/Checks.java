package dev.abkit.model;

import dev.abkit.catalog.RuleId;
import java.util.Locale;

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
            throw new RuleViolation(rule, format, args);
        }
    }

    /**
     * {@code String.format(Locale.ROOT, format, args)}, without a {@link java.util.Formatter} for the two
     * conversions the models use ({@code %d}, {@code %s}): rejections are frequent when fuzzing, and a Formatter
     * parses its pattern on every call.
     */
    static String detail(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 16 * args.length);
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char conversion = i + 1 < format.length() ? format.charAt(i + 1) : ' ';
            if (conversion == '%') {
                out.append('%');
            } else if (next < args.length && (conversion == 's' || conversion == 'd' && isWhole(args[next]))) {
                out.append(args[next++]);
            } else {
                return String.format(Locale.ROOT, format, args);
            }
            i++;
        }
        return out.toString();
    }

    private static boolean isWhole(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger;
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
