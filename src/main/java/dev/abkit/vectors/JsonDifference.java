package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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

    /**
     * Every place where the trees differ, in field order, at most {@code limit}: each differing field of an object
     * and each differing element of lists of one length; a list whose length differs is one difference.
     */
    static List<JsonDifference> all(JsonNode expected, JsonNode actual, int limit) {
        List<JsonDifference> found = new ArrayList<>();
        collect(expected, actual, "", found, limit);
        return found;
    }

    private static void collect(JsonNode expected, JsonNode actual, String path, List<JsonDifference> found,
            int limit) {
        if (found.size() >= limit || expected.equals(WHOLE_NUMBERS_BY_VALUE, actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String sub = path.isEmpty() ? name : path + "." + name;
                if (found.size() >= limit) {
                    return;
                }
                if (!expected.has(name)) {
                    found.add(new JsonDifference(sub, ABSENT, actual.get(name).toString()));
                } else if (!actual.has(name)) {
                    found.add(new JsonDifference(sub, expected.get(name).toString(), ABSENT));
                } else {
                    collect(expected.get(name), actual.get(name), sub, found, limit);
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                collect(expected.get(i), actual.get(i), path + "[" + i + "]", found, limit);
            }
            return;
        }
        found.add(new JsonDifference(path, expected.toString(), actual.toString()));
    }

    /** The path without list indexes, {@code segment.used.hrmp}, by which a field's owner rules are found. */
    String field() {
        return path.replaceAll("\\[\\d+]", "");
    }

    /** {@code expected: <path> = <value> | but was: <path> = <value>}. */
    String render() {
        String at = path.isEmpty() ? "" : path + " = ";
        return "expected: " + at + expected + " | but was: " + at + actual;
    }

    /** {@code <path>: expected <value> but was <value>}, for a list of differences. */
    String renderShort() {
        return (path.isEmpty() ? "the answer" : path) + ": expected " + expected + " but was " + actual;
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
