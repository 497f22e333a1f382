package dev.abkit.model;

import dev.abkit.catalog.RuleId;

/**
 * Observes every rule a model evaluates: whether the guarded step passed it or the rule fired. Fuzz campaigns use
 * it to report per-rule coverage on both sides.
 */
@FunctionalInterface
public interface RuleProbe {
    RuleProbe NONE = (rule, held) -> { };

    void evaluated(RuleId rule, boolean held);
}
