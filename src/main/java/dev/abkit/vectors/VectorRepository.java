package dev.abkit.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the vector set: from a directory (the source tree's {@code vectors/}, or any copy of it), or from the kit's
 * jar, where the same files are packaged under {@code vectors/}. The index lists every file; a listed file that
 * cannot be read or parsed fails with its name, line and field.
 */
public final class VectorRepository {
    private VectorRepository() {
    }

    /** The vectors of the working directory's {@code vectors/} if it exists, else those packaged in the kit. */
    public static List<VectorCase> standard() {
        Path local = Path.of("vectors");
        return Files.isRegularFile(local.resolve(VectorGenerator.INDEX)) ? fromDirectory(local) : fromClasspath();
    }

    public static List<VectorCase> fromDirectory(Path directory) {
        try {
            List<VectorCase> cases = new ArrayList<>();
            for (String path : lines(Files.readString(directory.resolve(VectorGenerator.INDEX)))) {
                Path file = directory.resolve(path);
                cases.add(VectorCodec.read(directory.resolve(path).toString(), Files.readString(file)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vectors under " + directory + ": " + e.getMessage(), e);
        }
    }

    public static List<VectorCase> fromClasspath() {
        List<VectorCase> cases = new ArrayList<>();
        for (String path : lines(resource("vectors/" + VectorGenerator.INDEX))) {
            cases.add(VectorCodec.read("vectors/" + path, resource("vectors/" + path)));
        }
        return cases;
    }

    /** Reads one vector file. */
    public static VectorCase file(Path file) {
        try {
            return VectorCodec.read(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read vector file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = VectorRepository.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("the kit's class path holds no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
