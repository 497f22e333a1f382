package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which cases a run selects, applied alike to vectors and feature examples: by subject, by a Cucumber tag
 * expression, and by rule-id prefix. A case's tags are its rule ids ({@code @AB-SEG-001}) plus, for an example, the
 * other tags of its feature; in the expression a rule-id tag matches by prefix, so {@code @AB-SEG} selects the whole
 * area and {@code @AB-SEG-00} the rules 001 to 009.
 *
 * @param subjects the subjects selected; empty for all
 * @param tagExpression a Cucumber tag expression; empty for all
 * @param rulePrefix a rule-id prefix a case must pin a rule of; empty for all
 */
public record Selection(Set<Subject> subjects, String tagExpression, String rulePrefix) {
    public static final Selection ALL = new Selection(Set.of(), "", "");

    public Selection {
        subjects = subjects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subjects));
        tagExpression = tagExpression.strip();
        rulePrefix = rulePrefix.strip().toUpperCase(Locale.ROOT);
        expression(tagExpression);
    }

    /** Whether a case of {@code subject} pinning {@code rules}, with further {@code tags}, is selected. */
    public boolean selects(Subject subject, List<RuleId> rules, Collection<String> tags) {
        return (subjects.isEmpty() || subjects.contains(subject)) && selectsRulesAndTags(rules, tags);
    }

    /** Whether a feature example pinning {@code rules} is selected; its subjects are those of its rules. */
    public boolean selects(Catalog catalog, List<RuleId> rules, Collection<String> tags) {
        boolean subjectSelected = subjects.isEmpty() || rules.stream().map(catalog::find)
                .anyMatch(r -> r.map(Rule::subject).filter(subjects::contains).isPresent());
        return subjectSelected && selectsRulesAndTags(rules, tags);
    }

    private boolean selectsRulesAndTags(List<RuleId> rules, Collection<String> tags) {
        if (!rulePrefix.isEmpty() && rules.stream().noneMatch(r -> r.value().startsWith(rulePrefix))) {
            return false;
        }
        return tagExpression.isEmpty() || expression(tagExpression).evaluate(expandedTags(rules, tags));
    }

    /** Whether everything is selected. */
    public boolean isAll() {
        return subjects.isEmpty() && tagExpression.isEmpty() && rulePrefix.isEmpty();
    }

    /** One line for reports, e.g. {@code subject unincluded-segment, tags @AB-SEG-001}. */
    public String describe() {
        if (isAll()) {
            return "all";
        }
        List<String> parts = new ArrayList<>();
        if (!subjects.isEmpty()) {
            parts.add("subject " + String.join("+", subjects.stream().sorted().map(Subject::key).toList()));
        }
        if (!tagExpression.isEmpty()) {
            parts.add("tags " + tagExpression);
        }
        if (!rulePrefix.isEmpty()) {
            parts.add("rule " + rulePrefix + "*");
        }
        return String.join(", ", parts);
    }

    private static List<String> expandedTags(List<RuleId> rules, Collection<String> tags) {
        List<String> expanded = new ArrayList<>();
        for (RuleId rule : rules) {
            String tag = "@" + rule.value();
            for (int end = 2; end <= tag.length(); end++) {
                expanded.add(tag.substring(0, end));
            }
        }
        for (String tag : tags) {
            expanded.add(tag.startsWith("@") ? tag : "@" + tag);
        }
        return expanded;
    }

    private static Expression expression(String text) {
        try {
            return TagExpressionParser.parse(text);
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("expected a Cucumber tag expression such as '@AB-SEG-001 or @AB-VEL'"
                    + " but was '" + text + "': " + e.getMessage(), e);
        }
    }
}
