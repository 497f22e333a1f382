package dev.abkit.conformance;

import dev.abkit.catalog.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The places in the reference models served through adapters where a rule is decided: every call of
 * {@code checks.require}, {@code report}, {@code held} or {@code fired}, read from the source (the synchronous model,
 * which no adapter serves, is left out).
 */
public final class RuleDecisionPlaces {
    static final Path MODELS = Path.of("src/main/java/dev/abkit/reference");
    private static final Pattern CALL =
            Pattern.compile("\\bchecks\\.(require|report|held|fired)\\(\\s*(AB_[A-Z]+_\\d{3}\\b)?");

    private RuleDecisionPlaces() {
    }

    /** One call: its file under the models' root, its line, the method called and the rule constant it names. */
    public record Place(String file, int line, String call, Optional<RuleId> rule) {
        String key() {
            return file + ":" + line;
        }
    }

    /** Every place, in file and line order. */
    public static List<Place> all() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MODELS)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/sync/")).sorted().toList();
        }
        List<Place> places = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                Optional<RuleId> rule = Optional.ofNullable(m.group(2)).map(r -> RuleId.of(r.replace('_', '-')));
                places.add(new Place(MODELS.relativize(source).toString(), line, m.group(1), rule));
            }
        }
        return places;
    }

    /**
     * How the selected places decide each rule they name: the calls made ({@code require} and {@code report} report
     * both sides, {@code held} and {@code fired} one each).
     */
    public static Map<RuleId, Set<String>> callsByRule(Predicate<Place> selected) throws IOException {
        Map<RuleId, Set<String>> calls = new TreeMap<>();
        for (Place place : all()) {
            if (selected.test(place)) {
                place.rule().ifPresent(rule -> calls.computeIfAbsent(rule, r -> new TreeSet<>()).add(place.call()));
            }
        }
        return calls;
    }
}
