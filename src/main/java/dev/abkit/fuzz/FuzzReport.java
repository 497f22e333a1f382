package dev.abkit.fuzz;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a campaign reports: cases and steps run per subject, invalid cases (a generator bug, with up to five
 * reasons), the distinct failures with their shrunk vectors, per-rule coverage of the reference on both sides, and
 * the time taken. Reports of disjoint seed ranges (shards) merge into the report of their union.
 *
 * @param implementation the name of the implementation under test
 * @param cases cases run per subject
 * @param steps steps run (events and queries) over all cases
 * @param invalid cases the reference refused as malformed
 * @param invalidExamples up to five reasons
 * @param failures distinct failures, by signature
 * @param coverage per rule: how often the reference found it held and fired
 * @param millis machine time spent, summed over merged reports
 */
public record FuzzReport(String implementation, SortedMap<Subject, Long> cases, long steps, long invalid,
        List<String> invalidExamples, List<FuzzFailure> failures, SortedMap<RuleId, Counts> coverage, long millis) {

    /** How often a rule held and fired. */
    public record Counts(long held, long fired) {
        Counts plus(Counts other) {
            return new Counts(held + other.held, fired + other.fired);
        }
    }

    public FuzzReport {
        cases = Collections.unmodifiableSortedMap(new TreeMap<>(cases));
        invalidExamples = List.copyOf(invalidExamples);
        failures = List.copyOf(failures);
        coverage = Collections.unmodifiableSortedMap(new TreeMap<>(coverage));
    }

    public long totalCases() {
        return cases.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** Steps per second of machine time. */
    public double stepsPerSecond() {
        return millis == 0 ? 0 : steps * 1000.0 / millis;
    }

    /**
     * The report of both seed ranges; failures with the same signature are counted together and keep the first
     * seed's shrunk vector. Failures are in seed order (then subject order), at most {@link FuzzCampaign#MAX_FAILURES}
     * of them, and the invalid examples are the five of the lowest seeds: what one campaign over both ranges reports.
     */
    public FuzzReport merge(FuzzReport other) {
        TreeMap<Subject, Long> allCases = new TreeMap<>(cases);
        other.cases.forEach((s, n) -> allCases.merge(s, n, Long::sum));
        List<String> examples = new ArrayList<>(invalidExamples);
        examples.addAll(other.invalidExamples);
        examples.sort(Comparator.comparingLong(FuzzReport::seedOf));
        examples = examples.subList(0, Math.min(5, examples.size()));
        Map<String, FuzzFailure> bySignature = new LinkedHashMap<>();
        for (FuzzFailure f : failures) {
            bySignature.put(f.subject() + " " + f.original().signature(), f);
        }
        for (FuzzFailure f : other.failures) {
            bySignature.merge(f.subject() + " " + f.original().signature(), f, (a, b) -> {
                FuzzFailure first = a.seed() <= b.seed() ? a : b;
                return first.withOccurrences(a.occurrences() + b.occurrences());
            });
        }
        TreeMap<RuleId, Counts> allCoverage = new TreeMap<>(coverage);
        other.coverage.forEach((r, c) -> allCoverage.merge(r, c, Counts::plus));
        List<FuzzFailure> merged = new ArrayList<>(bySignature.values());
        merged.sort(Comparator.comparingLong(FuzzFailure::seed).thenComparing(FuzzFailure::subject));
        return new FuzzReport(implementation, allCases, steps + other.steps, invalid + other.invalid, examples,
                merged.subList(0, Math.min(FuzzCampaign.MAX_FAILURES, merged.size())), allCoverage,
                millis + other.millis);
    }

    /** The seed of an invalid example ({@code fuzz-segment seed 17: ...}). */
    private static long seedOf(String example) {
        int at = example.indexOf(" seed ");
        int end = example.indexOf(':', at + 6);
        try {
            return at < 0 || end < 0 ? Long.MAX_VALUE : Long.parseLong(example.substring(at + 6, end));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The report without what depends on the machine and the moment: times and the files written. Two campaigns of
     * the same seeds against the same implementation give equal results here, however they were split.
     */
    public FuzzReport results() {
        List<FuzzFailure> timeless = failures.stream().map(f -> new FuzzFailure(f.subject(), f.generator(), f.seed(),
                f.original(), f.originalSteps(), f.shrunk(), f.vector(), List.of(), f.occurrences(), 0, 0)).toList();
        return new FuzzReport(implementation, cases, steps, invalid, invalidExamples, timeless, coverage, 0);
    }

    /** The catalog rules of the fuzzed subjects that the reference never evaluated. */
    public List<RuleId> notReached(Catalog catalog) {
        return rulesOf(catalog).stream().filter(r -> !coverage.containsKey(r)).toList();
    }

    /** The catalog rules of the fuzzed subjects the reference evaluated on one side only. */
    public List<RuleId> oneSide(Catalog catalog) {
        return rulesOf(catalog).stream().filter(coverage::containsKey)
                .filter(r -> coverage.get(r).held() == 0 || coverage.get(r).fired() == 0).toList();
    }

    private List<RuleId> rulesOf(Catalog catalog) {
        Set<Subject> subjects = cases.isEmpty() ? Set.of() : EnumSet.copyOf(cases.keySet());
        return catalog.rules().stream().filter(r -> subjects.contains(r.subject()) && !r.retired())
                .map(r -> r.id()).sorted().toList();
    }

    /** A plain-text rendering: totals, failures with their vectors, and the coverage table. */
    public String render(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("fuzz campaign against ").append(implementation).append('\n');
        out.append(String.format(Locale.ROOT, "cases %d %s, steps %d, invalid %d, %.1f s, %.0f steps/s%n",
                totalCases(), cases, steps, invalid, millis / 1000.0, stepsPerSecond()));
        invalidExamples.forEach(e -> out.append("  invalid: ").append(e).append('\n'));
        out.append("failures: ").append(failures.size()).append(" distinct\n");
        for (FuzzFailure f : failures) {
            out.append("  ").append(f.shrunk()).append('\n');
            out.append(String.format(Locale.ROOT,
                    "    %s seed %d (%d cases), found after %d ms: %d steps shrunk to %d in %d ms%s%n",
                    f.generator(), f.seed(), f.occurrences(), f.foundAfterMillis(), f.originalSteps(), f.shrunkSteps(),
                    f.shrinkMillis(),
                    f.file().isEmpty() ? "" : ", written to " + f.file().get(0)));
        }
        out.append("rule coverage of the reference (held / fired):\n");
        List<RuleId> rules = rulesOf(catalog);
        for (RuleId rule : rules) {
            Counts c = coverage.getOrDefault(rule, new Counts(0, 0));
            String reach = c.held() > 0 && c.fired() > 0 ? "both sides"
                    : c.held() > 0 ? "held only" : c.fired() > 0 ? "fired only" : "NOT REACHED";
            out.append(String.format(Locale.ROOT, "  %-13s %10d %10d  %s%n", rule, c.held(), c.fired(), reach));
        }
        List<RuleId> one = oneSide(catalog);
        List<RuleId> none = notReached(catalog);
        out.append(String.format(Locale.ROOT, "rules: %d, both sides %d, one side %d, not reached %d %s%n",
                rules.size(), rules.size() - one.size() - none.size(), one.size(), none.size(),
                none.isEmpty() ? "" : none));
        return out.toString();
    }
}
