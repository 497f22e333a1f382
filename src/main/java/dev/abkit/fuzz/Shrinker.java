package dev.abkit.fuzz;

import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Implementation;
import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing case to a small one that still fails the same way (same kind, step type and rule, see
 * {@link Finding#signature()}): the steps after the failing one are cut, then delta debugging removes chunks of
 * steps and single steps, then the subject's simplifications are tried on the parameters and on each event, and
 * removal runs again. The number of trial runs is bounded, so shrinking always ends.
 */
public final class Shrinker {
    private final Implementation implementation;
    private final int maxTrials;
    private int trials;

    public Shrinker(Implementation implementation, int maxTrials) {
        this.implementation = implementation;
        this.maxTrials = maxTrials;
    }

    /** The shrunk case and the finding it shows. */
    public record Shrunk<P, E, Q>(FuzzCase<P, E, Q> shrunk, Finding finding, int trials) {
    }

    public <P, E, Q, S> Shrunk<P, E, Q> shrink(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> failing,
            Finding finding) {
        trials = 0;
        Trial<P, E, Q, S> trial = new Trial<>(subject, finding);
        FuzzCase<P, E, Q> current = failing.withSteps(failing.steps().subList(0, Math.min(finding.step(),
                failing.steps().size())));
        if (!trial.holds(current)) {
            current = failing;
        }
        for (int round = 0; round < 3; round++) {
            int before = size(current);
            current = removeSteps(trial, current);
            current = simplify(subject, trial, current);
            if (size(current) == before && round > 0) {
                break;
            }
        }
        int end = trial.last.step();
        if (end > 0 && end < current.steps().size()) {
            current = current.withSteps(current.steps().subList(0, end));
        }
        return new Shrunk<>(current, trial.last, trials);
    }

    private static int size(FuzzCase<?, ?, ?> c) {
        return c.steps().size();
    }

    private <P, E, Q, S> FuzzCase<P, E, Q> removeSteps(Trial<P, E, Q, S> trial, FuzzCase<P, E, Q> c) {
        List<FuzzStep<E, Q>> steps = new ArrayList<>(c.steps());
        int n = 2;
        while (steps.size() >= 2 && trials < maxTrials) {
            int chunk = (steps.size() + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < steps.size() && trials < maxTrials; start += chunk) {
                List<FuzzStep<E, Q>> candidate = new ArrayList<>(steps.subList(0, start));
                candidate.addAll(steps.subList(Math.min(steps.size(), start + chunk), steps.size()));
                if (!candidate.isEmpty() && trial.holds(c.withSteps(candidate))) {
                    steps = candidate;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (chunk == 1) {
                    break;
                }
                n = Math.min(steps.size(), n * 2);
            }
        }
        for (int i = steps.size() - 1; i >= 0 && steps.size() > 1 && trials < maxTrials; i--) {
            List<FuzzStep<E, Q>> candidate = new ArrayList<>(steps);
            candidate.remove(i);
            if (trial.holds(c.withSteps(candidate))) {
                steps = candidate;
            }
        }
        return c.withSteps(steps);
    }

    private <P, E, Q, S> FuzzCase<P, E, Q> simplify(FuzzSubject<P, E, Q, S> subject, Trial<P, E, Q, S> trial,
            FuzzCase<P, E, Q> c) {
        FuzzCase<P, E, Q> current = c;
        boolean changed = true;
        while (changed && trials < maxTrials) {
            changed = false;
            for (P simpler : subject.simplerParameters(current.parameters())) {
                if (trials >= maxTrials) {
                    break;
                }
                FuzzCase<P, E, Q> candidate = current.withParameters(simpler);
                if (trial.holds(candidate)) {
                    current = candidate;
                    changed = true;
                    break;
                }
            }
            for (int i = 0; i < current.steps().size() && trials < maxTrials; i++) {
                if (!(current.steps().get(i) instanceof FuzzStep.Act<E, Q> act)) {
                    continue;
                }
                for (E simpler : subject.simplerEvents(act.event())) {
                    if (trials >= maxTrials) {
                        break;
                    }
                    List<FuzzStep<E, Q>> steps = new ArrayList<>(current.steps());
                    steps.set(i, FuzzStep.act(simpler));
                    FuzzCase<P, E, Q> candidate = current.withSteps(steps);
                    if (trial.holds(candidate)) {
                        current = candidate;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /** Runs a candidate case and tells whether it still fails the same way. */
    private final class Trial<P, E, Q, S> {
        private final FuzzSubject<P, E, Q, S> subject;
        private final Finding original;
        private Finding last;

        Trial(FuzzSubject<P, E, Q, S> subject, Finding original) {
            this.subject = subject;
            this.original = original;
            this.last = original;
        }

        boolean holds(FuzzCase<P, E, Q> candidate) {
            trials++;
            Differential.Result result = Differential.run(subject, candidate, implementation, RuleProbe.NONE);
            if (result.isValid() && result.reproduces(original)) {
                last = result.finding().orElseThrow();
                return true;
            }
            return false;
        }
    }
}
