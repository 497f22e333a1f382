package dev.abkit.bench;

import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.Differential;
import dev.abkit.fuzz.FuzzSubject;
import dev.abkit.fuzz.FuzzSubjects;
import dev.abkit.fuzz.RuleCoverage;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of differential fuzzing in process: each invocation is one generated case of the subject, run step
 * by step on the embedded reference and on the reference model side by side, as {@code abkit fuzz} runs it. The
 * {@code steps} counter gives the fuzz steps per second (events and queries); {@code subject=all} takes the
 * subjects in turn like a campaign. Run:
 * {@code java -cp target/abkit.jar:<JMH> org.openjdk.jmh.Main FuzzStepBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FuzzStepBenchmark {
    /** The fuzzed subject's key, or {@code all}. */
    @Param({"all"})
    public String subject;

    private List<FuzzSubject<?, ?, ?, ?>> subjects;
    private final Implementation implementation = new ReferenceImplementation();
    private final RuleCoverage coverage = new RuleCoverage();
    private long seed;

    /** The steps run, counted as JMH operations (so reported per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Steps {
        public long steps;

        @Setup(Level.Iteration)
        public void clear() {
            steps = 0;
        }
    }

    @Setup(Level.Trial)
    public void subjects() {
        subjects = subject.equals("all") ? FuzzSubjects.all()
                : List.of(FuzzSubjects.forSubject(Subject.fromKey(subject)).orElseThrow());
    }

    /** One case: generated from the next seed, then run differentially, as a campaign runs it. */
    @Benchmark
    public Differential.Result fuzzCase(Steps counter) {
        FuzzSubject<?, ?, ?, ?> next = subjects.get((int) (seed % subjects.size()));
        Differential.Result result = run(next, seed / subjects.size());
        seed++;
        counter.steps += result.stepsRun();
        return result;
    }

    private <P, E, Q, S> Differential.Result run(FuzzSubject<P, E, Q, S> fuzzed, long caseSeed) {
        return Differential.runGenerated(fuzzed, caseSeed, implementation, coverage);
    }
}
