package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;

/** Vectors of the candidate-constraints subject: a chain of candidates checked against evolving constraints. */
public final class ConstraintsDriver extends SubjectDriver<ConstraintsDriver.Parameters, ConstraintsDriver.Event,
        ConstraintsDriver.Query, CandidateConstraintsSubject> {

    public ConstraintsDriver() {
        super(Subject.CANDIDATE_CONSTRAINTS, Parameters.class, Event.class, Query.class);
    }

    /** The base constraints at the relay parent, before any unincluded candidate. */
    public record Parameters(Constraints base) {
    }

    /** Events of the subject. */
    public sealed interface Event permits Append {
    }

    /** The next candidate of the chain is checked. */
    public record Append(ConstraintCandidate candidate) implements Event {
    }

    /** Queries of the subject. */
    public sealed interface Query permits CurrentConstraints {
    }

    /** The constraints the next candidate would be checked against. */
    public record CurrentConstraints() implements Query {
    }

    @Override
    public CandidateConstraintsSubject open(Implementation implementation, Parameters parameters) {
        return implementation.candidateConstraints(parameters.base());
    }

    @Override
    public Outcome apply(CandidateConstraintsSubject instance, Event event) {
        if (event instanceof Append append) {
            return instance.append(append.candidate());
        }
        throw new IllegalStateException("unhandled " + event);
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == CurrentConstraints.class) {
            return AnswerType.returnOf(CandidateConstraintsSubject.class, "constraints");
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(CandidateConstraintsSubject instance, Query query) {
        if (query instanceof CurrentConstraints) {
            return instance.constraints();
        }
        throw new IllegalStateException("unhandled " + query);
    }
}
