package dev.abkit.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Traces every catalog rule to the features and the vectors: each rule has a tagged {@code Rule:} with at least one
 * example and appears in at least two vectors; a tag or a vector that names an unknown rule fails.
 */
class LivingDocumentationTest {
    private static final Pattern TAG = Pattern.compile("@(AB-[A-Z]+-\\d{3})");
    private static final Catalog CATALOG = Catalog.load();
    private static final Map<String, FeatureRule> FEATURE_RULES = readFeatures(Path.of("features"));
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors"));

    @TestFactory
    Stream<DynamicTest> every_rule_has_a_feature_rule_with_examples_and_two_vectors() {
        Map<String, Integer> vectorsPerRule = new HashMap<>();
        for (VectorCase c : VECTORS) {
            c.rules().forEach(r -> vectorsPerRule.merge(r.value(), 1, Integer::sum));
        }
        return CATALOG.rules().stream().filter(r -> !r.retired()).map(rule -> DynamicTest.dynamicTest(
                rule.id().value(), () -> {
                    FeatureRule feature = FEATURE_RULES.get(rule.id().value());
                    assertTrue(feature != null, () -> rule.id() + " has no Rule: tagged @" + rule.id()
                            + " under features/");
                    assertTrue(feature.examples() >= 1, () -> rule.id() + " has a Rule: in " + feature.file()
                            + " without any example");
                    int vectors = vectorsPerRule.getOrDefault(rule.id().value(), 0);
                    assertTrue(vectors >= 2, () -> rule.id() + " appears in " + vectors
                            + " vector(s); at least 2 are needed (one on each side of the rule)");
                }));
    }

    @Test
    @DisplayName("feature tags and vectors name only catalog rules")
    void noUnknownIds() {
        Set<String> known = new TreeSet<>();
        CATALOG.rules().forEach(r -> known.add(r.id().value()));
        Set<String> unknownTags = new TreeSet<>(FEATURE_RULES.keySet());
        unknownTags.removeAll(known);
        assertTrue(unknownTags.isEmpty(), () -> "feature tags naming no catalog rule: " + unknownTags);
        List<String> unknownInVectors = new ArrayList<>();
        for (VectorCase c : VECTORS) {
            c.rules().stream().filter(r -> !known.contains(r.value()))
                    .forEach(r -> unknownInVectors.add(c.id() + " names " + r));
        }
        assertTrue(unknownInVectors.isEmpty(), () -> "vectors naming no catalog rule: " + unknownInVectors);
    }

    @Test
    @DisplayName("the vector set holds at least 300 cases")
    void vectorCount() {
        assertTrue(VECTORS.size() >= 300, () -> "expected at least 300 vectors but found " + VECTORS.size());
    }

    private record FeatureRule(String file, int examples) {
    }

    /** Finds every tagged Rule: and counts the examples (and outline rows) under it. */
    private static Map<String, FeatureRule> readFeatures(Path directory) {
        Map<String, FeatureRule> rules = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> pendingTags = new ArrayList<>();
                String current = null;
                int examples = 0;
                for (String raw : lines) {
                    String line = raw.strip();
                    if (line.startsWith("@")) {
                        Matcher m = TAG.matcher(line);
                        while (m.find()) {
                            pendingTags.add(m.group(1));
                        }
                    } else if (line.startsWith("Rule:")) {
                        if (current != null) {
                            rules.put(current, new FeatureRule(file.toString(), examples));
                        }
                        if (pendingTags.size() != 1) {
                            throw new IllegalArgumentException("a Rule: must carry exactly one rule id tag but has "
                                    + pendingTags + " (" + file + ": " + line + ")");
                        }
                        current = pendingTags.get(0);
                        if (rules.containsKey(current)) {
                            throw new IllegalArgumentException(current + " has two Rule: blocks (" + file + ")");
                        }
                        examples = 0;
                        pendingTags.clear();
                    } else if (line.startsWith("Example:") || line.startsWith("Scenario:")
                            || line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
                        examples++;
                        pendingTags.clear();
                    } else if (line.startsWith("Feature:")) {
                        pendingTags.clear();
                    }
                }
                if (current != null) {
                    rules.put(current, new FeatureRule(file.toString(), examples));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
