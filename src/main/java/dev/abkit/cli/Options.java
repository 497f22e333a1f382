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

    /** {@code value} when {@code min <= value <= max}; else an error naming the option and the range. */
    static int range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + ": expected a whole number from " + min + " to " + max
                    + " but was " + value);
        }
        return value;
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
