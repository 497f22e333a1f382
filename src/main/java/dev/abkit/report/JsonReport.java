package dev.abkit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.conformance.ConformanceReport;
import dev.abkit.conformance.ConformanceReport.Tally;
import dev.abkit.conformance.RunProvenance;
import dev.abkit.conformance.Verdict;
import dev.abkit.vectors.CaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON report ({@code report.json}, format {@code abkit-report/1}): provenance (kit version, SHA-256 of the vector
 * set, profile, implementation, protocol version, seeds), totals, a summary per rule, and every case with its result
 * and duration. {@code abkit docs --from} reads it back to render the living documentation with these verdicts.
 */
public final class JsonReport {
    /** The format tag written in every report. */
    public static final String FORMAT = "abkit-report/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as JSON text. */
    public static String write(ConformanceReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        RunProvenance p = report.provenance();
        ObjectNode kit = root.putObject("kit");
        kit.put("name", "abkit");
        kit.put("version", p.kitVersion());
        root.put("started", p.started());
        root.put("duration_ms", report.nanos() / 1_000_000);
        ObjectNode implementation = root.putObject("implementation");
        implementation.put("name", p.implementationName());
        implementation.put("version", p.implementationVersion());
        implementation.put("origin", p.implementationOrigin());
        if (p.protocolVersion().isEmpty()) {
            implementation.putNull("protocol_version");
        } else {
            implementation.put("protocol_version", p.protocolVersion());
        }
        implementation.put("profile", p.profile());
        ArrayNode subjects = implementation.putArray("subjects");
        p.subjects().forEach(subjects::add);
        implementation.put("reports_reasons", p.reportsReasons());
        ObjectNode vectors = root.putObject("vectors");
        vectors.put("count", p.vectorCount());
        vectors.put("sha256", p.vectorSha256());
        vectors.put("origin", p.vectorOrigin());
        root.putObject("features").put("origin", p.featureOrigin());
        root.put("selection", p.selection());
        ArrayNode seeds = root.putArray("seeds");
        p.seeds().forEach(seeds::add);
        root.put("conformant", report.isConformant() && report.verifiedAnything() && !report.isInterrupted());
        root.put("verdict", report.verdict());
        root.put("interrupted", report.isInterrupted());
        root.set("totals", tally(Tally.of(report.verdicts())));
        ArrayNode rules = root.putArray("rules");
        Map<RuleId, Tally> perRule = report.perRule();
        Map<RuleId, Tally> vectorTallies = report.perRule(Verdict.Kind.VECTOR);
        Map<RuleId, Tally> featureTallies = report.perRule(Verdict.Kind.FEATURE);
        for (Rule rule : report.catalog().rules()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id().value());
            r.put("level", rule.level().name());
            r.put("title", rule.title());
            r.put("verdict", RuleVerdict.of(perRule.getOrDefault(rule.id(), Tally.ZERO)).label());
            r.set("vectors", tally(vectorTallies.getOrDefault(rule.id(), Tally.ZERO)));
            r.set("examples", tally(featureTallies.getOrDefault(rule.id(), Tally.ZERO)));
        }
        ArrayNode cases = root.putArray("cases");
        for (Verdict v : report.verdicts()) {
            ObjectNode c = cases.addObject();
            c.put("kind", v.kind().name().toLowerCase(Locale.ROOT));
            c.put("id", v.id());
            c.put("group", v.group());
            c.put("location", v.location());
            ArrayNode ids = c.putArray("rules");
            v.rules().forEach(r -> ids.add(r.value()));
            c.put("status", v.status().name().toLowerCase(Locale.ROOT));
            c.put("message", v.message());
            c.put("duration_ms", v.nanos() / 1e6);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private static ObjectNode tally(Tally t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("passed", t.passed());
        node.put("failed", t.failed());
        node.put("skipped", t.skipped());
        node.put("expected_failures", t.expectedFailures());
        return node;
    }

    /** Reads a report written by {@link #write}; a file of another format is a configuration error. */
    public static ConformanceReport read(Path file, Catalog catalog) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the JSON report " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("expected a JSON report of format " + FORMAT + " but " + file
                    + " has format '" + (root == null ? "" : root.path("format").asText()) + "'");
        }
        JsonNode impl = root.path("implementation");
        List<String> subjects = new ArrayList<>();
        impl.path("subjects").forEach(s -> subjects.add(s.asText()));
        List<Long> seeds = new ArrayList<>();
        root.path("seeds").forEach(s -> seeds.add(s.asLong()));
        RunProvenance provenance = new RunProvenance(root.path("kit").path("version").asText(),
                impl.path("name").asText(), impl.path("version").asText(), impl.path("origin").asText(),
                impl.path("protocol_version").isNull() ? "" : impl.path("protocol_version").asText(),
                impl.path("profile").asText(), subjects, impl.path("reports_reasons").asBoolean(),
                root.path("vectors").path("sha256").asText(), root.path("vectors").path("count").asInt(),
                root.path("vectors").path("origin").asText(), root.path("features").path("origin").asText(),
                root.path("selection").asText(), seeds, root.path("started").asText());
        List<Verdict> verdicts = new ArrayList<>();
        int index = 0;
        for (JsonNode c : root.path("cases")) {
            String where = "cases[" + index++ + "] of " + file;
            try {
                List<RuleId> ids = new ArrayList<>();
                c.path("rules").forEach(r -> ids.add(RuleId.of(r.asText())));
                verdicts.add(new Verdict(Verdict.Kind.valueOf(c.path("kind").asText().toUpperCase(Locale.ROOT)),
                        c.path("id").asText(), ids,
                        CaseResult.Status.valueOf(c.path("status").asText().toUpperCase(Locale.ROOT)),
                        c.path("message").asText(), (long) (c.path("duration_ms").asDouble() * 1e6),
                        c.path("group").asText(), c.path("location").asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("malformed case in the JSON report: " + e.getMessage() + " at "
                        + where, e);
            }
        }
        return new ConformanceReport(provenance, catalog, verdicts, root.path("duration_ms").asLong() * 1_000_000);
    }
}
