package dev.abkit.conformance;

import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRunner;
import dev.abkit.vectors.VectorSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The vectors as a verdict source: runs every selected vector of a set and applies the expected-failures list. An
 * expected-failures entry that names no vector of the whole set is a configuration error.
 */
public final class VectorVerdicts implements VerdictSource {
    private final VectorSet vectors;
    private final boolean keepGoing;

    public VectorVerdicts(VectorSet vectors) {
        this(vectors, false);
    }

    /** With {@code keepGoing}, a case goes on after a mismatching step and reports every one. */
    public VectorVerdicts(VectorSet vectors, boolean keepGoing) {
        this.vectors = vectors;
        this.keepGoing = keepGoing;
    }

    @Override
    public String name() {
        return "vectors";
    }

    @Override
    public List<Verdict> run(Run run) {
        Set<String> unmatched = run.expectedFailures().unmatched(vectors.cases().stream().map(VectorCase::id).toList());
        if (!unmatched.isEmpty()) {
            String file = run.expectedFailures().source();
            throw new IllegalArgumentException("the expected-failures file " + (file.isEmpty() ? "" : file + " ")
                    + "names no vector for " + unmatched + " (vector ids look like cons-001-code-hash-mismatch; "
                    + "remove the entry or fix the id)");
        }
        List<VectorCase> selected = vectors.cases().stream()
                .filter(c -> run.selection().selects(c.subject(), c.rules(), List.of()))
                .toList();
        VectorRunner runner = new VectorRunner(run.implementation(), run.catalog(), keepGoing);
        List<Verdict> verdicts = new ArrayList<>();
        for (VectorCase c : selected) {
            if (run.isDone()) {
                break;
            }
            CaseResult result = run.expectedFailures().apply(runner.run(c));
            if (run.isStopping()) {
                break;
            }
            Verdict verdict = Verdict.of(c, result);
            verdicts.add(verdict);
            run.observer().accept(verdict);
            run.progress().advance(name(), verdicts.size(), selected.size(), c.id());
        }
        return verdicts;
    }
}
