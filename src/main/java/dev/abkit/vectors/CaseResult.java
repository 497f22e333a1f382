package dev.abkit.vectors;

import dev.abkit.catalog.RuleId;
import java.util.List;

/**
 * The result of one vector against one implementation.
 *
 * @param caseId the vector id
 * @param rules the rules the vector pins
 * @param status passed, failed, skipped (with the reason), or an expected failure
 * @param message why it failed or was skipped; empty when it passed
 * @param failedRule the rule a failure is attributed to, or the case's first rule
 * @param nanos how long the case took
 */
public record CaseResult(
        String caseId, List<RuleId> rules, Status status, String message, RuleId failedRule, long nanos) {
    public CaseResult {
        rules = List.copyOf(rules);
    }

    /** What became of a case. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED,
        /** Failed, and listed as a known failure of the implementation. */
        EXPECTED_FAILURE,
        /** Listed as a known failure but passed: the list is out of date. */
        UNEXPECTED_PASS
    }

    public boolean isFailure() {
        return status == Status.FAILED || status == Status.UNEXPECTED_PASS;
    }
}
