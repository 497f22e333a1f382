package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one vector by running the reference model: every event's expected outcome and every check's expected
 * answer are what the reference gives. The author states the intent of each event ({@link #accepted} or
 * {@link #rejected}); a reference that disagrees with the intent is a bug in the kit and stops generation.
 *
 * @param <P> parameters, {@code E} events, {@code Q} queries, {@code S} the subject interface
 */
public final class CaseBuilder<P, E, Q, S> {
    private final SubjectDriver<P, E, Q, S> driver;
    private final String id;
    private final String description;
    private final List<RuleId> rules;
    private final Profile profile;
    private final P parameters;
    private final S reference;
    private final List<Step> steps = new ArrayList<>();

    private CaseBuilder(SubjectDriver<P, E, Q, S> driver, String id, String description, List<RuleId> rules,
            Profile profile, P parameters) {
        this.driver = driver;
        this.id = id;
        this.description = description;
        this.rules = List.copyOf(rules);
        this.profile = profile;
        this.parameters = parameters;
        this.reference = driver.open(new ReferenceImplementation(profile, RuleProbe.NONE), parameters);
    }

    public static <P, E, Q, S> CaseBuilder<P, E, Q, S> start(SubjectDriver<P, E, Q, S> driver, String id,
            String description, List<RuleId> rules, Profile profile, P parameters) {
        return new CaseBuilder<>(driver, id, description, rules, profile, parameters);
    }

    /** An event the reference must accept. */
    public CaseBuilder<P, E, Q, S> accepted(E event) {
        return event(event, null);
    }

    /** An event the reference must reject by {@code rule}. */
    public CaseBuilder<P, E, Q, S> rejected(E event, RuleId rule) {
        return event(event, rule);
    }

    private CaseBuilder<P, E, Q, S> event(E event, RuleId intendedRejection) {
        Outcome outcome = driver.apply(reference, event);
        boolean asIntended = intendedRejection == null
                ? outcome.isAccepted()
                : outcome instanceof Outcome.Rejected r && r.rule().equals(intendedRejection);
        if (!asIntended) {
            throw new IllegalStateException("vector " + id + " step " + (steps.size() + 1) + ": intended "
                    + (intendedRejection == null ? "accepted" : "rejected(" + intendedRejection + ")")
                    + " but the reference gave " + outcome
                    + (outcome instanceof Outcome.Rejected r ? " (" + r.detail() + ")" : ""));
        }
        steps.add(new Step.Event(DomainJson.toTree(event), Expectation.of(outcome), "steps[" + steps.size() + "]", 0));
        return this;
    }

    /** A check whose expected answer is the reference's. */
    public CaseBuilder<P, E, Q, S> check(Q query) {
        JsonNode answer = DomainJson.toTree(driver.answer(reference, query));
        steps.add(new Step.Check(DomainJson.toTree(query), answer, "steps[" + steps.size() + "]", 0));
        return this;
    }

    /** The reference's answer to a query, for generators that assert the answer they intend. */
    public Object peek(Q query) {
        return driver.answer(reference, query);
    }

    /**
     * The case; its rules are the declared ones followed by every rule an event of it is expected to be rejected
     * by, so that a vector names each rule it pins.
     */
    public VectorCase build(String generatorName, int generatorVersion, long seed) {
        List<RuleId> all = new ArrayList<>(rules);
        for (Step step : steps) {
            if (step instanceof Step.Event event && event.expect() instanceof Expectation.Reject reject
                    && !all.contains(reject.rule())) {
                all.add(reject.rule());
            }
        }
        return new VectorCase(id, driver.subject(), all, profile, description,
                new VectorCase.Provenance(generatorName, generatorVersion, seed), DomainJson.toTree(parameters),
                steps, "generated");
    }
}
