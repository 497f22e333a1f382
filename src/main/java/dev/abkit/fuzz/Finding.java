package dev.abkit.fuzz;

import dev.abkit.catalog.RuleId;

/**
 * The first disagreement of a case: where (step number from 1, the event or query type), what kind, the rule it is
 * attributed to, and the values seen.
 *
 * @param kind what went wrong
 * @param step the 1-based number of the step in the case
 * @param stepType the event or query type, as in vectors
 * @param rule the rule the failure is attributed to
 * @param detail expected and actual, for humans
 */
public record Finding(Kind kind, int step, String stepType, RuleId rule, String detail) {
    /** What went wrong at the step. */
    public enum Kind {
        /** Accepted where the reference rejects, or the reverse. */
        VERDICT,
        /** Both rejected, by different rules (only for implementations that report reasons). */
        RULE,
        /** A query answered differently from the reference. */
        CHECK,
        /** An answer of the implementation breaks an invariant. */
        INVARIANT,
        /** The implementation threw or gave no answer. */
        CRASH,
        /** The reference model itself broke an invariant or threw: a bug in the kit. */
        MODEL
    }

    /** What a shrunk case must still show: the same kind, step type and rule. */
    public String signature() {
        return kind + " " + stepType + " " + rule;
    }

    public Finding {
        detail = detail.replace('\n', ' ');
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + kind.name().toLowerCase() + " at step " + step + " " + stepType + ": " + detail;
    }
}
