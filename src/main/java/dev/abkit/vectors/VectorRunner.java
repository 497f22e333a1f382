package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Outcome;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.NotRunException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs vectors against an implementation. Each case gets a fresh instance of its subject; every event's verdict is
 * compared (and its rule, when the implementation reports reasons), and every check's answer. A fault of the
 * implementation (an exception, no answer) fails that case and the run goes on.
 */
public final class VectorRunner {
    private final Implementation implementation;
    private final Capabilities capabilities;
    private static final int MAX_DIFFERENCES = 20;
    /** More owners than this make a field everyone's: the case's own rule is named instead, with the owners. */
    private static final int MAX_ATTRIBUTED = 3;

    private final Catalog catalog;
    private final boolean keepGoing;

    public VectorRunner(Implementation implementation, Catalog catalog) {
        this(implementation, catalog, false);
    }

    /**
     * A runner that, with {@code keepGoing}, goes on after a mismatching step and reports every mismatching step
     * of a case (a fault of the implementation still ends the case).
     */
    public VectorRunner(Implementation implementation, Catalog catalog, boolean keepGoing) {
        this.implementation = implementation;
        this.capabilities = implementation.capabilities();
        this.catalog = catalog;
        this.keepGoing = keepGoing;
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    /** Runs one case. A malformed case throws IllegalArgumentException naming its file, line and field. */
    public CaseResult run(VectorCase c) {
        return run(c, step -> {
        });
    }

    /** Runs one case and reports every step it executes to {@code trace}, for a step-by-step replay. */
    public CaseResult run(VectorCase c, Consumer<StepTrace> trace) {
        long start = System.nanoTime();
        Optional<String> skip = skipReason(c);
        if (skip.isPresent()) {
            return result(c, CaseResult.Status.SKIPPED, skip.get(), c.rules().get(0), start);
        }
        SubjectDriver<?, ?, ?, ?> driver = Drivers.forSubject(c.subject()).orElseThrow(
                () -> new IllegalStateException("no driver for subject " + c.subject().key()));
        Optional<Failure> failure;
        try {
            failure = execute(driver, c, trace);
        } catch (NotRunException e) {
            return result(c, CaseResult.Status.SKIPPED, e.getMessage(), c.rules().get(0), start);
        }
        return failure
                .map(f -> result(c, CaseResult.Status.FAILED, f.message(), f.rule(), start))
                .orElseGet(() -> result(c, CaseResult.Status.PASSED, "", c.rules().get(0), start));
    }

    private Optional<String> skipReason(VectorCase c) {
        if (!capabilities.provides(c.subject())) {
            return Optional.of(capabilities.name() + " does not provide the subject " + c.subject().key());
        }
        if (!c.profile().equals(capabilities.profile())) {
            // A case holds for every profile that has its variants, unless one of the further variants changes a
            // rule the case pins (a release profile runs the cases of each of its variants).
            if (!capabilities.profile().variants().containsAll(c.profile().variants())) {
                return Optional.of("the case holds for profile " + c.profile() + ", the implementation targets "
                        + capabilities.profile());
            }
            for (RuleId id : c.rules()) {
                Rule rule = catalog.get(id);
                for (Variant v : capabilities.profile().variants()) {
                    if (!c.profile().has(v) && rule.profiles().containsKey(v)) {
                        return Optional.of(id + " differs under " + v.key() + ": " + rule.profiles().get(v).reads());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private <P, E, Q, S> Optional<Failure> execute(SubjectDriver<P, E, Q, S> driver, VectorCase c,
            Consumer<StepTrace> trace) {
        P parameters = decode(c, "parameters", 0, () -> driver.parameters(c.parameters()));
        S instance;
        try {
            instance = driver.open(implementation, parameters);
        } catch (NotRunException e) {
            throw e;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return Optional.of(fault(c, c.rules().get(0), "setting up the subject", e));
        }
        if (instance == null) {
            return Optional.of(new Failure(c.rules().get(0), header(c.rules().get(0))
                    + " | the implementation returned no subject instance | at: " + c.id() + " set-up"));
        }
        // Announced steps are decoded once, for the announcement and for the run; else each is decoded as it runs.
        List<Lookahead.Planned> plan = implementation instanceof Lookahead lookahead
                ? announce(driver, c, lookahead) : null;
        List<Failure> mismatches = new ArrayList<>();
        for (int i = 0; i < c.steps().size(); i++) {
            Step step = c.steps().get(i);
            int number = i + 1;
            if (step instanceof Step.Event event) {
                @SuppressWarnings("unchecked")
                E e = plan != null ? (E) plan.get(i).step()
                        : decode(c, step.location() + ".event", step.line(), () -> driver.event(event.event()));
                Outcome actual;
                try {
                    actual = driver.apply(instance, e);
                } catch (NotRunException ex) {
                    throw ex;
                } catch (RuntimeException | LinkageError | AssertionError ex) {
                    RuleId rule = ruleOf(event.expect(), c);
                    trace.accept(new StepTrace(number, "event", driver.describe(e), event.expect().toString(),
                            thrown(ex), false));
                    return Optional.of(fault(c, rule, "step " + number + " " + driver.describe(e), ex));
                }
                Optional<Failure> mismatch = compare(c, number, driver.describe(e), event.expect(), actual);
                trace.accept(new StepTrace(number, "event", driver.describe(e), event.expect().toString(),
                        actual == null ? "no outcome (null)" : describe(actual), mismatch.isEmpty()));
                if (mismatch.isPresent()) {
                    mismatches.add(mismatch.get());
                    if (!keepGoing || actual == null) {
                        return combined(mismatches);
                    }
                }
            } else if (step instanceof Step.Check check) {
                @SuppressWarnings("unchecked")
                Q q = plan != null ? (Q) plan.get(i).step()
                        : decode(c, step.location() + ".check", step.line(), () -> driver.query(check.query()));
                JsonNode answer;
                try {
                    Object value = driver.answer(instance, q);
                    answer = DomainJson.toTree(value);
                } catch (NotRunException ex) {
                    throw ex;
                } catch (RuntimeException | LinkageError | AssertionError ex) {
                    trace.accept(new StepTrace(number, "check", DomainJson.typeName(q.getClass()),
                            check.expect().toString(), thrown(ex), false));
                    return Optional.of(fault(c, c.rules().get(0), "step " + number + " check", ex));
                }
                List<JsonDifference> differences = JsonDifference.all(check.expect(), answer, MAX_DIFFERENCES);
                String query = DomainJson.typeName(q.getClass());
                trace.accept(new StepTrace(number, "check", query, check.expect().toString(), answer.toString(),
                        differences.isEmpty()));
                if (!differences.isEmpty()) {
                    mismatches.add(checkFailure(c, number, query, differences, answer));
                    if (!keepGoing) {
                        return combined(mismatches);
                    }
                }
            } else {
                throw new IllegalStateException("unhandled " + step);
            }
        }
        return combined(mismatches);
    }

    /**
     * Tells the implementation every step of the case, decoded, and returns that plan (one entry per step); a case
     * with a step that does not decode is not announced, and null is returned so that each step is decoded (and the
     * bad one reported) as it runs.
     */
    private static <P, E, Q, S> List<Lookahead.Planned> announce(SubjectDriver<P, E, Q, S> driver, VectorCase c,
            Lookahead lookahead) {
        List<Lookahead.Planned> plan = new ArrayList<>(c.steps().size());
        try {
            for (Step step : c.steps()) {
                if (step instanceof Step.Event event) {
                    plan.add(new Lookahead.Planned(true, driver.event(event.event())));
                } else if (step instanceof Step.Check check) {
                    plan.add(new Lookahead.Planned(false, driver.query(check.query())));
                } else {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        lookahead.expect(plan);
        return plan;
    }

    /** The first mismatch, followed by every later one when the runner goes on after a mismatch. */
    private static Optional<Failure> combined(List<Failure> mismatches) {
        if (mismatches.size() <= 1) {
            return mismatches.stream().findFirst();
        }
        Failure first = mismatches.get(0);
        StringBuilder message = new StringBuilder(first.message());
        message.append(" || ").append(mismatches.size() - 1).append(" more mismatching step(s):");
        for (Failure later : mismatches.subList(1, mismatches.size())) {
            message.append(" || ").append(later.message());
        }
        return Optional.of(new Failure(first.rule(), message.toString()));
    }

    /**
     * A check whose answer differs: every differing field named, attributed to the rules owning those fields
     * ({@link FieldOwners}) with their hints, or to the case's first rule when no rule owns any of them.
     */
    private Failure checkFailure(VectorCase c, int number, String query, List<JsonDifference> differences,
            JsonNode answer) {
        List<RuleId> owners = FieldOwners.standard().attribute(query, differences, c.rules()).stream()
                .filter(r -> catalog.find(r).isPresent()).toList();
        boolean owned = !owners.isEmpty() && owners.size() <= MAX_ATTRIBUTED;
        List<RuleId> rules = owned ? owners : List.of(c.rules().get(0));
        RuleId rule = rules.get(0);
        String found = differences.size() == 1 ? differences.get(0).render()
                : differences.size() + (differences.size() == MAX_DIFFERENCES ? " or more" : "")
                        + " fields differ: " + differences.stream().map(JsonDifference::renderShort)
                        .collect(Collectors.joining("; "));
        StringBuilder message = new StringBuilder(header(rule)).append(" | ").append(found).append(" | at: ")
                .append(c.id()).append(" step ").append(number).append(" check ").append(query);
        EncodingDiagnosis.of(c, answer, differences).ifPresent(e -> message.append(" | ").append(e));
        message.append(" | hint: ").append(catalog.get(rule).hint());
        if (rules.size() > 1) {
            message.append(" | also attributed to: ").append(rules.subList(1, rules.size()).stream()
                    .map(r -> header(r) + " (hint: " + catalog.get(r).hint() + ")")
                    .collect(Collectors.joining("; ")));
        } else if (!owned && !owners.isEmpty()) {
            message.append(" | the differing fields are governed by ").append(owners.stream().map(RuleId::value)
                    .collect(Collectors.joining(", ")));
        }
        return new Failure(rule, message.toString());
    }

    private Optional<Failure> compare(VectorCase c, int number, String event, Expectation expected, Outcome actual) {
        RuleId rule = ruleOf(expected, c);
        String at = " | at: " + c.id() + " step " + number + " " + event + " | hint: " + catalog.get(rule).hint();
        if (actual == null) {
            return Optional.of(new Failure(rule, header(rule) + " | expected: " + expected
                    + " | but was: no outcome (null)" + at));
        }
        if (!expected.verdictMatches(actual)) {
            return Optional.of(new Failure(rule, header(rule) + " | expected: " + expected + " | but was: "
                    + describe(actual) + at));
        }
        if (capabilities.reportsReasons() && expected instanceof Expectation.Reject reject
                && actual instanceof Outcome.Rejected rejected && !reject.rule().equals(rejected.rule())) {
            return Optional.of(new Failure(rule, header(rule) + " | expected: " + expected + " | but was: "
                    + describe(actual) + at));
        }
        return Optional.empty();
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected r) {
            return "rejected(" + r.rule() + ": " + r.detail() + ")";
        }
        return outcome.toString();
    }

    private RuleId ruleOf(Expectation expected, VectorCase c) {
        return expected instanceof Expectation.Reject reject ? reject.rule() : c.rules().get(0);
    }

    private String header(RuleId rule) {
        return "[" + rule + "] " + catalog.find(rule).map(Rule::title).orElse("(rule not in the catalog)");
    }

    private Failure fault(VectorCase c, RuleId rule, String where, Throwable e) {
        return new Failure(rule, header(rule) + " | " + thrown(e) + " | at: " + c.id() + " " + where
                + catalog.find(rule).map(r -> " | hint: " + r.hint()).orElse(""));
    }

    /**
     * What the implementation did, for a failure message: the kit's own exceptions (a process fault, say) carry a
     * message for the user and are quoted as they are; an adapter's exception is named by its class, for its author.
     */
    static String thrown(Throwable e) {
        if (e.getClass().getName().startsWith("dev.abkit.") && e.getMessage() != null) {
            return "the implementation failed: " + e.getMessage();
        }
        return "the implementation threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": "
                + e.getMessage());
    }

    private static <T> T decode(VectorCase c, String path, int line, java.util.function.Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (IllegalArgumentException e) {
            String field = e instanceof DomainJson.DecodingException d && !d.field().isEmpty() ? "." + d.field() : "";
            throw new IllegalArgumentException("malformed vector " + c.id() + ": " + e.getMessage() + " at " + path
                    + field + " (" + c.source() + (line > 0 ? ":" + line : "") + ")", e);
        }
    }

    private static CaseResult result(VectorCase c, CaseResult.Status status, String message, RuleId rule, long start) {
        return new CaseResult(c.id(), c.rules(), status, message, rule, System.nanoTime() - start);
    }

    private record Failure(RuleId rule, String message) {
    }

    /**
     * One executed step of a case, as a replay shows it.
     *
     * @param number the step's number, from 1
     * @param kind {@code event} or {@code check}
     * @param what the event or query type
     * @param expected the expected outcome or answer
     * @param actual what the implementation gave
     * @param matches whether the step passed
     */
    public record StepTrace(int number, String kind, String what, String expected, String actual, boolean matches) {
    }
}
