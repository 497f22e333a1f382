package dev.abkit.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Traces every catalog rule to the reference code that decides it and to a unit test named after it, and every id
 * named in the code back to the catalog.
 */
class TraceabilityTest {
    private static final Path MAIN = Path.of("src/main/java/dev/abkit/reference");
    private static final Path TESTS = Path.of("src/test/java/dev/abkit");
    private static final Pattern DECLARED = Pattern.compile("RuleId\\.of\\(\"(AB-[A-Z]+-\\d{3})\"\\)");
    private static final Pattern DECIDED =
            Pattern.compile("\\b(?:require|report|held|fired)\\(\\s*(?:\\w+\\.)?AB_([A-Z]+)_(\\d{3})\\b");
    private static final Pattern TESTED = Pattern.compile("@DisplayName\\(\"(AB-[A-Z]+-\\d{3})\\b");

    private final Set<String> catalogIds = Catalog.load().rules().stream()
            .filter(r -> !r.retired())
            .map(r -> r.id().value())
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    @DisplayName("every catalog rule is declared and decided in the reference code")
    void everyRuleIsDecided() {
        String code = readAll(MAIN);
        Set<String> declared = matches(DECLARED, code, m -> m.group(1));
        Set<String> decided = matches(DECIDED, code, m -> "AB-" + m.group(1) + "-" + m.group(2));
        Set<String> undeclared = difference(catalogIds, declared);
        Set<String> undecided = difference(catalogIds, decided);
        assertTrue(undeclared.isEmpty(), () -> "catalog rules without a RuleId constant: " + undeclared);
        assertTrue(undecided.isEmpty(), () -> "catalog rules no reference check decides: " + undecided);
    }

    @Test
    @DisplayName("every id the reference code names is in the catalog")
    void noUnknownIds() {
        Set<String> declared = matches(DECLARED, readAll(MAIN), m -> m.group(1));
        Set<String> unknown = difference(declared, catalogIds);
        assertTrue(unknown.isEmpty(), () -> "ids in the reference code that the catalog lacks: " + unknown);
    }

    @Test
    @DisplayName("every catalog rule has a unit test named after it")
    void everyRuleIsTested() {
        Set<String> tested = matches(TESTED, readAll(TESTS), m -> m.group(1));
        Set<String> untested = difference(catalogIds, tested);
        assertTrue(untested.isEmpty(), () -> "catalog rules without a test whose display name starts with the id: "
                + untested);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> matches(Pattern pattern, String text, java.util.function.Function<Matcher, String> f) {
        Set<String> result = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            result.add(f.apply(m));
        }
        return result;
    }

    private static String readAll(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            StringBuilder all = new StringBuilder();
            for (Path p : sources) {
                all.append(Files.readString(p)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sources under " + root, e);
        }
    }
}
