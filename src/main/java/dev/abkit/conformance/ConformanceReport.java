package dev.abkit.conformance;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.spi.Capabilities;
import dev.abkit.vectors.CaseResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Everything a verification run found: its provenance and the verdict of every case, summarised per area and per
 * rule. An implementation is conformant when no case failed.
 */
public final class ConformanceReport {
    private static final int FAILURES_SHOWN_PER_RULE = 3;
    private static final int TITLE_WIDTH = 52;
    private static final int MAX_TITLE_WIDTH = 100;

    private final RunProvenance provenance;
    private final Catalog catalog;
    private final List<Verdict> verdicts;
    private final long nanos;
    private final boolean interrupted;

    public ConformanceReport(RunProvenance provenance, Catalog catalog, List<Verdict> verdicts, long nanos) {
        this(provenance, catalog, verdicts, nanos, false);
    }

    private ConformanceReport(RunProvenance provenance, Catalog catalog, List<Verdict> verdicts, long nanos,
            boolean interrupted) {
        this.provenance = provenance;
        this.catalog = catalog;
        this.verdicts = List.copyOf(verdicts);
        this.nanos = nanos;
        this.interrupted = interrupted;
    }

    /** The same report, marked as the partial record of a run a signal stopped: it holds the cases that ran. */
    public ConformanceReport interrupted() {
        return new ConformanceReport(provenance, catalog, verdicts, nanos, true);
    }

    /** Whether a signal stopped the run before every selected case ran. */
    public boolean isInterrupted() {
        return interrupted;
    }

    /**
     * The run's verdict in one phrase: CONFORMANT, NOT CONFORMANT, NOTHING VERIFIED (every case skipped) or
     * INTERRUPTED (a partial run is no verdict).
     */
    public String verdict() {
        if (interrupted) {
            return "INTERRUPTED";
        }
        if (!verifiedAnything()) {
            return "NOTHING VERIFIED";
        }
        return isConformant() ? "CONFORMANT" : "NOT CONFORMANT";
    }

    public ConformanceReport(Capabilities implementation, Catalog catalog, List<Verdict> verdicts, long nanos) {
        this(RunProvenance.of(implementation), catalog, verdicts, nanos);
    }

    public RunProvenance provenance() {
        return provenance;
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    public long nanos() {
        return nanos;
    }

    public boolean isConformant() {
        return verdicts.stream().noneMatch(Verdict::isFailure);
    }

    /** Whether at least one case ran and passed (or failed as expected): a run of only skips verifies nothing. */
    public boolean verifiedAnything() {
        return verdicts.stream().anyMatch(v -> v.status() != CaseResult.Status.SKIPPED);
    }

    public long count(CaseResult.Status status) {
        return verdicts.stream().filter(v -> v.status() == status).count();
    }

    /** How the cases of a rule, an area or a run came out. */
    public record Tally(int passed, int failed, int skipped, int expectedFailures) {
        public static final Tally ZERO = new Tally(0, 0, 0, 0);

        public static Tally of(Collection<Verdict> verdicts) {
            Tally t = ZERO;
            for (Verdict v : verdicts) {
                t = t.plus(v.status());
            }
            return t;
        }

        public Tally plus(CaseResult.Status status) {
            return switch (status) {
                case PASSED -> new Tally(passed + 1, failed, skipped, expectedFailures);
                case FAILED, UNEXPECTED_PASS -> new Tally(passed, failed + 1, skipped, expectedFailures);
                case SKIPPED -> new Tally(passed, failed, skipped + 1, expectedFailures);
                case EXPECTED_FAILURE -> new Tally(passed, failed, skipped, expectedFailures + 1);
            };
        }

        public Tally plus(Tally other) {
            return new Tally(passed + other.passed, failed + other.failed, skipped + other.skipped,
                    expectedFailures + other.expectedFailures);
        }

        public int total() {
            return passed + failed + skipped + expectedFailures;
        }
    }

    /** Per rule, how the cases pinning it came out (a case pinning two rules counts for both). */
    public Map<RuleId, Tally> perRule() {
        return perRule(v -> true);
    }

    /** Per rule, how the cases of one kind pinning it came out. */
    public Map<RuleId, Tally> perRule(Verdict.Kind kind) {
        return perRule(v -> v.kind() == kind);
    }

    private Map<RuleId, Tally> perRule(Predicate<Verdict> filter) {
        Map<RuleId, Tally> tallies = new TreeMap<>();
        for (Verdict v : verdicts) {
            if (filter.test(v)) {
                for (RuleId rule : v.rules()) {
                    tallies.merge(rule, Tally.ZERO.plus(v.status()), Tally::plus);
                }
            }
        }
        return tallies;
    }

    /** Per area, how the cases whose first rule is in it came out. */
    public Map<Area, Tally> perArea() {
        Map<Area, Tally> tallies = new EnumMap<>(Area.class);
        for (Verdict v : verdicts) {
            Area area = v.rules().isEmpty() ? Area.SYNC : Area.fromCode(v.rules().get(0).areaCode());
            tallies.merge(area, Tally.ZERO.plus(v.status()), Tally::plus);
        }
        return tallies;
    }

    /** The verdicts that name {@code rule}. */
    public List<Verdict> verdictsOf(RuleId rule) {
        return verdicts.stream().filter(v -> v.rules().contains(rule)).toList();
    }

    /** Skip reasons with how many cases each skipped, most frequent first. */
    public Map<String, Integer> skipReasons() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        verdicts.stream().filter(v -> v.status() == CaseResult.Status.SKIPPED)
                .forEach(v -> counts.merge(v.message().isBlank() ? "(no reason given)" : v.message(), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * The text report: implementation, a table per area with a line per rule, the skip reasons, the failures with
     * their messages, and the verdict.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        RunProvenance p = provenance;
        out.append(String.format(Locale.ROOT, "implementation: %s %s (profile %s, subjects %s, %s)%n",
                p.implementationName(), p.implementationVersion(), p.profile(), p.subjects(),
                p.reportsReasons() ? "reports reasons" : "no reasons"));
        if (!p.vectorSha256().isEmpty()) {
            out.append(String.format(Locale.ROOT, "vectors: %d from %s (sha256 %s), features from %s, selection: %s%n",
                    p.vectorCount(), p.vectorOrigin(), p.vectorSha256().substring(0, 16), p.featureOrigin(),
                    p.selection()));
        }
        Map<RuleId, Tally> perRule = perRule();
        Map<Area, Tally> perArea = perArea();
        // Areas and rules whose every case was skipped (a subject the implementation lacks) are one line at the end,
        // not a table of zeros; titles get the width the longest shown one needs.
        List<Area> shown = perArea.entrySet().stream().filter(e -> ran(e.getValue())).map(Map.Entry::getKey)
                .toList();
        List<Area> skippedAreas = perArea.keySet().stream().filter(a -> !shown.contains(a)).toList();
        int width = TITLE_WIDTH;
        for (Area area : shown) {
            width = Math.max(width, area.title().length());
            for (Rule rule : catalog.inArea(area)) {
                Tally t = perRule.get(rule.id());
                if (t != null && ran(t)) {
                    width = Math.max(width, rule.title().length());
                }
            }
        }
        width = Math.min(width, MAX_TITLE_WIDTH);
        out.append(String.format(Locale.ROOT, "%n%-11s %-" + width + "s %6s %6s %7s%s%n", "area / rule", "", "passed",
                "failed", "skipped", count(CaseResult.Status.EXPECTED_FAILURE) > 0 ? "  expected failures" : ""));
        for (Area area : shown) {
            out.append(row(area.name(), area.title(), perArea.get(area), width));
            for (Rule rule : catalog.inArea(area)) {
                Tally t = perRule.get(rule.id());
                if (t != null && ran(t)) {
                    out.append(row("  " + rule.id().value().substring(3), rule.title(), t, width));
                }
            }
        }
        if (!skippedAreas.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nnot run (every case skipped): %s%n", String.join(", ",
                    skippedAreas.stream().map(Area::name).toList())));
        }
        Map<String, Integer> reasons = skipReasons();
        if (!reasons.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nskipped (%d):%n", count(CaseResult.Status.SKIPPED)));
            reasons.forEach((reason, n) -> out.append(String.format(Locale.ROOT, "  %4d  %s%n", n, reason)));
        }
        List<Verdict> failures = verdicts.stream().filter(Verdict::isFailure).toList();
        if (!failures.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nfailures (%d):%n", failures.size()));
            Map<String, List<Verdict>> byRule = new TreeMap<>();
            for (Verdict v : failures) {
                byRule.computeIfAbsent(v.rules().isEmpty() ? "(no rule)" : v.rules().get(0).value(),
                        r -> new ArrayList<>()).add(v);
            }
            byRule.forEach((rule, list) -> {
                String title = rule.startsWith("AB-") ? catalog.find(RuleId.of(rule)).map(Rule::title).orElse("") : "";
                out.append(String.format(Locale.ROOT, "  %s %s: %d failing case(s)%n", rule, title, list.size()));
                for (Verdict v : list.subList(0, Math.min(FAILURES_SHOWN_PER_RULE, list.size()))) {
                    out.append(String.format(Locale.ROOT, "    - %s %s%s%n      %s%n",
                            v.kind().name().toLowerCase(Locale.ROOT), v.id(),
                            v.location().isEmpty() ? "" : " (" + v.location() + ")", v.message()));
                }
                if (list.size() > FAILURES_SHOWN_PER_RULE) {
                    out.append(String.format(Locale.ROOT, "    ... and %d more (see the reports)%n",
                            list.size() - FAILURES_SHOWN_PER_RULE));
                }
            });
        }
        out.append(String.format(Locale.ROOT, "%n%d cases: %d passed, %d failed, %d skipped, %d expected failures"
                        + " in %.1f s%n", verdicts.size(), count(CaseResult.Status.PASSED),
                verdicts.stream().filter(Verdict::isFailure).count(), count(CaseResult.Status.SKIPPED),
                count(CaseResult.Status.EXPECTED_FAILURE), nanos / 1e9));
        if (interrupted) {
            out.append(String.format(Locale.ROOT, "stopped by a signal: the reports cover the %d cases that ran%n",
                    verdicts.size()));
        } else if (!verifiedAnything() && !verdicts.isEmpty()) {
            out.append(String.format(Locale.ROOT, "every selected case was skipped (%s); select a subject or profile "
                    + "the implementation provides%n", skipReasons().keySet().iterator().next()));
        }
        out.append(verdict()).append(System.lineSeparator());
        return out.toString();
    }

    private static boolean ran(Tally t) {
        return t.passed() + t.failed() + t.expectedFailures() > 0;
    }

    private static String row(String key, String title, Tally t, int width) {
        String shortTitle = title.length() > width ? title.substring(0, width - 1) + "…" : title;
        return String.format(Locale.ROOT, "%-11s %-" + width + "s %6d %6d %7d%s%n", key, shortTitle, t.passed(),
                t.failed(), t.skipped(), t.expectedFailures() > 0 ? String.format(Locale.ROOT, "  %d",
                        t.expectedFailures()) : "");
    }
}
