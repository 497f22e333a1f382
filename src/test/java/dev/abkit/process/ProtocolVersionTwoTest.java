package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzCase;
import dev.abkit.fuzz.FuzzReport;
import dev.abkit.fuzz.FuzzReportFile;
import dev.abkit.fuzz.FuzzStep;
import dev.abkit.fuzz.FuzzSubject;
import dev.abkit.fuzz.FuzzSubjects;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.Lookahead;
import dev.abkit.vectors.SubjectDriver;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Protocol version 2: negotiated with a server that speaks it, version 1 kept with one that does not; a case's steps
 * sent ahead give the answers one at a time would give, also when the case leaves what it announced.
 */
class ProtocolVersionTwoTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    @DisplayName("the hello settles on version 2 with a version-2 server and on version 1 with a version-1 server")
    void negotiation() {
        try (ProcessImplementation two = ProcessImplementation.start(Commands.java(ReferenceServer.class), TIMEOUT);
                ProcessImplementation one = ProcessImplementation.start(Commands.java(ReferenceServer.class,
                        "--protocol", "1"), TIMEOUT)) {
            assertEquals(2, two.protocolVersion());
            assertEquals(1, one.protocolVersion());
        }
    }

    @Test
    @DisplayName("the segment vectors pass on a version-1 server, one request at a time")
    void versionOneStillWorks() {
        List<VectorCase> cases = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.subject() == Subject.UNINCLUDED_SEGMENT && c.profile().equals(Profile.BASELINE))
                .toList();
        try (ProcessImplementation one = ProcessImplementation.start(Commands.java(ReferenceServer.class,
                "--protocol", "1"), TIMEOUT)) {
            VectorRunner runner = new VectorRunner(one, Catalog.load());
            List<CaseResult> results = cases.stream().map(runner::run).toList();
            assertTrue(results.stream().allMatch(r -> r.status() == CaseResult.Status.PASSED), results.toString());
            assertTrue(one.requests() > cases.size() * 2L, "every step is a request of its own");
        }
    }

    @Test
    @DisplayName("a fuzz campaign through version 2 (steps and next cases sent ahead) reports what it reports in process")
    void campaignThroughTheProtocol() {
        FuzzCampaign campaign = FuzzCampaign.of(new ReferenceImplementation()).seeds(0, 59).cases(60);
        FuzzReport inProcess = campaign.run();
        try (ProcessImplementation two = ProcessImplementation.start(Commands.java(ReferenceServer.class), TIMEOUT)) {
            FuzzReport through = FuzzCampaign.of(two).seeds(0, 59).cases(60).run();
            assertEquals(300, through.totalCases());
            assertEquals(FuzzReportFile.toJson(inProcess.results()), FuzzReportFile.toJson(through.results()));
            assertTrue(two.starts() == 1, "no fault restarted the process");
        }
    }

    @Test
    @DisplayName("a case that leaves its announced steps is replayed to where it stands: answers as one at a time")
    void leavingThePlan() {
        FuzzSubject<?, ?, ?, ?> subject = FuzzSubjects.forSubject(Subject.UNINCLUDED_SEGMENT).orElseThrow();
        try (ProcessImplementation two = ProcessImplementation.start(Commands.java(ReferenceServer.class), TIMEOUT)) {
            int compared = 0;
            for (long seed = 0; seed < 20; seed++) {
                compared += skipOneEvent(subject, seed, two);
            }
            assertTrue(compared > 20, "the cases compared " + compared + " answers");
        }
    }

    @Test
    @DisplayName("a case that leaves its plan while the next cases were sent ahead: those are dropped, answers as one at a time")
    void leavingThePlanWithCasesAhead() {
        FuzzSubject<?, ?, ?, ?> subject = FuzzSubjects.forSubject(Subject.UNINCLUDED_SEGMENT).orElseThrow();
        try (ProcessImplementation two = ProcessImplementation.start(Commands.java(ReferenceServer.class), TIMEOUT)) {
            assertEquals(ProcessImplementation.CASES_AHEAD, two.casesAhead());
            int compared = 0;
            for (long seed = 0; seed < 12; seed++) {
                compared += skipOneEvent(subject, seed, two, ProcessImplementation.CASES_AHEAD);
            }
            assertTrue(compared > 12, "the cases compared " + compared + " answers");
            assertEquals(1, two.starts(), "no fault restarted the process");
        }
    }

    @Test
    @DisplayName("cases sent ahead and then not run in that order are dropped: the case run instead answers as alone")
    void casesAheadOutOfOrder() {
        FuzzSubject<?, ?, ?, ?> subject = FuzzSubjects.forSubject(Subject.UNINCLUDED_SEGMENT).orElseThrow();
        try (ProcessImplementation two = ProcessImplementation.start(Commands.java(ReferenceServer.class), TIMEOUT)) {
            int compared = 0;
            for (long seed = 0; seed < 30; seed += 3) {
                // Seeds seed+1, seed+2 and seed+3 are announced after seed; seed+2 runs next, then seed+3.
                compared += runAnnouncing(subject, seed, two, List.of(seed + 1, seed + 2, seed + 3));
                compared += runAnnouncing(subject, seed + 2, two, List.of());
                compared += runAnnouncing(subject, seed + 3, two, List.of());
            }
            assertTrue(compared > 30, "the cases compared " + compared + " answers");
            assertEquals(1, two.starts(), "no fault restarted the process");
        }
    }

    /** Runs the case of {@code seed} with {@code next} announced after it, comparing every answer with the reference's. */
    private static <P, E, Q, S> int runAnnouncing(FuzzSubject<P, E, Q, S> subject, long seed,
            ProcessImplementation process, List<Long> next) {
        FuzzCase<P, E, Q> c = subject.generate(seed);
        SubjectDriver<P, E, Q, S> driver = subject.driver();
        S expected = driver.open(new ReferenceImplementation(Profile.BASELINE, RuleProbe.NONE), c.parameters());
        S actual = driver.open(process, c.parameters());
        process.expect(plan(c));
        for (long n : next) {
            FuzzCase<P, E, Q> following = subject.generate(n);
            process.expectNext(subject.subject(), following.parameters(), plan(following));
        }
        int compared = 0;
        for (FuzzStep<E, Q> step : c.steps()) {
            if (step instanceof FuzzStep.Act<E, Q> act) {
                assertEquals(driver.apply(expected, act.event()), driver.apply(actual, act.event()), "seed " + seed);
            } else if (step instanceof FuzzStep.Look<E, Q> look) {
                assertEquals(DomainJson.toTree(driver.answer(expected, look.query())).toString(),
                        DomainJson.toTree(driver.answer(actual, look.query())).toString(), "seed " + seed);
            }
            compared++;
        }
        return compared;
    }

    private static <P, E, Q> List<Lookahead.Planned> plan(FuzzCase<P, E, Q> c) {
        List<Lookahead.Planned> plan = new ArrayList<>();
        for (FuzzStep<E, Q> step : c.steps()) {
            plan.add(step instanceof FuzzStep.Act<E, Q> act ? new Lookahead.Planned(true, act.event())
                    : new Lookahead.Planned(false, ((FuzzStep.Look<E, Q>) step).query()));
        }
        return plan;
    }

    private static <P, E, Q, S> int skipOneEvent(FuzzSubject<P, E, Q, S> subject, long seed,
            ProcessImplementation process) {
        return skipOneEvent(subject, seed, process, 0);
    }

    /**
     * Announces a case and {@code ahead} cases after it, then sends the case without its second event, and compares
     * each answer with the reference's.
     */
    private static <P, E, Q, S> int skipOneEvent(FuzzSubject<P, E, Q, S> subject, long seed,
            ProcessImplementation process, int ahead) {
        FuzzCase<P, E, Q> c = subject.generate(seed);
        SubjectDriver<P, E, Q, S> driver = subject.driver();
        Implementation reference = new ReferenceImplementation(Profile.BASELINE, RuleProbe.NONE);
        S expected = driver.open(reference, c.parameters());
        S actual = driver.open(process, c.parameters());
        process.expect(plan(c));
        for (int i = 1; i <= ahead; i++) {
            FuzzCase<P, E, Q> following = subject.generate(seed + 100 + i);
            process.expectNext(subject.subject(), following.parameters(), plan(following));
        }
        int events = 0;
        int compared = 0;
        for (FuzzStep<E, Q> step : c.steps()) {
            if (step instanceof FuzzStep.Act<E, Q> act) {
                if (++events == 2) {
                    continue;
                }
                assertEquals(driver.apply(expected, act.event()), driver.apply(actual, act.event()), "seed " + seed);
            } else if (step instanceof FuzzStep.Look<E, Q> look) {
                assertEquals(DomainJson.toTree(driver.answer(expected, look.query())).toString(),
                        DomainJson.toTree(driver.answer(actual, look.query())).toString(), "seed " + seed);
            }
            compared++;
        }
        return compared;
    }
}
