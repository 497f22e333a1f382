package dev.abkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.NotRunException;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.Lookahead;
import dev.abkit.vectors.SubjectDriver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one case on the implementation under test and on the reference side by side: every event's verdict (and its
 * rule, when the implementation reports reasons) and every query's answer are compared, and the implementation's
 * answers are checked against the subject's invariants. Stops at the first finding.
 *
 * <p>A case the reference refuses as malformed ({@link IllegalArgumentException}) is invalid, not a finding: the
 * generator or the shrinker made a sequence outside the subject's input domain.
 */
public final class Differential {
    private static final Comparator<JsonNode> WHOLE_NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().compareTo(b.bigIntegerValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static final Catalog CATALOG = Catalog.load();

    private Differential() {
    }

    /**
     * The result of one run.
     *
     * @param stepsRun the steps executed, the failing one included
     * @param finding the first disagreement, if any
     * @param invalid why the reference refused the case, empty when it is valid
     */
    public record Result(int stepsRun, Optional<Finding> finding, String invalid) {
        public boolean isValid() {
            return invalid.isEmpty();
        }

        public boolean reproduces(Finding original) {
            return finding.isPresent() && finding.get().signature().equals(original.signature());
        }
    }

    /**
     * Runs {@code c} on {@code implementation} and on the reference of the implementation's profile, reporting every
     * rule the reference evaluates to {@code coverage}.
     */
    public static <P, E, Q, S> Result run(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> c,
            Implementation implementation, RuleProbe coverage) {
        return run(subject, c, implementation, coverage, null);
    }

    /**
     * As {@link #run(FuzzSubject, FuzzCase, Implementation, RuleProbe)}; an implementation that works ahead
     * ({@link Lookahead}) is also told, once the case is announced, the case after it by {@code next}.
     */
    public static <P, E, Q, S> Result run(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> c,
            Implementation implementation, RuleProbe coverage, Consumer<Lookahead> next) {
        return run(subject, c, implementation, coverage, next, null);
    }

    /**
     * Generates the case of {@code seed} and runs it as a campaign does: the reference's run recorded by the generator
     * is the expected side.
     */
    public static <P, E, Q, S> Result runGenerated(FuzzSubject<P, E, Q, S> subject, long seed,
            Implementation implementation, RuleProbe coverage) {
        FuzzSubject.Generated<P, E, Q, S> g = subject.generateRecorded(seed);
        return run(subject, g.c(), implementation, coverage, null, g.run());
    }

    /**
     * As {@link #run(FuzzSubject, FuzzCase, Implementation, RuleProbe, Consumer)}, with the reference's run of
     * {@code c} recorded while it was generated: when it is the run of this case under the implementation's profile,
     * it is the expected side (and what is handed to {@code coverage}), and the reference does not run again.
     */
    static <P, E, Q, S> Result run(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> c,
            Implementation implementation, RuleProbe coverage, Consumer<Lookahead> next, ReferenceRun<P, E, Q, S> ran) {
        if (ran != null && ran.fits(c, implementation.capabilities().profile())) {
            Replay<P, E, Q, S> replay = new Replay<>(ran);
            try {
                return run(subject, c, implementation, null, replay, next);
            } finally {
                ran.handOver(coverage, replay.consumed);
            }
        }
        StepProbe probe = new StepProbe(coverage);
        try {
            return run(subject, c, implementation, probe, null, next);
        } finally {
            probe.handOver();
        }
    }

    /** The expected side read from a recorded run; {@code consumed} counts the steps read, as a run would evaluate. */
    private static final class Replay<P, E, Q, S> {
        final ReferenceRun<P, E, Q, S> ran;
        int consumed;

        Replay(ReferenceRun<P, E, Q, S> ran) {
            this.ran = ran;
        }

        Object next(int index) {
            consumed = index + 1;
            return ran.result(index);
        }
    }

    private static <P, E, Q, S> Result run(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> c,
            Implementation implementation, StepProbe probe, Replay<P, E, Q, S> replay, Consumer<Lookahead> next) {
        Profile profile = implementation.capabilities().profile();
        boolean reportsReasons = implementation.capabilities().reportsReasons();
        SubjectDriver<P, E, Q, S> driver = subject.driver();
        S reference = null;
        if (replay == null) {
            try {
                reference = driver.open(new ReferenceImplementation(profile, probe), c.parameters());
            } catch (IllegalArgumentException e) {
                return invalid(0, "parameters: " + e.getMessage());
            }
        }
        S actual;
        try {
            actual = driver.open(implementation, c.parameters());
        } catch (NotRunException e) {
            throw e;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return found(0, new Finding(Finding.Kind.CRASH, 0, "set-up", subject.defaultRule(), thrown(e)));
        }
        if (actual == null) {
            return found(0, new Finding(Finding.Kind.CRASH, 0, "set-up", subject.defaultRule(),
                    "the implementation returned no subject instance"));
        }
        if (implementation instanceof Lookahead lookahead) {
            lookahead.expect(plan(c));
            if (next != null) {
                next.accept(lookahead);
            }
        }
        Invariants<E, Q> referenceInvariants = subject.invariants(c.parameters());
        Invariants<E, Q> actualInvariants = subject.invariants(c.parameters());
        RuleId attributed = subject.defaultRule();
        for (int i = 0; i < c.steps().size(); i++) {
            int number = i + 1;
            FuzzStep<E, Q> step = c.steps().get(i);
            if (step instanceof FuzzStep.Act<E, Q> act) {
                E event = act.event();
                String type = DomainJson.typeName(event.getClass());
                Outcome expected;
                if (replay != null) {
                    expected = (Outcome) replay.next(i);
                    attributed = replay.ran.attribution(i).orElse(subject.defaultRule());
                } else {
                    probe.clear();
                    try {
                        expected = driver.apply(reference, event);
                    } catch (IllegalArgumentException e) {
                        return invalid(number, "step " + number + " " + type + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        return found(number, new Finding(Finding.Kind.MODEL, number, type, subject.defaultRule(),
                                "the reference threw " + thrown(e)));
                    }
                    attributed = probe.attribution().orElse(subject.defaultRule());
                }
                Outcome outcome;
                try {
                    outcome = driver.apply(actual, event);
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    return found(number, new Finding(Finding.Kind.CRASH, number, type, ruleOf(expected, attributed),
                            "expected " + expected + " but the implementation threw " + thrown(e)));
                }
                if (outcome == null) {
                    return found(number, new Finding(Finding.Kind.CRASH, number, type, ruleOf(expected, attributed),
                            "expected " + expected + " but was no outcome"));
                }
                if (expected.isAccepted() != outcome.isAccepted()) {
                    // The implementation's own rule names the finding only when it reports reasons with catalog
                    // ids; otherwise (AB-UNREPORTED-000 from a process that reports none) the reference's does.
                    RuleId rule = expected instanceof Outcome.Rejected r ? r.rule()
                            : outcome instanceof Outcome.Rejected r && reportsReasons
                                    && CATALOG.find(r.rule()).isPresent() ? r.rule() : attributed;
                    return found(number, new Finding(Finding.Kind.VERDICT, number, type, rule,
                            "expected " + describe(expected) + " but was " + describe(outcome)));
                }
                if (reportsReasons && expected instanceof Outcome.Rejected e && outcome instanceof Outcome.Rejected a
                        && !e.rule().equals(a.rule())) {
                    return found(number, new Finding(Finding.Kind.RULE, number, type, e.rule(),
                            "expected " + describe(expected) + " but was " + describe(outcome)));
                }
                referenceInvariants.afterEvent(event, expected);
                actualInvariants.afterEvent(event, outcome);
            } else if (step instanceof FuzzStep.Look<E, Q> look) {
                Q query = look.query();
                String type = DomainJson.typeName(query.getClass());
                Object expected;
                RuleId rule;
                if (replay != null) {
                    expected = replay.next(i);
                    rule = replay.ran.attribution(i).orElse(attributed);
                } else {
                    probe.clear();
                    try {
                        expected = driver.answer(reference, query);
                    } catch (IllegalArgumentException e) {
                        return invalid(number, "step " + number + " " + type + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        return found(number, new Finding(Finding.Kind.MODEL, number, type, attributed,
                                "the reference threw " + thrown(e)));
                    }
                    rule = probe.attribution().orElse(attributed);
                }
                Optional<Invariants.Violation> broken = referenceInvariants.check(query, expected);
                if (broken.isPresent()) {
                    return found(number, new Finding(Finding.Kind.MODEL, number, type, broken.get().rule(),
                            "the reference breaks an invariant: " + broken.get().detail()));
                }
                Object answer;
                try {
                    answer = driver.answer(actual, query);
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    return found(number, new Finding(Finding.Kind.CRASH, number, type, rule,
                            "the implementation threw " + thrown(e)));
                }
                if (answer == null) {
                    return found(number, new Finding(Finding.Kind.CRASH, number, type, rule,
                            "the implementation gave no answer"));
                }
                broken = actualInvariants.check(query, answer);
                if (broken.isPresent()) {
                    return found(number, new Finding(Finding.Kind.INVARIANT, number, type, broken.get().rule(),
                            broken.get().detail()));
                }
                if (!Objects.equals(expected, answer)) {
                    JsonNode e = DomainJson.toTree(expected);
                    JsonNode a = DomainJson.toTree(answer);
                    if (!e.equals(WHOLE_NUMBERS_BY_VALUE, a)) {
                        return found(number, new Finding(Finding.Kind.CHECK, number, type, rule,
                                "expected " + abbreviate(e.toString()) + " but was " + abbreviate(a.toString())));
                    }
                }
            } else {
                throw new IllegalStateException("unhandled " + step);
            }
        }
        return new Result(c.steps().size(), Optional.empty(), "");
    }

    /** The steps of {@code c} as a {@link Lookahead} is told them. */
    static <P, E, Q> List<Lookahead.Planned> plan(FuzzCase<P, E, Q> c) {
        List<Lookahead.Planned> plan = new ArrayList<>(c.steps().size());
        for (FuzzStep<E, Q> step : c.steps()) {
            plan.add(step instanceof FuzzStep.Act<E, Q> act ? new Lookahead.Planned(true, act.event())
                    : new Lookahead.Planned(false, ((FuzzStep.Look<E, Q>) step).query()));
        }
        return plan;
    }

    private static RuleId ruleOf(Outcome expected, RuleId attributed) {
        return expected instanceof Outcome.Rejected r ? r.rule() : attributed;
    }

    private static String describe(Outcome outcome) {
        return outcome instanceof Outcome.Rejected r ? "rejected(" + r.rule() + ": " + r.detail() + ")"
                : outcome.toString();
    }

    private static String thrown(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    private static Result invalid(int steps, String why) {
        return new Result(steps, Optional.empty(), why);
    }

    private static Result found(int steps, Finding finding) {
        return new Result(steps, Optional.of(finding), "");
    }

    /**
     * Counts for the campaign's coverage (handed over once per case, not per evaluation: the campaign's counters are
     * shared by its jobs) and remembers what the reference evaluated on the current event, so that a later answer
     * that differs is attributed to the rule that decided the event: the last one that fired, else the last one that
     * held.
     */
    private static final class StepProbe implements RuleProbe {
        private final RuleProbe coverage;
        private final java.util.Map<RuleId, long[]> counts = new java.util.HashMap<>();
        private final List<RuleId> fired = new ArrayList<>();
        private RuleId lastHeld;

        StepProbe(RuleProbe coverage) {
            this.coverage = coverage;
        }

        @Override
        public void evaluated(RuleId rule, boolean held) {
            counts.computeIfAbsent(rule, r -> new long[2])[held ? 0 : 1]++;
            if (held) {
                lastHeld = rule;
            } else {
                fired.add(rule);
            }
        }

        void clear() {
            fired.clear();
            lastHeld = null;
        }

        /** Hands the case's counts to the campaign's coverage. */
        void handOver() {
            if (coverage != RuleProbe.NONE) {
                RuleCoverage.addCounts(coverage, counts);
            }
            counts.clear();
        }

        Optional<RuleId> attribution() {
            if (!fired.isEmpty()) {
                return Optional.of(fired.get(fired.size() - 1));
            }
            return Optional.ofNullable(lastHeld);
        }
    }
}
