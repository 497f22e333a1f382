package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.zoo.Fault;
import dev.abkit.zoo.Zoo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference's run recorded while a case is generated is the run the differential would make itself: the same
 * result (steps, finding, invalid) and the same rule coverage, seed by seed, for the reference and for every faulty
 * implementation of the zoo (whose findings stop a case part-way, so that the coverage handed over is a prefix).
 */
class ReferenceRunTest {
    private static final int SEEDS = 40;

    @Test
    @DisplayName("replaying the generator's reference run gives the result and coverage of running the reference again")
    void recordedRunEqualsRerun() {
        List<Implementation> implementations = new ArrayList<>();
        implementations.add(new ReferenceImplementation());
        for (Fault fault : Zoo.all()) {
            implementations.add(fault.implementation());
        }
        int[] tally = new int[3];
        for (FuzzSubject<?, ?, ?, ?> subject : FuzzSubjects.all()) {
            for (Implementation implementation : implementations) {
                if (!implementation.capabilities().provides(subject.subject())) {
                    continue;
                }
                for (long seed = 0; seed < SEEDS; seed++) {
                    compare(subject, seed, implementation, tally);
                }
            }
        }
        assertTrue(tally[0] >= FuzzSubjects.all().size() * SEEDS, "replayed cases: " + tally[0]);
        assertTrue(tally[1] > 100, "cases with a finding: " + tally[1]);
        assertTrue(tally[2] > 0, "cases with a finding ended before their last step: " + tally[2]);
    }

    @Test
    @DisplayName("a recorded run is not used for another case or another profile")
    void recordedRunFitsOnlyItsCase() {
        for (FuzzSubject<?, ?, ?, ?> subject : FuzzSubjects.all()) {
            notUsedElsewhere(subject);
        }
    }

    private static <P, E, Q, S> void notUsedElsewhere(FuzzSubject<P, E, Q, S> subject) {
        FuzzSubject.Generated<P, E, Q, S> g = subject.generateRecorded(7);
        assertTrue(g.run().fits(g.c(), Profile.BASELINE), subject.generatorName());
        FuzzCase<P, E, Q> shorter = g.c().withSteps(g.c().steps().subList(0, g.c().steps().size() - 1));
        assertFalse(g.run().fits(shorter, Profile.BASELINE), subject.generatorName());
        assertFalse(g.run().fits(subject.generate(7), Profile.BASELINE), subject.generatorName());
        assertFalse(g.run().fits(g.c(), Profile.of(Variant.WATERMARK_EQUAL_ALLOWED)), subject.generatorName());
    }

    private static <P, E, Q, S> void compare(FuzzSubject<P, E, Q, S> subject, long seed,
            Implementation implementation, int[] tally) {
        FuzzSubject.Generated<P, E, Q, S> g = subject.generateRecorded(seed);
        String what = subject.generatorName() + " seed " + seed + " on " + implementation.capabilities().name();
        assertEquals(subject.generate(seed), g.c(), what);
        RuleCoverage rerun = new RuleCoverage();
        RuleCoverage replayed = new RuleCoverage();
        Differential.Result expected = Differential.run(subject, g.c(), implementation, rerun);
        Differential.Result actual = Differential.run(subject, g.c(), implementation, replayed, null, g.run());
        assertEquals(expected, actual, what);
        assertEquals(rerun.snapshot(), replayed.snapshot(), what);
        if (g.run().fits(g.c(), implementation.capabilities().profile())) {
            tally[0]++;
        }
        if (expected.finding().isPresent()) {
            tally[1]++;
            if (expected.stepsRun() < g.c().steps().size()) {
                tally[2]++;
            }
        }
    }
}
