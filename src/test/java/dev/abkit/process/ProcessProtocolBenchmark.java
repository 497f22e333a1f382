package dev.abkit.process;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wall time of the baseline vectors in process and through the process protocol, cold and warm, and the protocol's
 * request rate. Not part of the build (surefire excludes *Benchmark*): {@code mvn -o test
 * -Dtest=ProcessProtocolBenchmark}.
 */
class ProcessProtocolBenchmark {
    private static final int ROUNDS = 5;

    @Test
    void measure() {
        Catalog catalog = Catalog.load();
        List<VectorCase> all = VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> c.profile().equals(Profile.BASELINE)).toList();
        List<VectorCase> segment = all.stream().filter(c -> c.subject() == Subject.UNINCLUDED_SEGMENT).toList();
        ReferenceImplementation reference = new ReferenceImplementation(Profile.BASELINE, RuleProbe.NONE);
        report("in process, all baseline", catalog, reference, all);
        report("in process, segment", catalog, reference, segment);

        long t0 = System.nanoTime();
        try (ProcessImplementation process = ProcessImplementation.start(Commands.java(ReferenceServer.class),
                Duration.ofSeconds(10))) {
            System.out.printf("reference server start + hello: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            report("reference server, all baseline", catalog, process, all);
        }
        t0 = System.nanoTime();
        try (ProcessImplementation python = ProcessImplementation.start(
                List.of("python3", "implementations/python/segment.py"), Duration.ofSeconds(10))) {
            System.out.printf("python start + hello: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            report("python, segment", catalog, python, segment);
        }
    }

    private static void report(String what, Catalog catalog, Implementation implementation,
            List<VectorCase> cases) {
        VectorRunner runner = new VectorRunner(implementation, catalog);
        long before = implementation instanceof ProcessImplementation p ? p.requests() : 0;
        long cold = time(runner, cases);
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            warm = Math.min(warm, time(runner, cases));
        }
        String rate = "";
        if (implementation instanceof ProcessImplementation p) {
            long perRound = (p.requests() - before) / (ROUNDS + 1);
            rate = String.format(", %d requests per round, %.0f requests/s warm", perRound, perRound / (warm / 1e9));
        }
        System.out.printf("%s: %d cases, cold %.1f ms, best warm %.1f ms%s%n", what, cases.size(), cold / 1e6,
                warm / 1e6, rate);
    }

    private static long time(VectorRunner runner, List<VectorCase> cases) {
        long start = System.nanoTime();
        for (VectorCase c : cases) {
            if (runner.run(c).status() != CaseResult.Status.PASSED) {
                throw new AssertionError(c.id());
            }
        }
        return System.nanoTime() - start;
    }
}
