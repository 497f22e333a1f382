package dev.abkit.bench;

import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzReport;
import dev.abkit.spi.ReferenceImplementation;
import java.util.EnumSet;
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
 * subjects in turn like a campaign. Run: {@code java -cp target/abkit.jar org.openjdk.jmh.Main FuzzStepBenchmark}.
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

    private FuzzCampaign campaign;
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
    public void campaign() {
        EnumSet<Subject> chosen = subject.equals("all") ? EnumSet.of(Subject.UNINCLUDED_SEGMENT,
                Subject.PROSPECTIVE_PARACHAINS, Subject.CANDIDATE_CONSTRAINTS, Subject.RUNTIME_ACCEPTANCE,
                Subject.COLLATOR) : EnumSet.of(Subject.fromKey(subject));
        campaign = FuzzCampaign.of(new ReferenceImplementation()).subjects(chosen).cases(1);
    }

    /** One seed: one case of each chosen subject. */
    @Benchmark
    public FuzzReport fuzzCase(Steps counter) {
        FuzzReport report = campaign.seeds(seed, seed).run();
        seed++;
        counter.steps += report.steps();
        return report;
    }
}
