package dev.abkit.features;

import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What every step definition shares: the implementation under test (the configured one), skipping a scenario whose
 * subject it does not provide, and comparing outcomes the way the vectors do (the verdict always; the rule when the
 * implementation reports reasons).
 */
final class FeatureSupport {
    private FeatureSupport() {
    }

    /** The configured implementation, or the scenario is skipped when it lacks the subject. */
    static Implementation implementationFor(Subject subject) {
        Implementation implementation = Implementations.configured();
        if (!implementation.capabilities().provides(subject)) {
            throw new TestAbortedException(implementation.capabilities().name() + " does not provide the subject "
                    + subject.key());
        }
        return implementation;
    }

    static void assertAccepted(String what, Outcome outcome) {
        if (outcome == null || !outcome.isAccepted()) {
            throw new AssertionFailedError(what + ": expected accepted but was " + describe(outcome));
        }
    }

    static void assertRejected(Implementation implementation, String what, String rule, Outcome outcome) {
        RuleId expected = RuleId.of(rule);
        if (!(outcome instanceof Outcome.Rejected rejected)) {
            throw new AssertionFailedError("[" + expected + "] " + what + ": expected rejected(" + expected
                    + ") but was " + describe(outcome));
        }
        if (implementation.capabilities().reportsReasons() && !rejected.rule().equals(expected)) {
            throw new AssertionFailedError("[" + expected + "] " + what + ": expected rejected(" + expected
                    + ") but was " + describe(outcome));
        }
    }

    /** Fails with "what: expected X but was Y" when the two differ. */
    static void assertEquals(Object expected, Object actual, String what) {
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(what + ": expected " + expected + " but was " + actual, expected, actual);
        }
    }

    static String describe(Outcome outcome) {
        if (outcome == null) {
            return "no outcome";
        }
        return outcome instanceof Outcome.Rejected r ? "rejected(" + r.rule() + ": " + r.detail() + ")" : "accepted";
    }
}
