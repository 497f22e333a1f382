package dev.abkit.vectors;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The cases under {@code directory}, read and checked as {@link VectorSet#fromDirectory} does. */
    public static List<VectorCase> fromDirectory(Path directory) {
        return VectorSet.fromDirectory(directory).cases();
    }

    /** The cases packaged in the kit, read and checked as {@link VectorSet#fromClasspath} does. */
    public static List<VectorCase> fromClasspath() {
        return VectorSet.fromClasspath().cases();
    }

    /** Reads one vector file: at most {@link InputText#MAX_BYTES} bytes of UTF-8. */
    public static VectorCase file(Path file) {
        return VectorCodec.read(file.toString(), InputText.read(file, "vector file"));
    }
}
