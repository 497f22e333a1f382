package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.CandidateState;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ProspectiveRules;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Deliberately broken prospective-parachains implementations, each the reference with one mistake real node
 * implementations make, are caught by the vectors with a failure that names the broken rule.
 */
class ProspectiveFaultsTest {
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors")).stream()
            .filter(c -> c.subject() == Subject.PROSPECTIVE_PARACHAINS).toList();

    private static Implementation faulty(String name, Function<AsyncBackingParams, ProspectiveParachainsSubject> open) {
        return new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", new ReferenceImplementation().capabilities().profile(),
                        EnumSet.of(Subject.PROSPECTIVE_PARACHAINS), true);
            }

            @Override
            public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
                return open.apply(params);
            }
        };
    }

    private static ProspectiveParachainsSubject reference(AsyncBackingParams params) {
        return new ReferenceImplementation().prospectiveParachains(params);
    }

    /** Asserts that {@code vector} fails for the implementation with a message that names {@code rule}. */
    private static void assertCaught(Implementation implementation, RuleId rule, String vector) {
        VectorRunner runner = new VectorRunner(implementation, Catalog.load());
        VectorCase c = VECTORS.stream().filter(v -> v.id().equals(vector)).findFirst().orElseThrow(
                () -> new AssertionError("no vector " + vector));
        CaseResult result = runner.run(c);
        assertTrue(result.isFailure(), () -> implementation.capabilities().name() + " passed " + vector);
        assertTrue(result.message().matches("\\[" + rule + "] .+ \\| expected: .+ \\| but was: .+ \\| at: "
                + vector + " step \\d+ .+ \\| hint: .+"), result.message());
    }

    @Test
    @DisplayName("the reference passes every prospective-parachains vector")
    void referencePasses() {
        VectorRunner runner = new VectorRunner(new ReferenceImplementation(), Catalog.load());
        List<CaseResult> failures = VECTORS.stream().map(runner::run).filter(CaseResult::isFailure).toList();
        assertEquals(List.of(), failures.stream().map(CaseResult::message).toList());
        assertTrue(VECTORS.size() >= 130, () -> "only " + VECTORS.size() + " vectors");
    }

    @Test
    @DisplayName("AB-SCOPE-001 a relay-parent scope one ancestor too wide is caught")
    void scopeOneBlockTooWide() {
        Implementation implementation = faulty("scope-one-block-too-wide", params -> reference(
                new AsyncBackingParams(params.maxCandidateDepth(), params.allowedAncestryLen() + 1)));
        assertCaught(implementation, ProspectiveRules.AB_SCOPE_001, "scope-001-production-one-too-old");
        assertCaught(implementation, ProspectiveRules.AB_SCOPE_001, "scope-001-ancestry-zero-parent");
    }

    @Test
    @DisplayName("AB-CHAIN-001 a best-chain length counted without the candidates pending availability is caught")
    void depthWithoutPending() {
        Implementation implementation = faulty("depth-without-pending", PendingNotCounted::new);
        assertCaught(implementation, ProspectiveRules.AB_CHAIN_001, "chain-001-pending-counted");
        assertCaught(implementation, ProspectiveRules.AB_CHAIN_001, "chain-001-pending-counted-depth-one");
    }

    @Test
    @DisplayName("AB-FORK-001 a fork choice by the higher hash is caught")
    void forkChoiceByHigherHash() {
        Implementation implementation = faulty("fork-choice-by-higher-hash", HigherHashWins::new);
        assertCaught(implementation, ProspectiveRules.AB_FORK_001, "fork-001-higher-hash-rejected");
        assertCaught(implementation, ProspectiveRules.AB_FORK_002, "fork-002-three-siblings");
    }

    @Test
    @DisplayName("AB-PA-004 a fork of a candidate pending availability accepted is caught")
    void forkOfPendingAccepted() {
        Implementation implementation = faulty("fork-of-pending-accepted", params -> new Forwarding(
                reference(params)) {
            @Override
            public Outcome introduceSeconded(Candidate candidate) {
                Outcome outcome = super.introduceSeconded(candidate);
                return outcome instanceof Outcome.Rejected r && r.rule().equals(ProspectiveRules.AB_PA_004)
                        ? Outcome.accepted() : outcome;
            }
        });
        assertCaught(implementation, ProspectiveRules.AB_PA_004, "pa-004-lower-hash-fork-of-pending");
    }

    @Test
    @DisplayName("AB-SCOPE-005 descendants of an expired candidate kept on the new leaf are caught")
    void expiredDescendantsKept() {
        Implementation implementation = faulty("expired-descendants-kept", DescendantsKept::new);
        assertCaught(implementation, ProspectiveRules.AB_SCOPE_005, "scope-005-child-of-expired-dropped");
        assertCaught(implementation, ProspectiveRules.AB_SCOPE_005, "scope-005-chain-descendants-dropped");
    }

    @Test
    @DisplayName("AB-FORK-003 the partial revert that only looks at the first chain element (before PR 6417) is"
            + " caught")
    void revertOnlyAtFirstElement() {
        Implementation implementation = faulty("revert-only-at-first-element", RevertAtFirstElementOnly::new);
        assertCaught(implementation, ProspectiveRules.AB_FORK_003, "fork-003-partial-revert-third-element");
        assertCaught(implementation, ProspectiveRules.AB_FORK_003, "fork-003-partial-revert-fourth-element");
    }

    @Test
    @DisplayName("AB-QUERY-002 backable candidates that do not stop at a pending candidate are caught")
    void backableThroughPending() {
        Implementation implementation = faulty("backable-through-pending", BackableThroughPending::new);
        assertCaught(implementation, ProspectiveRules.AB_QUERY_002, "query-002-stops-before-pending");
        assertCaught(implementation, ProspectiveRules.AB_QUERY_002, "query-002-stops-at-second-pending");
    }

    /** Forwards everything to the wrapped subject and remembers what went in, for the faults to build on. */
    private static class Forwarding implements ProspectiveParachainsSubject {
        ProspectiveParachainsSubject inner;
        final Map<CandidateHash, Candidate> introduced = new HashMap<>();
        final Map<CandidateHash, PendingCandidate> pending = new HashMap<>();
        final Set<CandidateHash> backed = new HashSet<>();
        final LinkedHashSet<RelayHash> active = new LinkedHashSet<>();

        Forwarding(ProspectiveParachainsSubject inner) {
            this.inner = inner;
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            for (BackingState state : activation.paras().values()) {
                state.pendingAvailability().forEach(p -> pending.put(p.hash(), p));
            }
            active.add(activation.leaf().hash());
            return inner.activateLeaf(activation);
        }

        @Override
        public Outcome deactivateLeaf(RelayHash leaf) {
            active.remove(leaf);
            return inner.deactivateLeaf(leaf);
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            introduced.putIfAbsent(candidate.hash(), candidate);
            return inner.introduceSeconded(candidate);
        }

        @Override
        public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
            backed.add(candidate);
            return inner.candidateBacked(para, candidate);
        }

        @Override
        public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                Set<CandidateHash> ancestors) {
            return inner.backableCandidates(leaf, para, count, ancestors);
        }

        @Override
        public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
            return inner.hypotheticalMembership(candidate);
        }

        @Override
        public SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf) {
            return inner.minimumRelayParents(leaf);
        }

        @Override
        public Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request) {
            return inner.prospectiveValidationData(request);
        }

        @Override
        public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
            return inner.chain(relayParent, para);
        }

        /** The output head of a candidate seen in an introduction or as pending availability. */
        Optional<HeadData> output(CandidateHash hash) {
            if (introduced.containsKey(hash)) {
                return Optional.of(introduced.get(hash).outputHead());
            }
            return Optional.ofNullable(pending.get(hash)).map(p -> p.commitments().headData());
        }

        RelayHash relayParent(CandidateHash hash) {
            return introduced.containsKey(hash) ? introduced.get(hash).relayParent()
                    : pending.get(hash).relayParent().hash();
        }
    }

    /**
     * Counts only backed candidates against max_candidate_depth, so each candidate pending availability adds a place
     * (AB-CHAIN-001): the depth in force is max_candidate_depth plus the most pending candidates a leaf reported,
     * and the node is rebuilt with it from the events so far when a leaf reports more.
     */
    private static final class PendingNotCounted extends Forwarding {
        private final AsyncBackingParams params;
        private final List<Runnable> replay = new ArrayList<>();
        private int extra;

        PendingNotCounted(AsyncBackingParams params) {
            super(reference(params));
            this.params = params;
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            int most = activation.paras().values().stream().mapToInt(s -> s.pendingAvailability().size()).max()
                    .orElse(0);
            if (most > extra) {
                extra = most;
                inner = reference(new AsyncBackingParams(params.maxCandidateDepth() + extra,
                        params.allowedAncestryLen()));
                replay.forEach(Runnable::run);
            }
            replay.add(() -> inner.activateLeaf(activation));
            return super.activateLeaf(activation);
        }

        @Override
        public Outcome deactivateLeaf(RelayHash leaf) {
            replay.add(() -> inner.deactivateLeaf(leaf));
            return super.deactivateLeaf(leaf);
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            replay.add(() -> inner.introduceSeconded(candidate));
            return super.introduceSeconded(candidate);
        }

        @Override
        public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
            replay.add(() -> inner.candidateBacked(para, candidate));
            return super.candidateBacked(para, candidate);
        }
    }

    /**
     * Prefers the higher candidate hash in the fork choice (AB-FORK-001, AB-FORK-002): every hash is complemented on
     * the way in and back on the way out, which reverses their order and nothing else.
     */
    private static final class HigherHashWins extends Forwarding {
        HigherHashWins(AsyncBackingParams params) {
            super(reference(params));
        }

        private static CandidateHash flip(CandidateHash hash) {
            StringBuilder hex = new StringBuilder("0x");
            for (char ch : hash.hash().hex().substring(2).toCharArray()) {
                hex.append(Character.forDigit(15 - Character.digit(ch, 16), 16));
            }
            return new CandidateHash(Hash32.of(hex.toString()));
        }

        private static Candidate flip(Candidate c) {
            return new Candidate(flip(c.hash()), c.para(), c.relayParent(), c.validationData(), c.commitments(),
                    c.codeHash());
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            Map<ParaId, BackingState> paras = new TreeMap<>();
            activation.paras().forEach((para, state) -> paras.put(para, new BackingState(state.constraints(),
                    state.pendingAvailability().stream().map(p -> new PendingCandidate(flip(p.hash()),
                            p.relayParent(), p.commitments(), p.codeHash(), p.maxPovSize())).toList())));
            return super.activateLeaf(ProspectiveEvent.ActivateLeaf.of(activation.leaf(), activation.ancestors(),
                    paras));
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            return super.introduceSeconded(flip(candidate));
        }

        @Override
        public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
            return super.candidateBacked(para, flip(candidate));
        }

        @Override
        public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                Set<CandidateHash> ancestors) {
            Set<CandidateHash> flipped = new LinkedHashSet<>();
            ancestors.forEach(a -> flipped.add(flip(a)));
            return super.backableCandidates(leaf, para, count, flipped).stream()
                    .map(b -> new BackableCandidate(flip(b.candidate()), b.relayParent())).toList();
        }

        @Override
        public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
            HypotheticalCandidate flipped = candidate instanceof HypotheticalCandidate.Complete c
                    ? new HypotheticalCandidate.Complete(flip(c.candidate()))
                    : flipIncomplete((HypotheticalCandidate.Incomplete) candidate);
            return super.hypotheticalMembership(flipped);
        }

        private static HypotheticalCandidate flipIncomplete(HypotheticalCandidate.Incomplete i) {
            return new HypotheticalCandidate.Incomplete(flip(i.hash()), i.para(), i.parentHead(), i.relayParent());
        }

        @Override
        public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
            return super.chain(relayParent, para).map(view -> {
                SortedMap<CandidateHash, CandidateState> unconnected = new TreeMap<>();
                view.unconnected().forEach((hash, state) -> unconnected.put(flip(hash), state));
                return new ChainView(view.relayParent(), view.para(),
                        view.bestChain().stream().map(HigherHashWins::flip).toList(), unconnected);
            });
        }
    }

    /**
     * Skips the trimming of a dropped candidate's descendants (AB-SCOPE-005): after a leaf is activated, every
     * candidate of the parent block's chain that the new chain lost is introduced (and backed) again, so a
     * descendant whose own relay parent is still in scope stays as unconnected.
     */
    private static final class DescendantsKept extends Forwarding {
        DescendantsKept(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            Map<ParaId, List<CandidateHash>> before = new HashMap<>();
            for (ParaId para : activation.paras().keySet()) {
                chain(activation.leaf().parent(), para).ifPresent(view -> before.put(para, candidates(view)));
            }
            Outcome outcome = super.activateLeaf(activation);
            before.forEach((para, hashes) -> {
                List<CandidateHash> kept = chain(activation.leaf().hash(), para).map(DescendantsKept::candidates)
                        .orElse(List.of());
                for (CandidateHash hash : hashes) {
                    if (!kept.contains(hash) && introduced.containsKey(hash)) {
                        inner.introduceSeconded(introduced.get(hash));
                        if (backed.contains(hash)) {
                            inner.candidateBacked(para, hash);
                        }
                    }
                }
            });
            return outcome;
        }

        private static List<CandidateHash> candidates(ChainView view) {
            List<CandidateHash> all = new ArrayList<>(view.bestChain());
            all.addAll(view.unconnected().keySet());
            return all;
        }
    }

    /**
     * The best-chain revert before PR 6417 (AB-FORK-003): looking for the fork point it compares the first chain
     * element's output in every round, so a backed fork of any element after the second reverts nothing; the backing
     * notice of such a fork is lost.
     */
    private static final class RevertAtFirstElementOnly extends Forwarding {
        RevertAtFirstElementOnly(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
            Candidate c = introduced.get(candidate);
            if (c != null) {
                for (RelayHash leaf : active) {
                    Optional<ChainView> view = chain(leaf, para);
                    if (view.isEmpty() || !view.get().unconnected().containsKey(candidate)) {
                        continue;
                    }
                    List<CandidateHash> best = view.get().bestChain();
                    for (int k = 1; k < best.size(); k++) {
                        if (output(best.get(k)).equals(Optional.of(c.parentHead()))) {
                            return Outcome.accepted();
                        }
                    }
                }
            }
            return super.candidateBacked(para, candidate);
        }
    }

    /** Answers backable candidates from the best chain without stopping at a pending candidate (AB-QUERY-002). */
    private static final class BackableThroughPending extends Forwarding {
        BackableThroughPending(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                Set<CandidateHash> ancestors) {
            Optional<ChainView> view = chain(leaf, para);
            if (count == 0 || !active.contains(leaf) || view.isEmpty()) {
                return super.backableCandidates(leaf, para, count, ancestors);
            }
            List<CandidateHash> best = view.get().bestChain();
            int base = 0;
            while (base < best.size() && ancestors.contains(best.get(base))) {
                base++;
            }
            List<BackableCandidate> result = new ArrayList<>();
            for (CandidateHash hash : best.subList(base, Math.min(base + count, best.size()))) {
                result.add(new BackableCandidate(hash, relayParent(hash)));
            }
            return result;
        }
    }
}
