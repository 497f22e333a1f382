package dev.abkit.vectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes vector files. Writing is deterministic (fixed key order, no timestamps), so that regenerating
 * reproduces the committed files byte for byte. Reading checks every field and names the place of a problem.
 */
public final class VectorCodec {
    /**
     * The format this kit writes. Format 2 gives every candidate its SCALE-encoded committed receipt ({@code receipt})
     * and its real candidate hash; format 1 (no {@code format} field) has no receipts and is read with an empty one.
     */
    public static final int FORMAT = 2;
    private static final Set<String> CASE_FIELDS =
            Set.of("format", "id", "subject", "rules", "profile", "description", "generator", "parameters", "steps");
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private VectorCodec() {
    }

    /** The YAML text of a case. */
    public static String write(VectorCase c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("id", c.id());
        root.put("subject", c.subject().key());
        ArrayNode rules = root.putArray("rules");
        c.rules().forEach(r -> rules.add(r.value()));
        root.put("profile", c.profile().name());
        root.put("description", c.description());
        ObjectNode generator = root.putObject("generator");
        generator.put("name", c.generator().name());
        generator.put("version", c.generator().version());
        generator.put("seed", c.generator().seed());
        root.set("parameters", c.parameters());
        ArrayNode steps = root.putArray("steps");
        for (Step step : c.steps()) {
            ObjectNode s = steps.addObject();
            if (step instanceof Step.Event event) {
                s.set("event", event.event());
                ObjectNode expect = s.putObject("expect");
                if (event.expect() instanceof Expectation.Reject reject) {
                    expect.put("outcome", "rejected");
                    expect.put("rule", reject.rule().value());
                } else {
                    expect.put("outcome", "accepted");
                }
            } else if (step instanceof Step.Check check) {
                s.set("check", check.query());
                s.set("expect", check.expect());
            } else {
                throw new IllegalStateException("unhandled " + step);
            }
        }
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write vector " + c.id(), e);
        }
    }

    /** Reads a case from {@code text}; {@code source} names the file in error messages. */
    public static VectorCase read(String source, String text) {
        LocatedYaml doc = LocatedYaml.parse(source, text);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a mapping but was " + kind(root) + " " + doc.at(""));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CASE_FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (expected one of " + CASE_FIELDS
                        + ") " + doc.at(name));
            }
        }
        int format = root.has("format") ? (int) number(doc, root, "", "format") : 1;
        if (format < 1 || format > FORMAT) {
            throw new IllegalArgumentException("vector format " + format + " is not one this kit reads (1 to " + FORMAT
                    + "); a newer kit may read it " + doc.at("format"));
        }
        String id = text(doc, root, "id");
        Subject subject = parse(doc, "subject", () -> Subject.fromKey(text(doc, root, "subject")));
        JsonNode rulesNode = required(doc, root, "rules");
        if (!rulesNode.isArray() || rulesNode.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty list of rule ids but was " + rulesNode + " "
                    + doc.at("rules"));
        }
        List<RuleId> rules = new ArrayList<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            String path = "rules[" + i + "]";
            JsonNode node = rulesNode.get(i);
            rules.add(parse(doc, path, () -> known(RuleId.of(node.asText()))));
        }
        Profile profile = parse(doc, "profile", () -> Profile.parse(text(doc, root, "profile")));
        String description = text(doc, root, "description");
        JsonNode gen = required(doc, root, "generator");
        VectorCase.Provenance provenance = new VectorCase.Provenance(text(doc, gen, "generator", "name"),
                (int) number(doc, gen, "generator", "version"), number(doc, gen, "generator", "seed"));
        JsonNode given = required(doc, root, "parameters");
        JsonNode parameters = given;
        if (subject == Subject.RUNTIME_ACCEPTANCE && parameters.path("params").isObject()
                && !parameters.get("params").has("claim_queue")) {
            // Runtime vectors written before the claim queue was a parameter state none.
            parameters = given.deepCopy();
            ObjectNode none = ((ObjectNode) parameters.get("params")).putObject("claim_queue");
            none.putArray("cores");
            none.put("scheduling_lookahead", 0);
        }
        JsonNode stepsNode = required(doc, root, "steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty list of steps " + doc.at("steps"));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
            JsonNode step = stepsNode.get(i);
            String path = "steps[" + i + "]";
            if (format == 1) {
                step = step.deepCopy();
                ReceiptFields.addEmptyReceipts(step);
            } else {
                ReceiptFields.checkHashes(step, path, (at, message) -> new IllegalArgumentException(message + " "
                        + doc.at(at)));
            }
            steps.add(readStep(doc, step, path));
        }
        JsonNode read = parameters;
        return parse(doc, "", () -> new VectorCase(id, subject, rules, profile, description, provenance, read,
                steps, source));
    }

    private static Step readStep(LocatedYaml doc, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a step (event or check) but was " + kind(node) + " "
                    + doc.at(path));
        }
        JsonNode expect = node.get("expect");
        if (expect == null) {
            throw new IllegalArgumentException("missing field 'expect' " + doc.at(path));
        }
        if (node.has("event") && !node.has("check") && node.size() == 2) {
            if (!node.get("event").isObject() || !node.get("event").has("type")) {
                throw new IllegalArgumentException("expected an event with a 'type' field " + doc.at(path + ".event"));
            }
            return new Step.Event(node.get("event"), readExpectation(doc, expect, path + ".expect"), path,
                    doc.line(path));
        }
        if (node.has("check") && !node.has("event") && node.size() == 2) {
            if (!node.get("check").isObject() || !node.get("check").has("type")) {
                throw new IllegalArgumentException("expected a query with a 'type' field " + doc.at(path + ".check"));
            }
            return new Step.Check(node.get("check"), expect, path, doc.line(path));
        }
        throw new IllegalArgumentException("expected exactly one of 'event' or 'check' plus 'expect' but found "
                + fieldNames(node) + " " + doc.at(path));
    }

    private static Expectation readExpectation(LocatedYaml doc, JsonNode expect, String path) {
        String outcome = text(doc, expect, path, "outcome");
        return switch (outcome) {
            case "accepted" -> new Expectation.Accept();
            case "rejected" -> new Expectation.Reject(parse(doc, path + ".rule",
                    () -> known(RuleId.of(text(doc, expect, path, "rule")))));
            default -> throw new IllegalArgumentException("expected outcome 'accepted' or 'rejected' but was '"
                    + outcome + "' " + doc.at(path + ".outcome"));
        };
    }

    /** A rule id of the catalog; another is an error, since a verdict about an unknown rule says nothing. */
    private static RuleId known(RuleId id) {
        if (KnownRules.CATALOG.find(id).isEmpty()) {
            throw new IllegalArgumentException("unknown rule " + id + " (not in the catalog; 'abkit rules' lists the "
                    + "ids)");
        }
        return id;
    }

    /** The catalog, loaded once at the first vector read. */
    private static final class KnownRules {
        static final Catalog CATALOG = Catalog.load();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode required(LocatedYaml doc, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "' " + doc.at(""));
        }
        return node;
    }

    private static String text(LocatedYaml doc, JsonNode parent, String field) {
        return text(doc, parent, "", field);
    }

    private static String text(LocatedYaml doc, JsonNode parent, String parentPath, String field) {
        String path = parentPath.isEmpty() ? field : parentPath + "." + field;
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "' " + doc.at(parentPath));
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException("expected a non-empty string but was " + node + " " + doc.at(path));
        }
        return node.asText();
    }

    private static long number(LocatedYaml doc, JsonNode parent, String parentPath, String field) {
        String path = parentPath + "." + field;
        JsonNode node = parent.get(field);
        if (node == null) {
            throw new IllegalArgumentException("missing field '" + field + "' " + doc.at(parentPath));
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText());
            } catch (NumberFormatException e) {
                // reported below with the location
            }
        }
        throw new IllegalArgumentException("expected a whole number but was " + node + " " + doc.at(path));
    }

    private static <T> T parse(LocatedYaml doc, String path, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains(" (" + doc.source() + ":")) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage() + " " + doc.at(path), e);
        }
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        return node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.toString();
    }
}
