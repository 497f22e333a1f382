package dev.abkit.fuzz;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.vectors.SubjectDriver;
import java.util.List;

/**
 * Fuzzing of one subject: a seeded generator of cases in the subject's vector vocabulary (the driver's events and
 * queries, so a generated case is a vector), the invariants its answers must keep, and the simplifications the
 * shrinker may try on parameters and events.
 *
 * @param <P> parameters, {@code E} events, {@code Q} queries, {@code S} the adapter interface
 */
public abstract class FuzzSubject<P, E, Q, S> {
    private final SubjectDriver<P, E, Q, S> driver;
    private final String generatorName;
    private final int generatorVersion;
    private final RuleId defaultRule;

    protected FuzzSubject(SubjectDriver<P, E, Q, S> driver, String generatorName, int generatorVersion,
            RuleId defaultRule) {
        this.driver = driver;
        this.generatorName = generatorName;
        this.generatorVersion = generatorVersion;
        this.defaultRule = defaultRule;
    }

    public final Subject subject() {
        return driver.subject();
    }

    public final SubjectDriver<P, E, Q, S> driver() {
        return driver;
    }

    /** The generator's name as recorded in vectors ({@code fuzz-segment}). */
    public final String generatorName() {
        return generatorName;
    }

    /** Bumped whenever the same seed would produce another case. */
    public final int generatorVersion() {
        return generatorVersion;
    }

    /** The rule a mismatch is attributed to when the reference evaluated none on the step before it. */
    public final RuleId defaultRule() {
        return defaultRule;
    }

    /**
     * The fuzzing of this subject for a campaign against an implementation of {@code profile}: a generator that
     * draws what the profile's variants read (the prospective generator draws claim queues under claim-queue), or
     * this one where no variant needs more than the baseline's parameters. The same seed and profile give the same
     * case.
     */
    public FuzzSubject<P, E, Q, S> forProfile(Profile profile) {
        return this;
    }

    /** The case of {@code seed}; the same seed gives the same case. */
    public abstract FuzzCase<P, E, Q> generate(long seed);

    /**
     * The case of {@code seed} with the reference's run of it, recorded while it was generated, or none when the
     * generator does not record one (the differential then runs the reference itself).
     */
    Generated<P, E, Q, S> generateRecorded(long seed) {
        return new Generated<>(generate(seed), null);
    }

    /** A generated case and the reference's run of it, if recorded. */
    record Generated<P, E, Q, S>(FuzzCase<P, E, Q> c, ReferenceRun<P, E, Q, S> run) {
    }

    /** Fresh invariants for one case with these parameters. */
    public Invariants<E, Q> invariants(P parameters) {
        return Invariants.none();
    }

    /** Simpler parameters to try while shrinking, simplest first. */
    public List<P> simplerParameters(P parameters) {
        return List.of();
    }

    /** Simpler forms of one event to try while shrinking, simplest first. */
    public List<E> simplerEvents(E event) {
        return List.of();
    }
}
