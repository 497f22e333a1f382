package dev.abkit.conformance;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.spi.Capabilities;
import dev.abkit.vectors.CaseResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a verification run found: the verdict of every case, summarised per area and per rule. An
 * implementation is conformant when no case failed.
 */
public final class ConformanceReport {
    private final Capabilities implementation;
    private final Catalog catalog;
    private final List<Verdict> verdicts;
    private final long nanos;

    public ConformanceReport(Capabilities implementation, Catalog catalog, List<Verdict> verdicts, long nanos) {
        this.implementation = implementation;
        this.catalog = catalog;
        this.verdicts = List.copyOf(verdicts);
        this.nanos = nanos;
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    public boolean isConformant() {
        return verdicts.stream().noneMatch(Verdict::isFailure);
    }

    public long count(CaseResult.Status status) {
        return verdicts.stream().filter(v -> v.status() == status).count();
    }

    /** Counts per rule: how many cases that pin it passed, failed and were skipped. */
    public Map<RuleId, int[]> perRule() {
        Map<RuleId, int[]> counts = new TreeMap<>();
        for (Verdict v : verdicts) {
            for (RuleId rule : v.rules()) {
                int[] c = counts.computeIfAbsent(rule, r -> new int[3]);
                c[slot(v.status())]++;
            }
        }
        return counts;
    }

    private static int slot(CaseResult.Status status) {
        return switch (status) {
            case PASSED, EXPECTED_FAILURE -> 0;
            case FAILED, UNEXPECTED_PASS -> 1;
            case SKIPPED -> 2;
        };
    }

    /** The text report: implementation, per-area table, failures with their messages, and the verdict. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "implementation: %s %s (profile %s, subjects %s, %s)%n",
                implementation.name(), implementation.version(), implementation.profile(),
                implementation.subjects().stream().map(s -> s.key()).toList(),
                implementation.reportsReasons() ? "reports reasons" : "no reasons"));
        Map<Area, int[]> perArea = new EnumMap<>(Area.class);
        Map<Area, Integer> rulesPerArea = new EnumMap<>(Area.class);
        for (Map.Entry<RuleId, int[]> e : perRule().entrySet()) {
            Area area = Area.fromCode(e.getKey().areaCode());
            int[] sum = perArea.computeIfAbsent(area, a -> new int[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += e.getValue()[i];
            }
            rulesPerArea.merge(area, 1, Integer::sum);
        }
        out.append(String.format(Locale.ROOT, "%n%-6s %-48s %6s %7s %7s %7s%n", "area", "", "rules", "passed",
                "failed", "skipped"));
        for (Map.Entry<Area, int[]> e : perArea.entrySet()) {
            int[] c = e.getValue();
            out.append(String.format(Locale.ROOT, "%-6s %-48s %6d %7d %7d %7d%n", e.getKey().name(),
                    e.getKey().title(), rulesPerArea.get(e.getKey()), c[0], c[1], c[2]));
        }
        List<Verdict> failures = new ArrayList<>(verdicts.stream().filter(Verdict::isFailure).toList());
        if (!failures.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nfailures (%d):%n", failures.size()));
            Map<RuleId, List<Verdict>> byRule = new TreeMap<>();
            for (Verdict v : failures) {
                RuleId rule = v.rules().isEmpty() ? RuleId.of("AB-SYNC-001") : v.rules().get(0);
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(v);
            }
            byRule.forEach((rule, list) -> {
                String title = catalog.find(rule).map(Rule::title).orElse("");
                out.append(String.format(Locale.ROOT, "  %s %s: %d failing case(s)%n", rule, title, list.size()));
                for (Verdict v : list.subList(0, Math.min(3, list.size()))) {
                    out.append(String.format(Locale.ROOT, "    - %s %s%n      %s%n", v.kind().name().toLowerCase(Locale.ROOT),
                            v.id(), v.message()));
                }
            });
        }
        long skipped = count(CaseResult.Status.SKIPPED);
        out.append(String.format(Locale.ROOT, "%n%d cases: %d passed, %d failed, %d skipped, %d expected failures"
                        + " in %.1f s%n", verdicts.size(), count(CaseResult.Status.PASSED),
                verdicts.stream().filter(Verdict::isFailure).count(), skipped,
                count(CaseResult.Status.EXPECTED_FAILURE), nanos / 1e9));
        out.append(isConformant() ? "CONFORMANT" : "NOT CONFORMANT").append(System.lineSeparator());
        return out.toString();
    }
}
