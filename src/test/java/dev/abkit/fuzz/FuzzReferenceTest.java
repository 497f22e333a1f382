package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.conformance.RuleDecisionPlaces;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference against itself: the default budget finds nothing, makes no invalid case, and reaches every rule of
 * the fuzzed subjects on each side the reference model can report (read from how the model decides the rule:
 * {@code require} reports both sides, {@code held} and {@code fired} one each).
 */
class FuzzReferenceTest {
    private static final Catalog CATALOG = Catalog.load();
    /** Fired only when a chain's modifications do not fit the base after every candidate passed its check. */
    private static final Set<RuleId> FIRED_SIDE_UNREACHABLE = Set.of(
            RuleId.of("AB-CONS-019"), RuleId.of("AB-CONS-020"), RuleId.of("AB-CONS-021"));
    /** Rules a profile variant adds, reached by a campaign against the reference of that variant. */
    private static final Map<Variant, Subject> VARIANT_CAMPAIGNS = Map.of(
            Variant.CANDIDATE_DESCRIPTOR_V2, Subject.RUNTIME_ACCEPTANCE,
            Variant.CLAIM_QUEUE, Subject.PROSPECTIVE_PARACHAINS,
            Variant.SCHEDULING_PARENT, Subject.PROSPECTIVE_PARACHAINS);
    private static FuzzReport report;
    private static final Map<Variant, FuzzReport> VARIANT_REPORTS = new EnumMap<>(Variant.class);

    @BeforeAll
    static void campaign() {
        report = FuzzCampaign.of(new ReferenceImplementation()).run();
        VARIANT_CAMPAIGNS.forEach((variant, subject) -> VARIANT_REPORTS.put(variant, FuzzCampaign.of(
                new ReferenceImplementation(Profile.of(variant), RuleProbe.NONE)).subjects(Set.of(subject)).run()));
    }

    @Test
    @DisplayName("the reference of a profile variant against itself: no failure and no invalid case")
    void nothingFoundUnderVariants() {
        VARIANT_REPORTS.forEach((variant, r) -> {
            assertEquals(List.of(), r.failures().stream().map(f -> f.shrunk().toString()).toList(), variant.key());
            assertEquals(List.of(), r.invalidExamples(), variant.key());
        });
    }

    @Test
    @DisplayName("the reference against itself: no failure and no invalid case in the default budget")
    void nothingFound() {
        assertEquals(List.of(), report.failures().stream().map(f -> f.shrunk().toString()).toList());
        assertEquals(List.of(), report.invalidExamples());
        assertEquals(FuzzSubjects.all().size() * (long) FuzzCampaign.DEFAULT_CASES, report.totalCases());
    }

    @Test
    @DisplayName("the default budget reaches every rule of the fuzzed subjects on every side the model reports")
    void coverage() throws IOException {
        Map<RuleId, Set<String>> sides = RuleDecisionPlaces.callsByRule(place -> !place.file().startsWith("pipeline/"));
        List<String> missing = new ArrayList<>();
        Set<Subject> fuzzed = EnumSet.noneOf(Subject.class);
        FuzzSubjects.all().forEach(s -> fuzzed.add(s.subject()));
        for (RuleId rule : sides.keySet()) {
            if (!fuzzed.contains(CATALOG.get(rule).subject()) || !report.cases().containsKey(
                    CATALOG.get(rule).subject())) {
                continue;
            }
            FuzzReport.Counts c = report.coverage().getOrDefault(rule, new FuzzReport.Counts(0, 0));
            for (Variant variant : CATALOG.get(rule).profiles().keySet()) {
                FuzzReport.Counts v = VARIANT_REPORTS.containsKey(variant)
                        ? VARIANT_REPORTS.get(variant).coverage().getOrDefault(rule, new FuzzReport.Counts(0, 0))
                        : new FuzzReport.Counts(0, 0);
                c = new FuzzReport.Counts(c.held() + v.held(), c.fired() + v.fired());
            }
            boolean bothSides = sides.get(rule).contains("require") || sides.get(rule).contains("report");
            boolean held = bothSides || sides.get(rule).contains("held");
            boolean fired = (bothSides || sides.get(rule).contains("fired"))
                    && !FIRED_SIDE_UNREACHABLE.contains(rule);
            if (held && c.held() == 0) {
                missing.add(rule + " held");
            }
            if (fired && c.fired() == 0) {
                missing.add(rule + " fired");
            }
        }
        assertEquals(List.of(), missing, () -> report.render(CATALOG));
        assertTrue(report.steps() > 0);
    }
}
