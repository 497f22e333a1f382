package dev.abkit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalog.load();

    @Test
    @DisplayName("the catalog holds at least 70 rules and every area has rules")
    void size() {
        assertTrue(catalog.size() >= 70, () -> "expected at least 70 rules but was " + catalog.size());
        List<Area> empty = Arrays.stream(Area.values()).filter(a -> catalog.inArea(a).isEmpty()).toList();
        assertTrue(empty.isEmpty(), () -> "areas without rules: " + empty);
    }

    @Test
    @DisplayName("ids in every area are contiguous from 001")
    void contiguousIds() {
        for (Area area : Area.values()) {
            List<Rule> rules = catalog.inArea(area);
            for (int i = 0; i < rules.size(); i++) {
                assertEquals(String.format("AB-%s-%03d", area.name(), i + 1), rules.get(i).id().value(),
                        "rule ids of area " + area + " must be contiguous");
            }
        }
    }

    @Test
    @DisplayName("every subject has rules and every rule cites an upstream or seed source")
    void subjectsAndSources() {
        for (Subject subject : Subject.values()) {
            assertFalse(catalog.forSubject(subject).isEmpty(), "no rules for subject " + subject.key());
        }
        for (Rule rule : catalog.rules()) {
            assertFalse(rule.sources().isEmpty(), rule.id() + " cites no source");
        }
    }

    @Test
    @DisplayName("the rules that define the two parameters record the seed's erratum")
    void erratumIsRecorded() {
        List<Rule> withErratum = catalog.inArea(Area.SYNC).stream()
                .filter(r -> r.noteText().map(n -> n.contains("max_candidate_depth")
                        && n.contains("allowed_ancestry_len") && n.toLowerCase().contains("seed")).orElse(false))
                .toList();
        assertTrue(withErratum.size() >= 2, () -> "expected the erratum in the notes of the SYNC rules that define"
                + " max_candidate_depth and allowed_ancestry_len, found it in "
                + withErratum.stream().map(r -> r.id().value()).collect(Collectors.joining(", ")));
    }

    @Test
    @DisplayName("a malformed rule id is refused with the expected form")
    void malformedId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleId.of("AB-SEG-1"));
        assertTrue(e.getMessage().contains("AB-<AREA>-<NNN>") && e.getMessage().contains("AB-SEG-1"));
    }

    @Test
    @DisplayName("profiles parse from their keys and print back")
    void profiles() {
        Profile profile = Profile.parse("watermark-equal-allowed+velocity-per-para-slot");
        assertTrue(profile.has(Variant.WATERMARK_EQUAL_ALLOWED));
        assertTrue(profile.has(Variant.VELOCITY_PER_PARA_SLOT));
        assertEquals(profile, Profile.parse(profile.name()));
        assertEquals(Profile.BASELINE, Profile.parse("baseline"));
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("fragment-trees"));
    }

    @Test
    void releaseNamesAndVariantKeysMakeProfiles() {
        assertEquals(Profile.of(Variant.CLAIM_QUEUE, Variant.HRMP_WATERMARK_KEPT, Variant.CANDIDATE_DESCRIPTOR_V2,
                Variant.WATERMARK_EQUAL_ALLOWED), Profile.parse("polkadot-sdk-stable2506"));
        assertEquals(Profile.of(Variant.CLAIM_QUEUE, Variant.HRMP_WATERMARK_KEPT, Variant.CANDIDATE_DESCRIPTOR_V2,
                Variant.WATERMARK_EQUAL_ALLOWED, Variant.AURA_SLOT_EXACT), Profile.parse("polkadot-sdk-stable2512"));
        assertEquals(Profile.BASELINE, Profile.parse(Releases.bundled().baseline().name()));
        Profile combined = Profile.parse("polkadot-sdk-stable2506+expect-parent-included");
        assertEquals(Profile.of(Variant.CLAIM_QUEUE, Variant.HRMP_WATERMARK_KEPT, Variant.CANDIDATE_DESCRIPTOR_V2,
                Variant.WATERMARK_EQUAL_ALLOWED, Variant.EXPECT_PARENT_INCLUDED),
                combined);
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> Profile.parse("polkadot-sdk-stable2507"));
        assertTrue(unknown.getMessage().contains("polkadot-sdk-stable2506"), unknown.getMessage());
        IllegalArgumentException typo = assertThrows(
                IllegalArgumentException.class, () -> Profile.parse("hrmp-watermark-kep"));
        assertTrue(typo.getMessage().contains("hrmp-watermark-kept"), typo.getMessage());
        assertEquals(Profile.of(Variant.SCHEDULING_PARENT), Profile.parse("scheduling-parent"));
        assertTrue(Profile.parse("polkadot-sdk-master").has(Variant.SCHEDULING_PARENT));
    }

    @Test
    void theRegistryHasOneBaselineWithoutVariants() {
        Releases releases = Releases.bundled();
        assertEquals(1, releases.all().stream().filter(Release::baseline).count());
        assertTrue(releases.baseline().profile().variants().isEmpty());
        assertEquals("polkadot-sdk-master", releases.all().get(releases.all().size() - 1).name());
        assertFalse(releases.all().get(releases.all().size() - 1).commit().isEmpty(),
                "master names the newest commit read");
    }

    @Test
    void everyProfileEntryNamesItsUpstreamPlace() {
        Catalog catalog = Catalog.load();
        catalog.rules().forEach(rule -> rule.profiles().forEach((v, reading) -> {
            assertFalse(reading.file().isBlank(), rule.id() + " " + v.key());
            assertFalse(reading.function().isBlank(), rule.id() + " " + v.key());
            if (!reading.since().isEmpty()) {
                assertTrue(Releases.bundled().find(reading.since()).isPresent(), reading.since());
            }
        }));
    }

    @Test
    void aProfileEntryWithAWrongReleaseOrPullRequestIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VariantReading("r",
                "", "", "f", "fn", "stable2506", "", "", false));
        assertThrows(IllegalArgumentException.class, () -> new VariantReading("r",
                "#8860", "", "f", "fn", "", "", "", false));
        assertEquals("PR 8860, f fn, since polkadot-sdk-stable2506", new VariantReading("r", "8860", "", "f", "fn",
                "polkadot-sdk-stable2506", "", "", false).provenance());
    }
}
