package dev.abkit.fuzz;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.RuleProbe;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often the reference evaluated each rule during a campaign, on each side: held (the guarded step passed) and
 * fired. A {@link RuleProbe}, so it is handed to the reference implementation; mergeable across shards.
 */
public final class RuleCoverage implements RuleProbe {
    private final Map<RuleId, LongAdder[]> counts = new ConcurrentHashMap<>();

    @Override
    public void evaluated(RuleId rule, boolean held) {
        counts.computeIfAbsent(rule, r -> new LongAdder[] {new LongAdder(), new LongAdder()})[held ? 0 : 1]
                .increment();
    }

    public long held(RuleId rule) {
        LongAdder[] c = counts.get(rule);
        return c == null ? 0 : c[0].sum();
    }

    public long fired(RuleId rule) {
        LongAdder[] c = counts.get(rule);
        return c == null ? 0 : c[1].sum();
    }

    /** Adds {@code held} and {@code fired} evaluations of {@code rule}. */
    public void add(RuleId rule, long held, long fired) {
        LongAdder[] mine = counts.computeIfAbsent(rule, r -> new LongAdder[] {new LongAdder(), new LongAdder()});
        mine[0].add(held);
        mine[1].add(fired);
    }

    /**
     * Adds evaluation counts ({@code [held, fired]} per rule) to {@code coverage}: in bulk for a {@code RuleCoverage},
     * one evaluation at a time for any other probe.
     */
    static void addCounts(RuleProbe coverage, Map<RuleId, long[]> counts) {
        if (coverage instanceof RuleCoverage c) {
            counts.forEach((rule, n) -> c.add(rule, n[0], n[1]));
            return;
        }
        counts.forEach((rule, n) -> {
            for (long i = 0; i < n[0]; i++) {
                coverage.evaluated(rule, true);
            }
            for (long i = 0; i < n[1]; i++) {
                coverage.evaluated(rule, false);
            }
        });
    }

    /** Adds another campaign's counts to these. */
    public void add(RuleCoverage other) {
        other.counts.forEach((rule, c) -> {
            LongAdder[] mine = counts.computeIfAbsent(rule, r -> new LongAdder[] {new LongAdder(), new LongAdder()});
            mine[0].add(c[0].sum());
            mine[1].add(c[1].sum());
        });
    }

    /** The counts so far, per rule. */
    public Map<RuleId, FuzzReport.Counts> snapshot() {
        Map<RuleId, FuzzReport.Counts> result = new TreeMap<>();
        counts.forEach((rule, c) -> result.put(rule, new FuzzReport.Counts(c[0].sum(), c[1].sum())));
        return result;
    }

    /** How a rule was reached. */
    public enum Reach { BOTH_SIDES, HELD_ONLY, FIRED_ONLY, NOT_REACHED }

    public Reach reach(RuleId rule) {
        long h = held(rule);
        long f = fired(rule);
        return h > 0 && f > 0 ? Reach.BOTH_SIDES : h > 0 ? Reach.HELD_ONLY : f > 0 ? Reach.FIRED_ONLY
                : Reach.NOT_REACHED;
    }

    /** The catalog rules of the subjects, with their reach. */
    public Map<RuleId, Reach> table(Catalog catalog, Collection<Subject> subjects) {
        Map<RuleId, Reach> result = new TreeMap<>();
        for (Subject subject : subjects) {
            for (Rule rule : catalog.forSubject(subject)) {
                if (!rule.retired()) {
                    result.put(rule.id(), reach(rule.id()));
                }
            }
        }
        return result;
    }

    /** The rules of {@code subjects} the campaign did not reach at all. */
    public List<RuleId> notReached(Catalog catalog, Collection<Subject> subjects) {
        return table(catalog, subjects).entrySet().stream()
                .filter(e -> e.getValue() == Reach.NOT_REACHED).map(Map.Entry::getKey).toList();
    }
}
