package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.spi.ReferenceImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeds reproduce cases, shards split a seed range into disjoint parts whose reports merge into the whole. */
class FuzzCampaignTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 987_654_321})
    @DisplayName("one seed reproduces one case exactly, for every generator; another seed gives another case")
    void seedsReproduceCases(long seed) {
        for (FuzzSubject<?, ?, ?, ?> subject : FuzzSubjects.all()) {
            assertEquals(subject.generate(seed), subject.generate(seed), subject.generatorName());
            assertNotEquals(subject.generate(seed), subject.generate(seed + 1), subject.generatorName());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 987_654_321})
    @DisplayName("under a release profile too, one seed reproduces one case exactly and another seed gives another")
    void seedsReproduceCasesUnderAProfile(long seed) {
        for (FuzzSubject<?, ?, ?, ?> subject : FuzzSubjects.all(Profile.parse("polkadot-sdk-stable2506"))) {
            assertEquals(subject.generate(seed), subject.generate(seed), subject.generatorName());
            assertNotEquals(subject.generate(seed), subject.generate(seed + 1), subject.generatorName());
        }
    }

    @Test
    @DisplayName("under claim-queue the prospective generator states claim queues whose claim slots and distinct"
            + " cores differ; under the baseline it states none and makes the cases it always made")
    void claimQueuesUnderClaimQueueOnly() {
        FuzzSubject<?, ?, ?, ?> baseline = FuzzSubjects.forSubject(Subject.PROSPECTIVE_PARACHAINS).orElseThrow();
        FuzzSubject<?, ?, ?, ?> claimQueue = baseline.forProfile(Profile.of(Variant.CLAIM_QUEUE));
        int stated = 0;
        int slotsBeyondCores = 0;
        int unclaimed = 0;
        Set<Integer> lookaheads = new TreeSet<>();
        Set<Integer> coreCounts = new TreeSet<>();
        for (long seed = 0; seed < 200; seed++) {
            assertEquals(baseline.generate(seed), baseline.forProfile(Profile.BASELINE).generate(seed));
            AsyncBackingParams plain = (AsyncBackingParams) baseline.generate(seed).parameters();
            assertEquals(ClaimQueue.NOT_STATED, plain.claimQueue(), "seed " + seed);
            ClaimQueue queue = ((AsyncBackingParams) claimQueue.generate(seed).parameters()).claimQueue();
            if (!queue.isStated()) {
                continue;
            }
            stated++;
            lookaheads.add(queue.schedulingLookahead());
            coreCounts.add(queue.cores().size());
            long slots = queue.cores().stream().flatMap(List::stream).filter(ProspectiveFuzz.PARA::equals).count();
            int cores = queue.coresOf(ProspectiveFuzz.PARA);
            slotsBeyondCores += slots > cores ? 1 : 0;
            unclaimed += cores == 0 ? 1 : 0;
        }
        assertTrue(stated > 150 && stated < 200, "claim queues stated in " + stated + " of 200 cases");
        assertTrue(slotsBeyondCores > 30, "claim slots beyond distinct cores in " + slotsBeyondCores + " cases");
        assertTrue(unclaimed > 0, "no case leaves the para without a claim");
        assertEquals(Set.of(1, 2, 3, 4), lookaheads);
        assertEquals(Set.of(1, 2, 3), coreCounts);
    }

    @Test
    @DisplayName("two shards of a seed range run disjoint seeds and merge into the report of the whole range")
    void shardsMerge() {
        FuzzCampaign base = FuzzCampaign.of(new ReferenceImplementation()).seeds(100, 159).cases(1000);
        FuzzReport whole = base.run();
        FuzzReport merged = base.shard(0, 2).run().merge(base.shard(1, 2).run());
        assertEquals(60L * FuzzSubjects.all().size(), whole.totalCases());
        assertEquals(whole.cases(), merged.cases());
        assertEquals(whole.steps(), merged.steps());
        assertEquals(whole.coverage(), merged.coverage());
    }

    @Test
    @DisplayName("two jobs give the report of one job for the same seeds: cases, coverage, failures and shrinking")
    void jobsGiveOneJobsReport() {
        dev.abkit.spi.Implementation faulty = dev.abkit.zoo.Zoo.all().stream()
                .filter(f -> f.name().equals("CapacityCheckedWithLessOrEqual")).findFirst().orElseThrow()
                .implementation();
        FuzzCampaign base = FuzzCampaign.of(faulty).seeds(0, 699).cases(500);
        FuzzReport one = base.run();
        FuzzReport two = base.jobs(java.util.List.of(faulty, faulty)).run();
        assertTrue(one.hasFailures());
        assertEquals(500L, one.cases().get(Subject.UNINCLUDED_SEGMENT));
        assertEquals(FuzzReportFile.toJson(one.results()), FuzzReportFile.toJson(two.results()));
    }

    @Test
    @DisplayName("under claim-queue too, two jobs give the report of one job for the same seeds")
    void jobsGiveOneJobsReportUnderClaimQueue() {
        dev.abkit.spi.Implementation faulty = dev.abkit.zoo.Zoo.all().stream()
                .filter(f -> f.name().equals("ClaimQueueSlotsCounted")).findFirst().orElseThrow()
                .implementation();
        FuzzCampaign base = FuzzCampaign.of(faulty).seeds(0, 399).cases(300);
        FuzzReport one = base.run();
        FuzzReport two = base.jobs(java.util.List.of(faulty, faulty)).run();
        assertTrue(one.hasFailures());
        assertEquals(300L, one.cases().get(Subject.PROSPECTIVE_PARACHAINS));
        assertEquals(FuzzReportFile.toJson(one.results()), FuzzReportFile.toJson(two.results()));
    }

    @Test
    @DisplayName("a faulty implementation's findings are written as a vector set under a folder of its own")
    void findingsWritten(@TempDir Path out) throws Exception {
        dev.abkit.spi.Implementation faulty = dev.abkit.zoo.Zoo.all().stream()
                .filter(f -> f.name().equals("CapacityCheckedWithLessOrEqual")).findFirst().orElseThrow()
                .implementation();
        FuzzReport report = FuzzCampaign.of(faulty).subjects(Set.of(Subject.UNINCLUDED_SEGMENT)).cases(50)
                .writeTo(out).run();
        assertTrue(report.hasFailures());
        Path folder = out.resolve(faulty.capabilities().name() + "-" + faulty.capabilities().version());
        assertEquals(report.failures().size(), Files.readAllLines(folder.resolve(FindingVector.INDEX)).size());
        assertEquals(report.failures().size(), dev.abkit.vectors.VectorRepository.fromDirectory(folder).size());
    }

    @Test
    @DisplayName("an implementation that takes three cases ahead is told each later case once, in the order they run,"
            + " and the campaign reports what it reports without announcements")
    void casesAnnouncedAheadInRunOrder() {
        Set<Subject> chosen = Set.of(Subject.UNINCLUDED_SEGMENT, Subject.COLLATOR);
        AnnouncedTo announced = new AnnouncedTo(new ReferenceImplementation());
        FuzzReport told = FuzzCampaign.of(announced).subjects(chosen).seeds(0, 100).cases(4).run();
        FuzzReport plain = FuzzCampaign.of(new ReferenceImplementation()).subjects(chosen).seeds(0, 100).cases(4)
                .run();
        assertEquals(FuzzReportFile.toJson(plain.results()), FuzzReportFile.toJson(told.results()));
        List<String> runOrder = new java.util.ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            for (FuzzSubject<?, ?, ?, ?> subject : FuzzSubjects.all()) {
                if (chosen.contains(subject.subject())) {
                    runOrder.add(subject.subject().key() + " " + subject.generate(seed).parameters());
                }
            }
        }
        assertEquals(8, runOrder.size());
        assertEquals(runOrder.subList(1, runOrder.size()), announced.told);
    }

    /** The reference, told the cases ahead (three at most) and keeping what it was told. */
    private static final class AnnouncedTo implements dev.abkit.spi.Implementation, dev.abkit.vectors.Lookahead {
        private final ReferenceImplementation reference;
        private final List<String> told = new java.util.ArrayList<>();

        AnnouncedTo(ReferenceImplementation reference) {
            this.reference = reference;
        }

        @Override
        public dev.abkit.spi.Capabilities capabilities() {
            return reference.capabilities();
        }

        @Override
        public dev.abkit.spi.UnincludedSegmentSubject unincludedSegment(dev.abkit.reference.segment.SegmentParams p,
                dev.abkit.model.HeadData genesis) {
            return reference.unincludedSegment(p, genesis);
        }

        @Override
        public dev.abkit.spi.CollatorSubject collator(dev.abkit.reference.collator.CollatorView view) {
            return reference.collator(view);
        }

        @Override
        public void expect(List<Planned> steps) {
        }

        @Override
        public void expectNext(Subject subject, Object parameters, List<Planned> steps) {
            told.add(subject.key() + " " + parameters);
        }

        @Override
        public int casesAhead() {
            return 3;
        }
    }
}
