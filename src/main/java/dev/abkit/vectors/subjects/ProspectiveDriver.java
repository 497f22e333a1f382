package dev.abkit.vectors.subjects;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Vectors of the prospective-parachains subject: leaf activations and deactivations, seconded and backed candidates,
 * and the node's queries. Parameters are the two asynchronous-backing parameters.
 */
public final class ProspectiveDriver extends SubjectDriver<AsyncBackingParams, ProspectiveEvent,
        ProspectiveDriver.Query, ProspectiveParachainsSubject> {

    /** The canonical order of leaves in an answer compared as a set: by hash, lowest first. */
    public static final Comparator<RelayHash> BY_HASH = Comparator.comparing(h -> h.hash().hex());

    public ProspectiveDriver() {
        super(Subject.PROSPECTIVE_PARACHAINS, AsyncBackingParams.class, ProspectiveEvent.class, Query.class);
    }

    /** Queries of the subject; an absent answer is JSON null. */
    public sealed interface Query permits BackableCandidates, HypotheticalMembership, MinimumRelayParents,
            ProspectiveValidationData, FragmentChain {
    }

    /** Up to {@code count} backable candidates of a para under a leaf, after the given ancestors. */
    public record BackableCandidates(RelayHash leaf, ParaId para, int count, List<CandidateHash> ancestors)
            implements Query {
        public BackableCandidates {
            ancestors = List.copyOf(ancestors);
        }
    }

    /**
     * The active leaves under which a candidate could be kept. Upstream answers it from a hash set, so the order means
     * nothing: the answer is compared as a set, both sides sorted by hash (duplicates are kept, and differ).
     */
    public record HypotheticalMembership(HypotheticalCandidate candidate) implements Query {
    }

    /** The minimum relay parent number per para under a leaf. */
    public record MinimumRelayParents(RelayHash leaf) implements Query {
    }

    /** The validation data a candidate would need. */
    public record ProspectiveValidationData(ValidationDataRequest request) implements Query {
    }

    /** The fragment chain of a para under a relay parent: best chain and unconnected candidates. */
    public record FragmentChain(RelayHash relayParent, ParaId para) implements Query {
    }

    @Override
    public ProspectiveParachainsSubject open(Implementation implementation, AsyncBackingParams parameters) {
        return implementation.prospectiveParachains(parameters);
    }

    @Override
    public Outcome apply(ProspectiveParachainsSubject instance, ProspectiveEvent event) {
        if (event instanceof ProspectiveEvent.ActivateLeaf activation) {
            return instance.activateLeaf(activation);
        }
        if (event instanceof ProspectiveEvent.DeactivateLeaf deactivation) {
            return instance.deactivateLeaf(deactivation.leaf());
        }
        if (event instanceof ProspectiveEvent.UpdateLeaves update) {
            return instance.updateLeaves(update);
        }
        if (event instanceof ProspectiveEvent.IntroduceSeconded introduction) {
            return instance.introduceSeconded(introduction.candidate());
        }
        if (event instanceof ProspectiveEvent.CandidateBacked backed) {
            return instance.candidateBacked(backed.para(), backed.candidate());
        }
        throw new IllegalStateException("unhandled " + event);
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == BackableCandidates.class) {
            return AnswerType.returnOf(ProspectiveParachainsSubject.class, "backableCandidates");
        }
        if (query == HypotheticalMembership.class) {
            return AnswerType.returnOf(ProspectiveParachainsSubject.class, "hypotheticalMembership");
        }
        if (query == MinimumRelayParents.class) {
            return AnswerType.returnOf(ProspectiveParachainsSubject.class, "minimumRelayParents");
        }
        if (query == ProspectiveValidationData.class) {
            return AnswerType.returnOf(ProspectiveParachainsSubject.class, "prospectiveValidationData");
        }
        if (query == FragmentChain.class) {
            return AnswerType.returnOf(ProspectiveParachainsSubject.class, "chain");
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(ProspectiveParachainsSubject instance, Query query) {
        if (query instanceof BackableCandidates q) {
            return instance.backableCandidates(q.leaf(), q.para(), q.count(), new LinkedHashSet<>(q.ancestors()));
        }
        if (query instanceof HypotheticalMembership q) {
            List<RelayHash> members = instance.hypotheticalMembership(q.candidate());
            return members == null ? null : members.stream().sorted(BY_HASH).toList();
        }
        if (query instanceof MinimumRelayParents q) {
            return instance.minimumRelayParents(q.leaf());
        }
        if (query instanceof ProspectiveValidationData q) {
            return orNull(instance.prospectiveValidationData(q.request()));
        }
        if (query instanceof FragmentChain q) {
            return orNull(instance.chain(q.relayParent(), q.para()));
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public String describe(ProspectiveEvent event) {
        if (event instanceof ProspectiveEvent.IntroduceSeconded i) {
            return "introduce_seconded " + i.candidate().hash();
        }
        if (event instanceof ProspectiveEvent.CandidateBacked b) {
            return "candidate_backed " + b.candidate();
        }
        return super.describe(event);
    }

    private static Object orNull(Optional<?> value) {
        return value.isPresent() ? value.get() : NullNode.getInstance();
    }
}
