package dev.abkit.report;

import dev.abkit.conformance.ConformanceReport.Tally;

/** The verdict on one rule, from the cases that pin it: any failure fails the rule. */
enum RuleVerdict {
    FAILED("failed"),
    PASSED("passed"),
    KNOWN_FAILURE("known failure"),
    SKIPPED("skipped"),
    NOT_RUN("not run");

    private final String label;

    RuleVerdict(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The CSS class of the verdict's badge. */
    String css() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static RuleVerdict of(Tally t) {
        if (t.failed() > 0) {
            return FAILED;
        }
        if (t.expectedFailures() > 0) {
            return KNOWN_FAILURE;
        }
        if (t.passed() > 0) {
            return PASSED;
        }
        return t.skipped() > 0 ? SKIPPED : NOT_RUN;
    }
}
