package dev.abkit.features;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import dev.abkit.spi.ReferenceImplementation;
import java.util.Collection;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What every step definition shares: the implementation under test (the configured one), skipping a scenario whose
 * subject it does not provide, and comparing outcomes the way the vectors do (the verdict always; the rule when the
 * implementation reports reasons).
 */
final class FeatureSupport {
    private static final Catalog CATALOG = Catalog.load();

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

    /**
     * The implementation that runs a scenario of {@code profile} tagged {@code tags}: the embedded reference serves the
     * scenario's profile; another implementation runs it only if the scenario's rules read the same under the profile
     * it declares, and the scenario is skipped with the reason otherwise.
     */
    static Implementation forProfile(Implementation configured, Profile profile, Collection<String> tags) {
        if (configured instanceof ReferenceImplementation) {
            return new ReferenceImplementation(profile, RuleProbe.NONE);
        }
        Profile declared = configured.capabilities().profile();
        if (declared.equals(profile)) {
            return configured;
        }
        String name = configured.capabilities().name();
        if (!declared.variants().containsAll(profile.variants())) {
            throw new TestAbortedException("the scenario holds for profile " + profile + ", " + name + " targets "
                    + declared);
        }
        for (String tag : tags) {
            Optional<Rule> rule = tag.startsWith("@AB-") ? CATALOG.find(RuleId.of(tag.substring(1)))
                    : Optional.empty();
            for (Variant v : declared.variants()) {
                if (!profile.has(v) && rule.isPresent() && rule.get().profiles().containsKey(v)) {
                    throw new TestAbortedException(rule.get().id() + " differs under " + v.key() + ": "
                            + rule.get().profiles().get(v).reads());
                }
            }
        }
        return configured;
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
