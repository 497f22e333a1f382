package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the first place where two JSON trees differ, for "expected X but was Y at path" messages. Whole numbers are
 * compared by value, since a tree read from YAML holds them as longs and one made from a record keeps the field's type.
 */
final class JsonDifference {
    private static final Comparator<JsonNode> WHOLE_NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().compareTo(b.bigIntegerValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonDifference() {
    }

    static Optional<String> first(JsonNode expected, JsonNode actual) {
        return first(expected, actual, "");
    }

    private static Optional<String> first(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(WHOLE_NUMBERS_BY_VALUE, actual)) {
            return Optional.empty();
        }
        String here = path.isEmpty() ? "the answer" : path;
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String sub = path.isEmpty() ? name : path + "." + name;
                if (!expected.has(name)) {
                    return Optional.of("unexpected field " + sub + " = " + actual.get(name));
                }
                if (!actual.has(name)) {
                    return Optional.of("missing field " + sub + " (expected " + expected.get(name) + ")");
                }
                Optional<String> d = first(expected.get(name), actual.get(name), sub);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return Optional.of("expected " + expected + " but was " + actual + " at " + here);
            }
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                Optional<String> d = first(e.next(), a.next(), path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.of("expected " + expected + " but was " + actual + " at " + here);
    }
}
