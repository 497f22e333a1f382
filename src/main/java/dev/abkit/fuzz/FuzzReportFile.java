package dev.abkit.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.vectors.VectorCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fuzz report as a JSON file ({@code abkit-fuzz-report/1}), written by {@code abkit fuzz --report FILE} on each
 * shard and read back by {@code abkit fuzz merge}. It holds everything the report holds, each failure's shrunk vector
 * as its YAML text, so the merge needs neither the shards' machines nor their output directories.
 */
public final class FuzzReportFile {
    /** The format tag of the file. */
    public static final String FORMAT = "abkit-fuzz-report/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FuzzReportFile() {
    }

    /** The report as JSON text, keys in a fixed order. */
    public static String toJson(FuzzReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("implementation", report.implementation());
        ObjectNode cases = root.putObject("cases");
        report.cases().forEach((subject, n) -> cases.put(subject.key(), n));
        root.put("steps", report.steps());
        root.put("invalid", report.invalid());
        ArrayNode examples = root.putArray("invalid_examples");
        report.invalidExamples().forEach(examples::add);
        ArrayNode failures = root.putArray("failures");
        for (FuzzFailure f : report.failures()) {
            ObjectNode node = failures.addObject();
            node.put("subject", f.subject().key());
            node.put("generator", f.generator());
            node.put("seed", f.seed());
            finding(node.putObject("original"), f.original());
            node.put("original_steps", f.originalSteps());
            finding(node.putObject("shrunk"), f.shrunk());
            node.put("vector", VectorCodec.write(f.vector()));
            ArrayNode file = node.putArray("file");
            f.file().forEach(file::add);
            node.put("occurrences", f.occurrences());
            node.put("found_after_millis", f.foundAfterMillis());
            node.put("shrink_millis", f.shrinkMillis());
        }
        ObjectNode coverage = root.putObject("coverage");
        report.coverage().forEach((rule, c) -> {
            ObjectNode counts = coverage.putObject(rule.toString());
            counts.put("held", c.held());
            counts.put("fired", c.fired());
        });
        root.put("millis", report.millis());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a fuzz report", e);
        }
    }

    private static void finding(ObjectNode node, Finding f) {
        node.put("kind", f.kind().name());
        node.put("step", f.step());
        node.put("step_type", f.stepType());
        node.put("rule", f.rule().toString());
        node.put("detail", f.detail());
    }

    /** Writes the report to {@code file}, creating its directory. */
    public static void write(Path file, FuzzReport report) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fuzz report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report file.
     *
     * @throws IllegalArgumentException naming the file and the field when it is not a fuzz report
     */
    public static FuzzReport read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the fuzz report " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected a fuzz report (JSON) but " + file + " is not JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
        Reader r = new Reader(file);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("expected a fuzz report with format " + FORMAT + " but " + file
                    + " has format " + (root == null ? "(none)" : root.path("format")) + " (write one with 'abkit "
                    + "fuzz --report FILE')");
        }
        TreeMap<Subject, Long> cases = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.object(root, "cases").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            cases.put(r.parse("cases." + e.getKey(), () -> Subject.fromKey(e.getKey())), r.whole(e.getValue(),
                    "cases." + e.getKey()));
        }
        List<String> examples = new ArrayList<>();
        r.array(root, "invalid_examples").forEach(e -> examples.add(e.asText()));
        List<FuzzFailure> failures = new ArrayList<>();
        int i = 0;
        for (JsonNode f : r.array(root, "failures")) {
            String at = "failures[" + i++ + "]";
            List<String> files = new ArrayList<>();
            r.array(f, "file").forEach(x -> files.add(x.asText()));
            String vector = r.text(f, "vector", at);
            failures.add(new FuzzFailure(r.parse(at + ".subject", () -> Subject.fromKey(r.text(f, "subject", at))),
                    r.text(f, "generator", at), r.whole(f.path("seed"), at + ".seed"),
                    r.finding(f.path("original"), at + ".original"),
                    (int) r.whole(f.path("original_steps"), at + ".original_steps"),
                    r.finding(f.path("shrunk"), at + ".shrunk"),
                    r.parse(at + ".vector", () -> VectorCodec.read(file + " " + at + ".vector", vector)), files,
                    r.whole(f.path("occurrences"), at + ".occurrences"),
                    r.whole(f.path("found_after_millis"), at + ".found_after_millis"),
                    r.whole(f.path("shrink_millis"), at + ".shrink_millis")));
        }
        TreeMap<RuleId, FuzzReport.Counts> coverage = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.object(root, "coverage").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "coverage." + e.getKey();
            coverage.put(r.parse(at, () -> RuleId.of(e.getKey())), new FuzzReport.Counts(
                    r.whole(e.getValue().path("held"), at + ".held"), r.whole(e.getValue().path("fired"),
                            at + ".fired")));
        }
        return new FuzzReport(r.text(root, "implementation", ""), cases, r.whole(root.path("steps"), "steps"),
                r.whole(root.path("invalid"), "invalid"), examples, failures, coverage,
                r.whole(root.path("millis"), "millis"));
    }

    /** Field access that names the file and the field of what is wrong. */
    private record Reader(Path file) {
        JsonNode object(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isObject()) {
                throw wrong(field, "a mapping", value);
            }
            return value;
        }

        JsonNode array(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isArray()) {
                throw wrong(field, "a list", value);
            }
            return value;
        }

        String text(JsonNode node, String field, String at) {
            JsonNode value = node.path(field);
            if (!value.isTextual()) {
                throw wrong(at.isEmpty() ? field : at + "." + field, "a string", value);
            }
            return value.asText();
        }

        long whole(JsonNode value, String at) {
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw wrong(at, "a non-negative whole number", value);
            }
            return value.asLong();
        }

        Finding finding(JsonNode node, String at) {
            return parse(at, () -> new Finding(Finding.Kind.valueOf(text(node, "kind", at)),
                    (int) whole(node.path("step"), at + ".step"), text(node, "step_type", at),
                    RuleId.of(text(node, "rule", at)), text(node, "detail", at)));
        }

        <T> T parse(String at, java.util.function.Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().contains(file.toString())) {
                    throw e;
                }
                throw new IllegalArgumentException(e.getMessage() + " at " + at + " (" + file + ")", e);
            }
        }

        IllegalArgumentException wrong(String at, String expected, JsonNode value) {
            String shown = value.isMissingNode() ? "missing" : value.toString();
            return new IllegalArgumentException("expected " + expected + " but was " + (shown.length() > 80
                    ? shown.substring(0, 80) + "..." : shown) + " at " + at + " (" + file + ")");
        }
    }
}
