package dev.abkit.features;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;

/**
 * Parameter types shared by every feature. Cucumber registers parameter types for the whole glue, so each is
 * defined once, here.
 */
public final class ParameterTypes {
    /** A list of whole numbers: {@code 6, 8}. */
    @ParameterType("\\d+(?:\\s*,\\s*\\d+)*")
    public List<Long> longs(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** A list of whole numbers joined by commas or "and": {@code 2000 and 2001}. */
    @ParameterType("\\d+(?:\\s*(?:,|and)\\s*\\d+)*")
    public List<Integer> ints(String text) {
        return Arrays.stream(text.split("\\s*(?:,|and)\\s*")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** Capitalised names joined by commas or "and": {@code A, B and C}. */
    @ParameterType("[A-Z][A-Za-z0-9]*(?:(?:, | and )[A-Z][A-Za-z0-9]*)*")
    public List<String> parablocks(String text) {
        return Arrays.stream(text.split(", | and ")).map(String::strip).toList();
    }
}
