package dev.abkit.vectors;

import dev.abkit.vectors.subjects.CollatorVectors;
import dev.abkit.vectors.subjects.ConstraintsVectors;
import dev.abkit.vectors.subjects.PipelineVectors;
import dev.abkit.vectors.subjects.ProspectiveLifecycleVectors;
import dev.abkit.vectors.subjects.ProspectiveVectors;
import dev.abkit.vectors.subjects.RuntimeVectors;
import dev.abkit.vectors.subjects.SegmentVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates every vector from the reference model and writes them under {@code vectors/}: one file per case at
 * {@code <subject>/<area>/<id>.yaml}, {@code index.txt} listing the files in order, and the JSON Schema
 * {@code schema.json}. The output depends only on
 * the kit's code, so regenerating reproduces the committed files byte for byte.
 */
public final class VectorGenerator {
    /** The name of the file that lists every vector file, one relative path per line. */
    public static final String INDEX = "index.txt";

    private VectorGenerator() {
    }

    /** The sources of every subject, in a fixed order. */
    public static List<VectorSource> sources() {
        return List.of(
                new ConstraintsVectors(),
                new RuntimeVectors(),
                new PipelineVectors(),
                new SegmentVectors(),
                new ProspectiveVectors(),
                new ProspectiveLifecycleVectors(),
                new CollatorVectors());
    }

    /** Every generated case with its file text, keyed by relative path, in index order. */
    public static Map<String, String> generate() {
        List<VectorCase> all = new ArrayList<>();
        for (VectorSource source : sources()) {
            all.addAll(source.cases());
        }
        Set<String> ids = new HashSet<>();
        for (VectorCase c : all) {
            if (!ids.add(c.id())) {
                throw new IllegalStateException("vector id " + c.id() + " is generated twice");
            }
        }
        all.sort(Comparator.comparing(VectorCase::relativePath));
        Map<String, String> files = new LinkedHashMap<>();
        for (VectorCase c : all) {
            files.put(c.relativePath(), VectorCodec.write(c));
        }
        return files;
    }

    /** The text of the index for the given files. */
    public static String index(Map<String, String> files) {
        StringBuilder text = new StringBuilder();
        files.keySet().forEach(path -> text.append(path).append('\n'));
        return text.toString();
    }

    /** Writes all vectors under {@code directory}, replacing the generated files there; returns the count. */
    public static int write(Path directory) {
        Map<String, String> files = generate();
        try {
            for (String area : subdirectories(directory)) {
                deleteYaml(directory.resolve(area));
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(directory.resolve(INDEX), index(files), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(VectorSchema.FILE), VectorSchema.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vectors under " + directory, e);
        }
        return files.size();
    }

    private static List<String> subdirectories(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void deleteYaml(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Regenerates the vectors: {@code VectorGenerator [directory]} (default {@code vectors}). */
    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "vectors");
        System.out.println("wrote " + write(directory) + " vectors under " + directory);
    }
}
