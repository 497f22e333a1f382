package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A validator for the subset of JSON Schema that {@link VectorSchema} emits ($ref, oneOf, const, enum, type, pattern,
 * minimum, properties, required, additionalProperties, propertyNames, items, minItems), so that the build can check
 * every vector against the committed schema without another dependency.
 */
final class SchemaValidator {
    private final JsonNode root;

    SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** The problems of {@code value}, each with its path; empty when it is valid. */
    List<String> validate(JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root, value, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path, problems);
            return;
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            List<String> closest = null;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, path, sub);
                if (sub.isEmpty()) {
                    matches++;
                } else if (closest == null || sub.size() < closest.size()) {
                    closest = sub;
                }
            }
            if (matches != 1) {
                problems.add(path + ": matches " + matches + " of the alternatives"
                        + (closest == null ? "" : "; closest fails with " + closest));
            }
            return;
        }
        if (schema.has("const") && !sameValue(schema.get("const"), value)) {
            problems.add(path + ": expected " + schema.get("const") + " but was " + value);
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= sameValue(option, value);
            }
            if (!found) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
            problems.add(path + ": expected a " + schema.get("type").asText() + " but was " + value);
            return;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            problems.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
            problems.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isObject()) {
            checkObject(schema, value, path, problems);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                problems.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
                }
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
        JsonNode properties = schema.get("properties");
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    problems.add(path + ": missing field " + name.asText());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String sub = path + "." + field.getKey();
            if (schema.has("propertyNames") && !Pattern.compile(schema.get("propertyNames").get("pattern").asText())
                    .matcher(field.getKey()).find()) {
                problems.add(sub + ": key does not match " + schema.get("propertyNames").get("pattern").asText());
            }
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), sub, problems);
            } else if (schema.has("additionalProperties")) {
                JsonNode additional = schema.get("additionalProperties");
                if (additional.isBoolean() && !additional.asBoolean()) {
                    problems.add(sub + ": unknown field");
                } else if (additional.isObject()) {
                    check(additional, field.getValue(), sub, problems);
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("unhandled schema type " + type);
        };
    }

    /** JSON equality: numbers by value, whatever width the parser gave them. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
