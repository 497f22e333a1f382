package dev.abkit.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One normative rule of asynchronous backing, as the catalog states it.
 *
 * @param id stable identifier, {@code AB-<AREA>-<NNN>}
 * @param level how binding the rule is
 * @param subject the part of the protocol that decides it
 * @param title a short name, used in reports
 * @param statement the one normative sentence
 * @param seed the section of the seed text the rule comes from, or empty
 * @param sources upstream repository paths with commit or pull request
 * @param profiles each variant under which the rule reads differently, with that reading and its upstream provenance;
 *     empty when all profiles agree
 * @param hint what an implementer should look at when the rule fails
 * @param note further explanation for readers (an erratum, a known upstream divergence), or empty
 * @param retired whether the rule is kept only so that its id is never reused
 */
public record Rule(
        RuleId id,
        Level level,
        Subject subject,
        String title,
        String statement,
        String seed,
        List<String> sources,
        Map<Variant, VariantReading> profiles,
        String hint,
        String note,
        boolean retired) {

    public Rule {
        sources = List.copyOf(sources);
        profiles = Map.copyOf(profiles);
        requireText(title, id, "title");
        requireText(statement, id, "statement");
        requireText(hint, id, "hint");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " cites no source (field 'sources')");
        }
    }

    public Area area() {
        return Area.fromCode(id.areaCode());
    }

    public Optional<String> seedSection() {
        return seed.isBlank() ? Optional.empty() : Optional.of(seed);
    }

    public Optional<String> noteText() {
        return note.isBlank() ? Optional.empty() : Optional.of(note);
    }

    private static void requireText(String value, RuleId id, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " has no '" + field + "'");
        }
    }
}
