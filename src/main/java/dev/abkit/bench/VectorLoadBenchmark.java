package dev.abkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.abkit.vectors.InputText;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * JMH benchmarks of reading vectors: {@code parse} reads one vector file of {@code kib} KiB (a real vector whose steps
 * are repeated up to that size, at most the 1 MiB the kit reads), so that the time per KiB across sizes shows whether
 * parsing is linear in the file's size ({@link VectorSetBenchmark} times the whole set). Run from the kit's
 * checkout: {@code java -cp target/abkit.jar:<JMH> org.openjdk.jmh.Main VectorLoadBenchmark}.
 */
@Fork(1)
@State(Scope.Benchmark)
public class VectorLoadBenchmark {
    /** The vector whose steps are repeated. */
    private static final String SEED_VECTOR = "prospective-parachains/fork/fork-003-partial-revert-fourth-element.yaml";

    /** The size of the parsed file, in KiB. */
    @Param({"16", "64", "256", "1000"})
    public int kib;

    private String text;

    /** A vector of about {@code kib} KiB: the seed vector with its steps repeated. */
    @Setup(Level.Trial)
    public void build() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        Path source = Path.of("vectors").resolve(SEED_VECTOR);
        ObjectNode root = (ObjectNode) yaml.readTree(Files.readString(source, StandardCharsets.UTF_8));
        ArrayNode steps = (ArrayNode) root.get("steps");
        ArrayNode repeated = yaml.createArrayNode();
        long target = kib * 1024L;
        String rendered = "";
        while (true) {
            for (JsonNode step : steps) {
                repeated.add(step.deepCopy());
            }
            root.set("steps", repeated);
            String next = yaml.writeValueAsString(root);
            if (next.length() > Math.min(target, InputText.MAX_BYTES)) {
                break;
            }
            rendered = next;
        }
        text = rendered.isEmpty() ? yaml.writeValueAsString(root) : rendered;
    }

    /** One file parsed and checked, as the runner reads each vector. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public VectorCase parse() {
        return VectorCodec.read("generated.yaml", text);
    }
}
