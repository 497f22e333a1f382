package dev.abkit.bench;

import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintModifications;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.model.RelayHash;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * JMH benchmarks of the reference model's operations on the prospective-parachains workload of {@link BenchSize}:
 * leaf activation, seconding (with backing and the author's query, as one relay block), the backable query, the
 * hypothetical-membership query and the inclusion emulator's constraint check. The {@code size} parameter names the
 * workload; {@code depth-10x} and {@code forks-10x} hold ten times the candidates of one chain of {@code realistic},
 * and {@link ProspectiveBenchmark} prints how the cost grows between them. Run from the kit's jar:
 * {@code java -cp target/abkit.jar:<JMH> org.openjdk.jmh.Main ModelBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ModelBenchmarks {
    /** The workload: one of {@link ProspectiveBenchmark#SIZES}. */
    @Param({"realistic", "depth-10x", "forks-10x"})
    public String size;

    private ProspectiveWorkload workload;
    private Candidate fork;
    private Constraints constraints;
    private InclusionEmulator emulator;
    private int para;

    /** A settled workload per iteration: chains full, candidates pending availability. */
    @Setup(Level.Iteration)
    public void settle() {
        workload = new ProspectiveWorkload(ProspectiveBenchmark.size(size)).settle();
        fork = workload.nextCandidate(0);
        constraints = workload.constraintsOf(fork);
        emulator = new InclusionEmulator(Checks.unobserved());
    }

    /** Activating a leaf: every para's chain rebuilt from the candidates kept (one leaf, all paras). */
    @Benchmark
    public Outcome leafActivation() {
        return workload.reactivateLeaf();
    }

    /** The block author's backable query for one para (the paras taken in turn). */
    @Benchmark
    public List<BackableCandidate> backableQuery() {
        return workload.backableQuery(para++);
    }

    /** The hypothetical-membership query of a candidate that forks the last position of a full chain. */
    @Benchmark
    public List<RelayHash> membershipQuery() {
        return workload.membershipQuery(fork);
    }

    /** The inclusion emulator's check of one candidate against its relay parent's constraints. */
    @Benchmark
    public ConstraintModifications constraintCheck() {
        return emulator.check(workload.leaf().info(), constraints, fork.commitments(), fork.codeHash(),
                fork.validationData());
    }

    /**
     * One relay block of the workload: leaf activation and deactivation, then for every para its chain refilled
     * (membership query and seconding of each new candidate), the lowest of each position backed, and the author's
     * backable query.
     */
    @Benchmark
    public void relayBlock() {
        workload.nextBlock();
    }
}
