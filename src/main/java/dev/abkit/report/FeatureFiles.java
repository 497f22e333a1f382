package dev.abkit.report;

import dev.abkit.catalog.Area;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.ParseError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The feature files, one per area ({@code features/<area>.feature}), parsed with Cucumber's Gherkin parser: from the
 * working directory's {@code features/} if it exists, else from the kit's class path, as the features run.
 */
final class FeatureFiles {
    private FeatureFiles() {
    }

    /** The parsed feature of every area that has one. A file Gherkin cannot parse fails with its line. */
    static Map<Area, Feature> load() {
        Path local = Path.of("features");
        Map<Area, Feature> features = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            String name = area.name().toLowerCase(java.util.Locale.ROOT) + ".feature";
            byte[] bytes = Files.isDirectory(local) ? file(local.resolve(name)) : resource("features/" + name);
            if (bytes.length > 0) {
                parse("features/" + name, bytes).ifPresent(f -> features.put(area, f));
            }
        }
        return features;
    }

    private static java.util.Optional<Feature> parse(String uri, byte[] bytes) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Envelope> envelopes = parser.parse(uri, bytes).toList();
        List<String> errors = new ArrayList<>();
        for (Envelope e : envelopes) {
            e.getParseError().map(ParseError::getMessage).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("cannot parse " + uri + ": " + errors);
        }
        return envelopes.stream().flatMap(e -> e.getGherkinDocument().stream())
                .flatMap(d -> d.getFeature().stream()).findFirst();
    }

    private static byte[] file(Path path) {
        if (!Files.isRegularFile(path)) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FeatureFiles.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
