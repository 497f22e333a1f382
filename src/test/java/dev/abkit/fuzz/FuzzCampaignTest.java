package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Subject;
import dev.abkit.spi.ReferenceImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
}
