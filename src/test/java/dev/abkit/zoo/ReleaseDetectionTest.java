package dev.abkit.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Release;
import dev.abkit.catalog.Releases;
import dev.abkit.catalog.RuleId;
import dev.abkit.conformance.ProfileDetection;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.ConstraintsRules;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.ForwardingImplementation;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Implementations built to follow a given release are detected as that release by {@code --detect-profile}'s
 * detection, and one that follows a release with one extra bug is reported as closest to it, differing in the rule
 * the bug breaks.
 */
class ReleaseDetectionTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors"));

    /** An implementation that follows {@code release} (the reference of its profile, declaring the baseline). */
    private static Implementation following(Release release) {
        return new ReferenceImplementation(release.profile(), RuleProbe.NONE);
    }

    @TestFactory
    @DisplayName("an implementation following a release is detected as that release and no other")
    Stream<DynamicTest> eachReleaseIsDetected() {
        Releases releases = Releases.bundled();
        return releases.all().stream().map(release -> DynamicTest.dynamicTest(release.name(), () -> {
            ProfileDetection.Result result = ProfileDetection.detect(following(release), VECTORS, c -> true, CATALOG,
                    releases);
            List<ProfileDetection.Candidate> matching = result.matching();
            assertEquals(1, matching.size(), result.render());
            assertEquals(release.profile(), matching.get(0).profile(), result.render());
            assertTrue(matching.get(0).releases().contains(release), result.render());
            assertTrue(result.render().contains("matches: ") && result.render().contains(release.name()),
                    result.render());
        }));
    }

    @Test
    @DisplayName("a stable2506 implementation with one extra bug is closest to stable2506, differing in that rule")
    void anExtraBugIsNamed() {
        Release stable2506 = Releases.bundled().get("polkadot-sdk-stable2506");
        ReferenceImplementation base = new ReferenceImplementation(stable2506.profile(), RuleProbe.NONE);
        Implementation buggy = new ForwardingImplementation(base) {
            @Override
            public CandidateConstraintsSubject candidateConstraints(Constraints constraints) {
                return new ConstraintsFaults.CodeSizeWithGreaterOrEqual(base.candidateConstraints(constraints));
            }
        };
        ProfileDetection.Result result = ProfileDetection.detect(buggy, VECTORS, c -> true, CATALOG,
                Releases.bundled());
        assertEquals(List.of(), result.matching(), result.render());
        assertEquals(Profile.parse("polkadot-sdk-stable2506"), result.closest().profile(), result.render());
        assertEquals(Set.of(ConstraintsRules.AB_CONS_005), result.closest().differingRules(), result.render());
        assertTrue(result.render().contains("closest: polkadot-sdk-stable2506, differs in AB-CONS-005"),
                result.render());
    }

    @Test
    @DisplayName("detection runs only the selected cases")
    void selectionLimitsTheCases() {
        ProfileDetection.Result result = ProfileDetection.detect(new ReferenceImplementation(), VECTORS,
                c -> c.rules().contains(RuleId.of("AB-CONS-020")), CATALOG, Releases.bundled());
        result.candidates().forEach(c -> assertTrue(c.passed() + c.failures().size() <= 10, result.render()));
    }
}
