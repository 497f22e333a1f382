package dev.abkit.conformance;

import dev.abkit.catalog.RuleId;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The result of one conformance case of any kind (vector, feature example, fuzz case) against an implementation.
 *
 * @param kind where the case comes from
 * @param id the vector id, or the feature example's name
 * @param rules the rules the case pins
 * @param status passed, failed, skipped, or an expected failure
 * @param message the failure or skip reason; empty when passed
 * @param nanos how long it took
 * @param group the family the case belongs to in reports, e.g. {@code vectors.candidate-constraints.cons} or
 *     {@code features.seg}
 * @param location where the case is written down, e.g. {@code features/seg.feature:23} or
 *     {@code vectors/unincluded-segment/seg/seg-001-full-segment.yaml}; empty when unknown
 */
public record Verdict(
        Kind kind,
        String id,
        List<RuleId> rules,
        CaseResult.Status status,
        String message,
        long nanos,
        String group,
        String location) {
    public Verdict {
        rules = List.copyOf(rules);
        if (kind == null || id == null || status == null || message == null || group == null || location == null) {
            throw new IllegalArgumentException("a verdict needs a kind, id, status, message, group and location");
        }
    }

    /** A verdict grouped by the kind and the area of its first rule, with no location. */
    public Verdict(Kind kind, String id, List<RuleId> rules, CaseResult.Status status, String message, long nanos) {
        this(kind, id, rules, status, message, nanos, defaultGroup(kind, rules), "");
    }

    /** Where a case comes from. */
    public enum Kind {
        VECTOR,
        FEATURE,
        FUZZ
    }

    /** The verdict of a vector, grouped by its subject and area and located at the file it was read from. */
    public static Verdict of(VectorCase c, CaseResult result) {
        List<RuleId> rules = result.rules();
        if (result.isFailure() && result.failedRule() != null && !rules.get(0).equals(result.failedRule())) {
            // A failure counts against the rule it is attributed to (the owner of a differing field) first.
            rules = Stream.concat(Stream.of(result.failedRule()), rules.stream())
                    .distinct().toList();
        }
        return new Verdict(Kind.VECTOR, result.caseId(), rules, result.status(), result.message(),
                result.nanos(), "vectors." + c.subject().key() + "." + c.area().toLowerCase(Locale.ROOT),
                c.source().isEmpty() || c.source().equals("generated") ? "vectors/" + c.relativePath() : c.source());
    }

    public static Verdict of(CaseResult result) {
        return new Verdict(Kind.VECTOR, result.caseId(), result.rules(), result.status(), result.message(),
                result.nanos());
    }

    public boolean isFailure() {
        return status == CaseResult.Status.FAILED || status == CaseResult.Status.UNEXPECTED_PASS;
    }

    private static String defaultGroup(Kind kind, List<RuleId> rules) {
        String prefix = kind.name().toLowerCase(Locale.ROOT) + (kind == Kind.FUZZ ? "" : "s");
        return rules.isEmpty() ? prefix : prefix + "." + rules.get(0).areaCode().toLowerCase(Locale.ROOT);
    }
}
