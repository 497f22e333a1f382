package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The first place where two JSON trees differ, for "expected X but was Y at path" messages. Whole numbers are
 * compared by value, since a tree read from YAML holds them as longs and one made from a record keeps the field's
 * type.
 *
 * @param path where they differ ({@code chain.best_chain[1]}), or empty for the whole answer
 * @param expected the expected value there, or "(absent)"
 * @param actual the actual value there, or "(absent)"
 */
record JsonDifference(String path, String expected, String actual) {
    private static final String ABSENT = "(absent)";
    private static final Comparator<JsonNode> WHOLE_NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().compareTo(b.bigIntegerValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static Optional<JsonDifference> first(JsonNode expected, JsonNode actual) {
        return first(expected, actual, "");
    }

    /** {@code expected: <path> = <value> | but was: <path> = <value>}. */
    String render() {
        String at = path.isEmpty() ? "" : path + " = ";
        return "expected: " + at + expected + " | but was: " + at + actual;
    }

    private static Optional<JsonDifference> first(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(WHOLE_NUMBERS_BY_VALUE, actual)) {
            return Optional.empty();
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String sub = path.isEmpty() ? name : path + "." + name;
                if (!expected.has(name)) {
                    return Optional.of(new JsonDifference(sub, ABSENT, actual.get(name).toString()));
                }
                if (!actual.has(name)) {
                    return Optional.of(new JsonDifference(sub, expected.get(name).toString(), ABSENT));
                }
                Optional<JsonDifference> d = first(expected.get(name), actual.get(name), sub);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                Optional<JsonDifference> d = first(e.next(), a.next(), path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.of(new JsonDifference(path, expected.toString(), actual.toString()));
    }
}
