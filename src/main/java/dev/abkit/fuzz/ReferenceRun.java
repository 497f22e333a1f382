package dev.abkit.fuzz;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.SubjectDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference's run of a generated case, recorded while the generator made it: per step the event or query (by
 * identity), the reference's outcome or answer, the rule the step is attributed to, and every rule evaluation the
 * reference made while opening the subject and on each step. {@link Differential} replays it as the expected side of
 * the comparison instead of running the reference a second time; the rules it hands to the coverage, the
 * attributions and the expected results are those a second run would give, because it is the same run of the same
 * deterministic model on the same inputs. The generator's own look-ups of the model between steps are not recorded.
 *
 * <p>A run is used only for the case it was recorded for (same parameters and step objects) and the profile it was
 * recorded under; the shrinker's cases, or an implementation of another profile, run the reference as before.
 *
 * @param <P> parameters, {@code E} events, {@code Q} queries, {@code S} the adapter interface
 */
final class ReferenceRun<P, E, Q, S> implements RuleProbe {
    /** The profile the generators' models are opened with, unless a generator names another. */
    static final Profile PROFILE = Profile.BASELINE;

    private final SubjectDriver<P, E, Q, S> driver;
    private final P parameters;
    private final Profile profile;
    private final S model;
    private final List<Object> inputs = new ArrayList<>();
    private final List<Object> results = new ArrayList<>();
    private final List<RuleId> attributions = new ArrayList<>();
    private int[] ends = new int[64];
    private RuleId[] rules = new RuleId[256];
    private boolean[] held = new boolean[256];
    private int evaluations;
    private int openEnd;
    private boolean armed;
    private boolean broken;
    private RuleId lastFired;
    private RuleId lastHeld;

    /** Opens the reference of {@code driver} with {@code parameters}, recording what the opening evaluates. */
    ReferenceRun(SubjectDriver<P, E, Q, S> driver, P parameters) {
        this(driver, parameters, PROFILE);
    }

    /** As {@link #ReferenceRun(SubjectDriver, Object)}, the reference of {@code profile}. */
    ReferenceRun(SubjectDriver<P, E, Q, S> driver, P parameters, Profile profile) {
        this.driver = driver;
        this.parameters = parameters;
        this.profile = profile;
        armed = true;
        try {
            model = driver.open(new ReferenceImplementation(profile, this), parameters);
        } finally {
            armed = false;
        }
        openEnd = evaluations;
    }

    /** The reference model, for the generator's own look-ups (not recorded). */
    S model() {
        return model;
    }

    /** Adds {@code event} as the next step of {@code steps} and applies it to the reference. */
    Outcome act(List<FuzzStep<E, Q>> steps, E event) {
        steps.add(FuzzStep.act(event));
        return apply(event);
    }

    /**
     * Applies {@code event}, the step the generator adds next, to the reference; an exception passes to the generator
     * as it did before the run was recorded.
     */
    Outcome apply(E event) {
        begin();
        Outcome outcome;
        try {
            outcome = driver.apply(model, event);
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        } finally {
            armed = false;
        }
        end(event, outcome);
        return outcome;
    }

    /** Adds {@code query} as the next step of {@code steps} and records the reference's answer. */
    void look(List<FuzzStep<E, Q>> steps, Q query) {
        steps.add(FuzzStep.look(query));
        if (broken) {
            return;
        }
        begin();
        Object answer;
        try {
            answer = driver.answer(model, query);
        } catch (RuntimeException e) {
            // The differential runs the reference itself and reports what this case is; nothing more is recorded.
            broken = true;
            return;
        } finally {
            armed = false;
        }
        end(query, answer);
    }

    private void begin() {
        lastFired = null;
        lastHeld = null;
        armed = !broken;
    }

    private void end(Object input, Object result) {
        if (broken) {
            return;
        }
        inputs.add(input);
        results.add(result);
        attributions.add(lastFired != null ? lastFired : lastHeld);
        if (inputs.size() > ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[inputs.size() - 1] = evaluations;
    }

    @Override
    public void evaluated(RuleId rule, boolean ruleHeld) {
        if (!armed) {
            return;
        }
        if (evaluations == rules.length) {
            rules = Arrays.copyOf(rules, rules.length * 2);
            held = Arrays.copyOf(held, held.length * 2);
        }
        rules[evaluations] = rule;
        held[evaluations] = ruleHeld;
        evaluations++;
        if (ruleHeld) {
            lastHeld = rule;
        } else {
            lastFired = rule;
        }
    }

    /** Whether this is the run of {@code c} under {@code profile}. */
    boolean fits(FuzzCase<P, E, Q> c, Profile profile) {
        if (broken || !this.profile.equals(profile) || c.parameters() != parameters
                || c.steps().size() != inputs.size()) {
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            FuzzStep<E, Q> step = c.steps().get(i);
            Object input = step instanceof FuzzStep.Act<E, Q> act ? act.event() : ((FuzzStep.Look<E, Q>) step).query();
            if (input != inputs.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The reference's outcome or answer on step {@code index} (from 0). */
    Object result(int index) {
        return results.get(index);
    }

    /** The rule that decided step {@code index}: the last that fired, else the last that held. */
    Optional<RuleId> attribution(int index) {
        return Optional.ofNullable(attributions.get(index));
    }

    /** Hands to {@code coverage} what the reference evaluated opening the subject and on its first {@code steps}. */
    void handOver(RuleProbe coverage, int steps) {
        if (coverage == RuleProbe.NONE) {
            return;
        }
        int end = steps == 0 ? openEnd : ends[steps - 1];
        Map<RuleId, long[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            counts.computeIfAbsent(rules[i], r -> new long[2])[held[i] ? 0 : 1]++;
        }
        RuleCoverage.addCounts(coverage, counts);
    }
}
