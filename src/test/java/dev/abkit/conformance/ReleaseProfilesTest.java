package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Release;
import dev.abkit.catalog.Releases;
import dev.abkit.catalog.Variant;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference is conformant under every release profile, and every variant a release follows is pinned on both
 * sides: some vector of the variant holds for the reference of that variant and fails for the baseline reference
 * targeting it.
 */
class ReleaseProfilesTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors"));

    @TestFactory
    @DisplayName("the reference of each release profile passes every vector that release runs")
    Stream<DynamicTest> referenceConformsUnderEveryRelease() {
        return Releases.bundled().all().stream().map(release -> DynamicTest.dynamicTest(release.name(), () -> {
            VectorRunner runner = new VectorRunner(new ReferenceImplementation(release.profile(), RuleProbe.NONE),
                    CATALOG);
            List<String> failures = new ArrayList<>();
            int passed = 0;
            for (VectorCase c : VECTORS) {
                CaseResult result = runner.run(c);
                if (result.status() == CaseResult.Status.PASSED) {
                    passed++;
                } else if (result.status() != CaseResult.Status.SKIPPED) {
                    failures.add(c.id() + ": " + result.message());
                }
            }
            assertEquals(List.of(), failures, release.name());
            assertTrue(passed > VECTORS.size() / 2, release.name() + " ran only " + passed + " vectors");
        }));
    }

    @TestFactory
    @DisplayName("each variant of a release holds under its profile and differs under the baseline")
    Stream<DynamicTest> everyReleaseVariantHasBothSides() {
        Set<Variant> inReleases = EnumSet.noneOf(Variant.class);
        Releases.bundled().all().forEach(r -> inReleases.addAll(r.profile().variants()));
        return inReleases.stream().map(v -> DynamicTest.dynamicTest(v.key(), () -> {
            Profile profile = Profile.of(v);
            VectorRunner variant = new VectorRunner(new ReferenceImplementation(profile, RuleProbe.NONE), CATALOG);
            VectorRunner baseline = new VectorRunner(ProfileDetection.declaring(new ReferenceImplementation(),
                    profile), CATALOG);
            List<String> holds = new ArrayList<>();
            List<String> differs = new ArrayList<>();
            for (VectorCase c : VECTORS) {
                if (!c.profile().has(v)) {
                    continue;
                }
                if (variant.run(c).status() == CaseResult.Status.PASSED) {
                    holds.add(c.id());
                }
                if (baseline.run(c).status() == CaseResult.Status.FAILED) {
                    differs.add(c.id());
                }
            }
            assertFalse(holds.isEmpty(), "no vector of " + v.key() + " passes for its reference");
            assertFalse(differs.isEmpty(), "no vector of " + v.key() + " fails for the baseline reference: "
                    + holds);
        }));
    }

    @Test
    @DisplayName("a variant named as first released in a release is in that release and every later one")
    void sinceMatchesTheRegistry() {
        List<Release> all = Releases.bundled().all();
        List<String> wrong = new ArrayList<>();
        CATALOG.rules().forEach(rule -> rule.profiles().forEach((v, reading) -> {
            if (reading.since().isEmpty()) {
                return;
            }
            int first = all.indexOf(Releases.bundled().get(reading.since()));
            for (int i = 0; i < all.size(); i++) {
                if ((i >= first) != all.get(i).profile().has(v)) {
                    wrong.add(rule.id() + " " + v.key() + " since " + reading.since() + " vs " + all.get(i).name());
                }
            }
        }));
        assertEquals(List.of(), wrong);
    }
}
