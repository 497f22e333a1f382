package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Vectors of the runtime-acceptance subject: a relay chain executed block by block, with availability, timeouts and
 * the backed candidates of each block's inherent, and checks of the allowed relay parents, the minimum relay parent
 * and each para's head and pending-availability chain.
 *
 * <p>The events are the model's {@link RuntimeEvent}s. Importing a block, availability and timeouts are always
 * accepted (what they did shows in the checks that follow); an inherent is accepted when every candidate in it was
 * accepted, and otherwise rejected by the rule that dropped its first dropped candidate. Which of the other
 * candidates were kept shows in the para checks.
 */
public final class RuntimeDriver extends SubjectDriver<RuntimeDriver.Parameters, RuntimeEvent, RuntimeDriver.Query,
        RuntimeAcceptanceSubject> {

    public RuntimeDriver() {
        super(Subject.RUNTIME_ACCEPTANCE, Parameters.class, RuntimeEvent.class, Query.class);
    }

    /** The host configuration and the genesis: the block executed last and the registered paras. */
    public record Parameters(RuntimeParams params, RuntimeGenesis genesis) {
    }

    /** Queries of the subject, answered at the block executed last. */
    public sealed interface Query permits AllowedRelayParents, MinRelayParentNumber, ParaState {
    }

    /** The allowed relay parents, oldest first (AB-RT-001, AB-RT-002). */
    public record AllowedRelayParents() implements Query {
    }

    /** The minimum relay-parent number reported to the node (AB-RT-012). */
    public record MinRelayParentNumber() implements Query {
    }

    /** A para's included head, code hash, most recent context and pending-availability chain. */
    public record ParaState(ParaId para) implements Query {
    }

    @Override
    public RuntimeAcceptanceSubject open(Implementation implementation, Parameters parameters) {
        return implementation.runtimeAcceptance(parameters.params(), parameters.genesis());
    }

    @Override
    public Outcome apply(RuntimeAcceptanceSubject instance, RuntimeEvent event) {
        if (event instanceof RuntimeEvent.RelayBlockImported e) {
            instance.importBlock(e.block());
            return Outcome.accepted();
        }
        if (event instanceof RuntimeEvent.CandidatesAvailable e) {
            instance.candidatesAvailable(e.candidates());
            return Outcome.accepted();
        }
        if (event instanceof RuntimeEvent.AvailabilityTimedOut e) {
            instance.availabilityTimedOut(e.candidates());
            return Outcome.accepted();
        }
        if (event instanceof RuntimeEvent.CandidatesBacked e) {
            return inherentOutcome(instance.candidatesBacked(e.candidates()));
        }
        throw new IllegalStateException("unhandled " + event);
    }

    private static Outcome inherentOutcome(List<CandidateVerdict> verdicts) {
        if (verdicts == null) {
            return null;
        }
        return verdicts.stream()
                .filter(v -> v.outcome() instanceof Outcome.Rejected)
                .findFirst()
                .<Outcome>map(first -> Outcome.rejected(((Outcome.Rejected) first.outcome()).rule(),
                        verdicts.stream().map(RuntimeDriver::describe).collect(Collectors.joining("; "))))
                .orElse(Outcome.accepted());
    }

    private static String describe(CandidateVerdict verdict) {
        return verdict.candidate() + " of " + verdict.para() + ": " + (verdict.outcome() instanceof Outcome.Rejected r
                ? "dropped by " + r.rule() + " (" + r.detail() + ")"
                : "accepted");
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == AllowedRelayParents.class) {
            return AnswerType.returnOf(RuntimeAcceptanceSubject.class, "allowedRelayParents");
        }
        if (query == MinRelayParentNumber.class) {
            return AnswerType.returnOf(RuntimeAcceptanceSubject.class, "minRelayParentNumber");
        }
        if (query == ParaState.class) {
            return AnswerType.returnOf(RuntimeAcceptanceSubject.class, "para");
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(RuntimeAcceptanceSubject instance, Query query) {
        if (query instanceof AllowedRelayParents) {
            return instance.allowedRelayParents();
        }
        if (query instanceof MinRelayParentNumber) {
            return instance.minRelayParentNumber();
        }
        if (query instanceof ParaState q) {
            return instance.para(q.para());
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public String describe(RuntimeEvent event) {
        if (event instanceof RuntimeEvent.RelayBlockImported e) {
            return DomainJson.typeName(event.getClass()) + " " + e.block().number();
        }
        return DomainJson.typeName(event.getClass());
    }
}
