package dev.abkit.bench;

import dev.abkit.vectors.VectorSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of loading the vector set under {@code vectors/}: the index, every file parsed and checked, the ids
 * checked unique. {@code cold} is the first load in a fresh JVM (single shot, class loading and an unwarmed JIT
 * included, the rule catalog loaded first as {@code verify} loads it before the vectors): the cost {@code verify}
 * pays. {@code warm} is a load in a warmed JVM; it takes three copies of the set in turn, so that the kit's cache of
 * the last two sets read never answers. Run from the kit's checkout:
 * {@code java -cp target/abkit.jar:<JMH> org.openjdk.jmh.Main VectorSetBenchmark}.
 */
@State(Scope.Benchmark)
public class VectorSetBenchmark {
    private final List<Path> copies = new ArrayList<>();
    private Path root;
    private int next;

    @Setup(Level.Trial)
    public void copy() throws IOException {
        dev.abkit.catalog.Catalog.load();
        root = Files.createTempDirectory("abkit-vector-copies");
        Path source = Path.of("vectors");
        for (int i = 0; i < 3; i++) {
            Path copy = root.resolve("v" + i);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path target = copy.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
            copies.add(copy);
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public VectorSet cold() {
        return VectorSet.fromDirectory(copies.get(0));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public VectorSet warm() {
        return VectorSet.fromDirectory(copies.get(next++ % copies.size()));
    }
}
