package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One test vector: a stateful case of one subject, generated from the reference model.
 *
 * @param id stable identifier, never reused, e.g. {@code cons-001-code-hash-mismatch}
 * @param subject the subject the case exercises
 * @param rules the rule ids the case pins (the first is the one it is about)
 * @param profile the profile the expectations hold for
 * @param description one line for humans
 * @param generator the generator, its version and the seed that made the case
 * @param parameters the subject's parameters and initial state
 * @param steps ordered events and checks
 * @param source where the case was read from (file, or "generated")
 */
public record VectorCase(
        String id,
        Subject subject,
        List<RuleId> rules,
        Profile profile,
        String description,
        Provenance generator,
        JsonNode parameters,
        List<Step> steps,
        String source) {
    private static final Pattern ID = Pattern.compile("[a-z]+-\\d{3}-[a-z0-9-]+");

    public VectorCase {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("expected a vector id like 'cons-001-some-words' but was '" + id + "'");
        }
        rules = List.copyOf(rules);
        steps = List.copyOf(steps);
        parameters = parameters.deepCopy();
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("vector " + id + " names no rule");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("vector " + id + " has no step");
        }
    }

    /** The area directory the case lives in, from its first rule. */
    public String area() {
        return rules.get(0).areaCode();
    }

    /** The file path of the case relative to the vectors directory. */
    public String relativePath() {
        return subject.key() + "/" + area().toLowerCase() + "/" + id + ".yaml";
    }

    /** Which generator made the case, with which version and seed. */
    public record Provenance(String name, int version, long seed) {
    }
}
