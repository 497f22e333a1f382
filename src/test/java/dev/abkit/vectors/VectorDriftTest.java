package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The committed vectors are exactly what the reference model generates today. */
class VectorDriftTest {
    private static final Path VECTORS = Path.of("vectors");

    @Test
    @DisplayName("regenerating the vectors reproduces the committed files byte for byte")
    void noDrift() throws IOException {
        Map<String, String> generated = VectorGenerator.generate();
        TreeSet<String> committed;
        try (Stream<Path> files = Files.walk(VECTORS)) {
            committed = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> VECTORS.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> missing = new TreeSet<>(generated.keySet());
        missing.removeAll(committed);
        TreeSet<String> stale = new TreeSet<>(committed);
        stale.removeAll(generated.keySet());
        String regenerate = " (regenerate with: mvn -q -B package -DskipTests && java -jar target/abkit.jar vectors"
                + " generate)";
        assertTrue(missing.isEmpty(), () -> "generated but not committed: " + missing + regenerate);
        assertTrue(stale.isEmpty(), () -> "committed but no longer generated: " + stale + regenerate);
        for (Map.Entry<String, String> e : generated.entrySet()) {
            assertEquals(e.getValue(), Files.readString(VECTORS.resolve(e.getKey())),
                    "vectors/" + e.getKey() + " differs from what the reference generates" + regenerate);
        }
        assertEquals(VectorGenerator.index(generated), Files.readString(VECTORS.resolve(VectorGenerator.INDEX)),
                "vectors/index.txt is stale" + regenerate);
    }

    @Test
    @DisplayName("every vector read back equals the generated case")
    void roundTrip() {
        List<VectorCase> cases = VectorRepository.fromDirectory(VECTORS);
        Map<String, String> generated = VectorGenerator.generate();
        assertEquals(generated.size(), cases.size());
        for (VectorCase c : cases) {
            assertEquals(generated.get(c.relativePath()), VectorCodec.write(c), c.id());
        }
    }
}
