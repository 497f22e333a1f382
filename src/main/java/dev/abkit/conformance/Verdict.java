package dev.abkit.conformance;

import dev.abkit.catalog.RuleId;
import dev.abkit.vectors.CaseResult;
import java.util.List;

/**
 * The result of one conformance case of any kind (vector or feature example) against an implementation.
 *
 * @param kind where the case comes from
 * @param id the vector id, or the feature example's name
 * @param rules the rules the case pins
 * @param status passed, failed, skipped, or an expected failure
 * @param message the failure or skip reason; empty when passed
 * @param nanos how long it took
 */
public record Verdict(Kind kind, String id, List<RuleId> rules, CaseResult.Status status, String message, long nanos) {
    public Verdict {
        rules = List.copyOf(rules);
    }

    /** Where a case comes from. */
    public enum Kind {
        VECTOR,
        FEATURE,
        FUZZ
    }

    public static Verdict of(CaseResult result) {
        return new Verdict(Kind.VECTOR, result.caseId(), result.rules(), result.status(), result.message(),
                result.nanos());
    }

    public boolean isFailure() {
        return status == CaseResult.Status.FAILED || status == CaseResult.Status.UNEXPECTED_PASS;
    }
}
