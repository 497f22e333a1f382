package dev.abkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Turns option values into domain values, prefixing a conversion error with the option's name. */
final class Options {
    private Options() {
    }

    static <T> T parse(String option, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    static Path existingFile(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": no file " + file + (Files.isDirectory(file)
                    ? " (it is a directory)" : " (check the path; relative paths start at " + Path.of("")
                    .toAbsolutePath() + ")"));
        }
        return file;
    }
}
