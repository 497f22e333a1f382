package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.model.Checks;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.constraints.ConstraintModifications;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.HrmpWatermarkUpdate;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.CandidateState;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveParachains;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ProspectiveRules;
import dev.abkit.reference.prospective.RelayBlock;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.reference.sync.SyncRules;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.ReferenceProspectiveParachains;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Faulty validator nodes (prospective parachains: areas SCOPE, ADMIT, CHAIN, FORK, PA, LEAF, QUERY, SYNC), each the
 * reference with one mistake real node implementations make.
 */
final class ProspectiveFaults {
    private ProspectiveFaults() {
    }

    static List<Fault> all() {
        return List.of(
                fault("ScopeOneBlockTooWide", ProspectiveRules.AB_SCOPE_001,
                        "the relay-parent scope takes allowed_ancestry_len + 1 ancestors",
                        params -> reference(new AsyncBackingParams(params.maxCandidateDepth(),
                                params.allowedAncestryLen() + 1))),
                fault("ScopeOneBlockTooNarrow", ProspectiveRules.AB_SCOPE_001,
                        "the relay-parent scope takes allowed_ancestry_len - 1 ancestors",
                        params -> reference(new AsyncBackingParams(params.maxCandidateDepth(),
                                Math.max(0, params.allowedAncestryLen() - 1)))),
                fault("SessionBoundaryIgnored", ProspectiveRules.AB_SCOPE_002,
                        "the scope takes allowed_ancestry_len ancestors whatever their session",
                        SessionBoundaryIgnored::new),
                fault("ExpiredDescendantsKept", ProspectiveRules.AB_SCOPE_005,
                        "descendants of a candidate dropped on the new leaf are kept as unconnected",
                        DescendantsKept::new),
                fault("PendingNotCountedInDepth", ProspectiveRules.AB_CHAIN_001,
                        "the best chain's length counts only backed candidates, not those pending availability",
                        PendingNotCounted::new),
                fault("ValidationDataHashUnchecked", ProspectiveRules.AB_ADMIT_011,
                        "the descriptor's persisted_validation_data_hash is never compared with the validation data",
                        ValidationDataHashUnchecked::new),
                fault("ForkChoiceByHigherHash", ProspectiveRules.AB_FORK_001,
                        "the fork choice prefers the higher candidate hash",
                        HigherHashWins::new),
                fault("RevertOnlyAtFirstElement", ProspectiveRules.AB_FORK_003,
                        "the best-chain revert looks for the fork point at the first element only (before PR 6417)",
                        RevertAtFirstElementOnly::new),
                fault("PendingAvailabilityNotPreferred", ProspectiveRules.AB_PA_001,
                        "a candidate pending availability loses the fork choice to an inherited backed sibling with a"
                                + " lower hash",
                        PendingNotPreferred::new),
                fault("ForkOfPendingAccepted", ProspectiveRules.AB_PA_004,
                        "a fork of a candidate pending availability is admitted",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public Outcome introduceSeconded(Candidate candidate) {
                                Outcome outcome = super.introduceSeconded(candidate);
                                return outcome instanceof Outcome.Rejected r
                                        && r.rule().equals(ProspectiveRules.AB_PA_004) ? Outcome.accepted() : outcome;
                            }
                        }),
                fault("PendingCycleSkipped", ProspectiveRules.AB_ADMIT_001,
                        "a candidate pending availability whose output equals its parent is skipped, and the runtime's"
                                + " later candidates are still taken",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
                                return super.activateLeaf(withoutCycles(activation));
                            }
                        }),
                fault("DeactivatedLeafChainsDropped", ProspectiveRules.AB_LEAF_003,
                        "a deactivated leaf's fragment chains are dropped at once, while the implicit view still"
                                + " retains the block",
                        DeactivatedLeafDropped::new),
                fault("BackableThroughPending", ProspectiveRules.AB_QUERY_002,
                        "backable candidates do not stop at a candidate pending availability",
                        BackableThroughPending::new),
                fault("ZeroParametersTreatedAsAsyncDisabled", SyncRules.AB_SYNC_001,
                        "with both parameters 0 the node falls back to a legacy mode that refuses every candidate"
                                + " not built on the included head",
                        LegacyModeAtZero::new),
                fault("ThrowsOnActiveLeaf", ProspectiveRules.AB_LEAF_005,
                        "activating a leaf that is already active fails with an error",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
                                if (active.contains(activation.leaf().hash())) {
                                    throw new IllegalArgumentException("leaf " + activation.leaf().hash()
                                            + " is already active");
                                }
                                return super.activateLeaf(activation);
                            }
                        }),
                fault("ActivatesLeafDeactivatedInSameUpdate", ProspectiveRules.AB_LEAF_006,
                        "an update that activates and deactivates the same leaf activates it, then deactivates it",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public Outcome updateLeaves(ProspectiveEvent.UpdateLeaves update) {
                                update.activated().forEach(this::activateLeaf);
                                update.deactivated().forEach(this::deactivateLeaf);
                                return Outcome.accepted();
                            }
                        }),
                fault("DeactivatesBeforeActivating", ProspectiveRules.AB_LEAF_006,
                        "an update's deactivations are processed before its activation",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public Outcome updateLeaves(ProspectiveEvent.UpdateLeaves update) {
                                update.deactivated().forEach(this::deactivateLeaf);
                                update.activated().stream()
                                        .filter(a -> !update.deactivated().contains(a.leaf().hash()))
                                        .forEach(this::activateLeaf);
                                return Outcome.accepted();
                            }
                        }),
                fault("RetainsFromTheLeaf", ProspectiveRules.AB_LEAF_003,
                        "a leaf activated without ancestors retains from its own number minus 2 instead of from 0",
                        RetainsFromTheLeaf::new),
                fault("MembershipRepeatsLeaf", ProspectiveRules.AB_QUERY_004,
                        "the hypothetical membership lists the first leaf twice when the candidate fits several",
                        params -> new Forwarding(reference(params)) {
                            @Override
                            public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
                                List<RelayHash> members = new ArrayList<>(super.hypotheticalMembership(candidate));
                                if (members.size() > 1) {
                                    members.add(members.get(0));
                                }
                                return members;
                            }
                        }),
                fault("SharedCandidateEntry", ProspectiveRules.AB_CHAIN_002,
                        "one candidate entry is shared by the chains of all leaves: backing it in one chain makes the"
                                + " others skip the notice as redundant, so it stays unconnected there",
                        SharedCandidateEntry::new),
                chainFault("LosesHrmpUpdateAlongChain", "the HRMP channel usage of chain candidates is lost when a"
                        + " child's constraints are derived",
                        m -> new ConstraintModifications(m.requiredParent(), m.hrmpWatermark(), new TreeMap<>(),
                                m.umpMessagesSent(), m.umpBytesSent(), m.dmpMessagesProcessed(),
                                m.codeUpgradeApplied())),
                chainFault("LosesUmpUpdateAlongChain", "the upward messages of chain candidates are lost when a"
                        + " child's constraints are derived",
                        m -> new ConstraintModifications(m.requiredParent(), m.hrmpWatermark(), m.outboundHrmp(), 0,
                                0, m.dmpMessagesProcessed(), m.codeUpgradeApplied())),
                chainFault("LosesDmpUpdateAlongChain", "the downward messages chain candidates processed are lost"
                        + " when a child's constraints are derived",
                        m -> new ConstraintModifications(m.requiredParent(), m.hrmpWatermark(), m.outboundHrmp(),
                                m.umpMessagesSent(), m.umpBytesSent(), 0, m.codeUpgradeApplied())),
                chainFault("LosesCodeUpgradeAlongChain", "a code upgrade a chain candidate applied is lost when a"
                        + " child's constraints are derived",
                        m -> new ConstraintModifications(m.requiredParent(), m.hrmpWatermark(), m.outboundHrmp(),
                                m.umpMessagesSent(), m.umpBytesSent(), m.dmpMessagesProcessed(), false)),
                chainFault("LosesWatermarkAlongChain", "the HRMP watermark of chain candidates is lost when a child's"
                        + " constraints are derived, so the valid watermarks are not narrowed",
                        m -> new ConstraintModifications(m.requiredParent(),
                                HrmpWatermarkUpdate.of(RelayBlockNumber.of(0), RelayBlockNumber.of(0)),
                                m.outboundHrmp(), m.umpMessagesSent(), m.umpBytesSent(), m.dmpMessagesProcessed(),
                                m.codeUpgradeApplied())),
                fault("UnconnectedValidatedUnderBaseline", ProspectiveRules.AB_ADMIT_003,
                        "a candidate with an unknown parent is checked for cycles and commitments before it is kept"
                                + " (the unconnected-validated reading of 2026 master) while the baseline is declared",
                        params -> new ReferenceImplementation(Profile.of(Variant.UNCONNECTED_VALIDATED),
                                RuleProbe.NONE).prospectiveParachains(params)),
                fault("ClaimQueueSlotsCounted", ProspectiveRules.AB_CHAIN_001,
                        "under claim-queue the chain bound counts the para's claim-queue slots (as upstream's module doc"
                                + " says) instead of its distinct cores (as upstream's code does)",
                        Profile.of(Variant.CLAIM_QUEUE),
                        params -> new ReferenceImplementation(Profile.of(Variant.CLAIM_QUEUE), RuleProbe.NONE)
                                .prospectiveParachains(params.withClaimQueue(slotsAsCores(params.claimQueue())))),
                fault("SchedulingParentUnread", ProspectiveRules.AB_SCOPE_006,
                        "under scheduling-parent the window still bounds the relay parent and the scheduling parent"
                                + " is not read (the reading before PR 11772)",
                        Profile.of(Variant.SCHEDULING_PARENT),
                        params -> new ReferenceImplementation(Profile.BASELINE, RuleProbe.NONE)
                                .prospectiveParachains(params)),
                fault("BackableAnswersRelayParent", ProspectiveRules.AB_QUERY_001,
                        "under scheduling-parent a backable candidate is answered with its relay parent instead of"
                                + " its scheduling parent (upstream's BackableCandidateRef)",
                        Profile.of(Variant.SCHEDULING_PARENT),
                        params -> new Forwarding(new ReferenceImplementation(Profile.of(Variant.SCHEDULING_PARENT),
                                RuleProbe.NONE).prospectiveParachains(params)) {
                            @Override
                            public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                                    Set<CandidateHash> ancestors) {
                                return super.backableCandidates(leaf, para, count, ancestors).stream()
                                        .map(b -> introduced.containsKey(b.candidate())
                                                ? new BackableCandidate(b.candidate(),
                                                        introduced.get(b.candidate()).relayParent())
                                                : b)
                                        .toList();
                            }
                        }));
    }

    /** The claim queue with every claim on a core of its own, so that counting cores counts slots. */
    private static ClaimQueue slotsAsCores(ClaimQueue queue) {
        List<List<ParaId>> cores = new ArrayList<>();
        queue.cores().forEach(core -> core.forEach(para -> cores.add(List.of(para))));
        return new ClaimQueue(cores, queue.schedulingLookahead());
    }

    /**
     * Not a fault: the reference answering the hypothetical membership in reverse order, which upstream leaves
     * unspecified (a hash set). The kit must take it as conformant.
     */
    static Implementation reorderedMembership() {
        return fault("ReorderedMembership", ProspectiveRules.AB_QUERY_004, "membership in reverse order",
                params -> new Forwarding(reference(params)) {
                    @Override
                    public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
                        List<RelayHash> members = new ArrayList<>(super.hypotheticalMembership(candidate));
                        Collections.reverse(members);
                        return members;
                    }
                }).implementation();
    }

    private static Fault fault(String name, RuleId rule, String description,
            Function<AsyncBackingParams, ProspectiveParachainsSubject> open) {
        return fault(name, rule, description, Profile.BASELINE, open);
    }

    /** A faulty node that declares {@code profile}. */
    private static Fault fault(String name, RuleId rule, String description, Profile profile,
            Function<AsyncBackingParams, ProspectiveParachainsSubject> open) {
        return new Fault(name, rule, description, new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", profile, EnumSet.of(Subject.PROSPECTIVE_PARACHAINS), true);
            }

            @Override
            public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
                return open.apply(params);
            }
        });
    }

    /** The activation with every pending candidate that outputs its own parent head removed from the list. */
    private static ProspectiveEvent.ActivateLeaf withoutCycles(ProspectiveEvent.ActivateLeaf activation) {
        Map<ParaId, BackingState> paras = new TreeMap<>();
        activation.paras().forEach((para, state) -> {
            List<PendingCandidate> kept = new ArrayList<>();
            HeadData parent = state.constraints().requiredParent();
            for (PendingCandidate p : state.pendingAvailability()) {
                if (!p.commitments().headData().equals(parent)) {
                    kept.add(p);
                    parent = p.commitments().headData();
                }
            }
            paras.put(para, new BackingState(state.constraints(), kept));
        });
        return ProspectiveEvent.ActivateLeaf.of(activation.leaf(), activation.ancestors(), paras);
    }

    /**
     * A node whose best chain derives a child's constraints from the base and the chain's stacked modifications as
     * changed by {@code lost} (AB-ADMIT-006): the state one mistake drops on the way along the chain.
     */
    private static Fault chainFault(String name, String description, UnaryOperator<ConstraintModifications> lost) {
        return fault(name, ProspectiveRules.AB_ADMIT_006, description, params -> {
            Checks checks = new Checks(RuleProbe.NONE);
            InclusionEmulator emulator = new InclusionEmulator(checks) {
                @Override
                public Constraints apply(Constraints base, ConstraintModifications modifications) {
                    return super.apply(base, lost.apply(modifications));
                }
            };
            return new ReferenceProspectiveParachains(new ProspectiveParachains(params, checks, emulator));
        });
    }

    private static ProspectiveParachainsSubject reference(AsyncBackingParams params) {
        return new ReferenceImplementation().prospectiveParachains(params);
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
     * Takes a candidate's validation data on trust (AB-ADMIT-011): the receipt is dropped on the way in, so the
     * descriptor's PVD hash is never compared with it.
     */
    private static final class ValidationDataHashUnchecked extends Forwarding {
        ValidationDataHashUnchecked(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome introduceSeconded(Candidate c) {
            return super.introduceSeconded(new Candidate(c.hash(), c.para(), c.relayParent(), c.validationData(),
                    c.commitments(), c.codeHash()));
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

    /** AB-SCOPE-002 ignored: every supplied ancestor is taken as being in the leaf's session. */
    private static final class SessionBoundaryIgnored extends Forwarding {
        SessionBoundaryIgnored(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            long session = activation.leaf().session();
            List<RelayBlock> ancestors = activation.ancestors().stream()
                    .map(a -> new RelayBlock(a.hash(), a.number(), a.parent(), session, a.storageRoot()))
                    .toList();
            return super.activateLeaf(ProspectiveEvent.ActivateLeaf.of(activation.leaf(), ancestors,
                    activation.paras()));
        }
    }

    /**
     * AB-PA-001 broken: the candidates pending availability compete by hash with the backed candidates the new leaf
     * inherits from its parent block, so an inherited backed candidate on the same parent head with a lower hash
     * wins and the pending chain is left out.
     */
    private static final class PendingNotPreferred extends Forwarding {
        PendingNotPreferred(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            Map<ParaId, BackingState> paras = new TreeMap<>();
            activation.paras().forEach((para, state) -> paras.put(para,
                    losesToInherited(activation.leaf().parent(), para, state)
                            ? new BackingState(state.constraints(), List.of()) : state));
            return super.activateLeaf(ProspectiveEvent.ActivateLeaf.of(activation.leaf(), activation.ancestors(),
                    paras));
        }

        private boolean losesToInherited(RelayHash parent, ParaId para, BackingState state) {
            if (state.pendingAvailability().isEmpty()) {
                return false;
            }
            CandidateHash firstPending = state.pendingAvailability().get(0).hash();
            Optional<ChainView> inherited = chain(parent, para);
            if (inherited.isEmpty() || inherited.get().bestChain().isEmpty()) {
                return false;
            }
            CandidateHash rival = inherited.get().bestChain().get(0);
            Candidate candidate = introduced.get(rival);
            return candidate != null && backed.contains(rival)
                    && candidate.parentHead().equals(state.constraints().requiredParent())
                    && rival.compareTo(firstPending) < 0;
        }
    }

    /**
     * A node that drops fragment chains the reference still retains: a dropped relay parent's chain is gone, and a
     * candidate only such chains would keep is rejected as out of scope. Subclasses decide what is dropped.
     */
    private abstract static class DropsRetainedChains extends Forwarding {
        final Set<RelayHash> activated = new LinkedHashSet<>();
        final Set<RelayHash> dropped = new HashSet<>();

        DropsRetainedChains(AsyncBackingParams params) {
            super(reference(params));
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            activated.add(activation.leaf().hash());
            dropped.remove(activation.leaf().hash());
            return super.activateLeaf(activation);
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            Outcome outcome = super.introduceSeconded(candidate);
            if (!outcome.isAccepted() || keptOutsideDropped(candidate)) {
                return outcome;
            }
            return Outcome.rejected(ProspectiveRules.AB_SCOPE_001,
                    "relay parent " + candidate.relayParent() + " is in the scope of no active leaf");
        }

        private boolean keptOutsideDropped(Candidate candidate) {
            for (RelayHash relayParent : activated) {
                if (dropped.contains(relayParent)) {
                    continue;
                }
                Optional<ChainView> view = super.chain(relayParent, candidate.para());
                if (view.isPresent() && (view.get().bestChain().contains(candidate.hash())
                        || view.get().unconnected().containsKey(candidate.hash()))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
            return dropped.contains(relayParent) ? Optional.empty() : super.chain(relayParent, para);
        }
    }

    /**
     * AB-LEAF-003 broken: deactivating a leaf drops its fragment chains at once; a candidate only such a chain would
     * keep is rejected as out of scope.
     */
    private static final class DeactivatedLeafDropped extends DropsRetainedChains {
        DeactivatedLeafDropped(AsyncBackingParams params) {
            super(params);
        }

        @Override
        public Outcome deactivateLeaf(RelayHash leaf) {
            if (active.contains(leaf)) {
                dropped.add(leaf);
            }
            return super.deactivateLeaf(leaf);
        }
    }

    /**
     * AB-LEAF-003 broken the way the kit had it before it followed upstream: a leaf activated without ancestors (in
     * its session, within allowed_ancestry_len) gets the retain minimum min(leaf, leaf - 2) instead of 0, so on a
     * deactivation blocks older than the remaining leaves minus 2 are dropped while upstream keeps them.
     */
    private static final class RetainsFromTheLeaf extends DropsRetainedChains {
        private final int allowedAncestry;
        private final Map<RelayHash, Long> numbers = new HashMap<>();
        private final Map<RelayHash, Long> retainMinimum = new HashMap<>();

        RetainsFromTheLeaf(AsyncBackingParams params) {
            super(params);
            allowedAncestry = params.allowedAncestryLen();
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            RelayBlock leaf = activation.leaf();
            long oldest = leaf.number().value();
            for (RelayBlock ancestor : activation.ancestors().subList(0,
                    Math.min(allowedAncestry, activation.ancestors().size()))) {
                if (ancestor.session() != leaf.session()) {
                    break;
                }
                numbers.put(ancestor.hash(), ancestor.number().value());
                oldest = ancestor.number().value();
            }
            numbers.put(leaf.hash(), leaf.number().value());
            retainMinimum.putIfAbsent(leaf.hash(), Math.min(oldest, Math.max(0, leaf.number().value() - 2)));
            return super.activateLeaf(activation);
        }

        @Override
        public Outcome deactivateLeaf(RelayHash leaf) {
            Outcome outcome = super.deactivateLeaf(leaf);
            if (retainMinimum.remove(leaf) != null) {
                long minimum = retainMinimum.values().stream().mapToLong(Long::longValue).min()
                        .orElse(Long.MAX_VALUE);
                numbers.forEach((block, number) -> {
                    if (number < minimum) {
                        dropped.add(block);
                    }
                });
            }
            return outcome;
        }
    }

    /**
     * AB-CHAIN-002 broken by sharing one mutable entry per candidate between the chains of all leaves: the backing
     * notice reaches the first chain holding the candidate, which marks the shared entry backed, and every other chain
     * then takes the notice as redundant and keeps the candidate unconnected (with the shared state, backed) until
     * its next change. Those chains are answered from the node as it was before the notice.
     */
    private static final class SharedCandidateEntry extends Forwarding {
        private final AsyncBackingParams params;
        private final List<Consumer<ProspectiveParachainsSubject>> events = new ArrayList<>();
        private final Set<RelayHash> activated = new LinkedHashSet<>();
        private final Set<RelayHash> skipped = new HashSet<>();
        private ProspectiveParachainsSubject before;
        private CandidateHash skippedCandidate;

        SharedCandidateEntry(AsyncBackingParams params) {
            super(reference(params));
            this.params = params;
        }

        private Outcome record(Consumer<ProspectiveParachainsSubject> event, Outcome outcome) {
            events.add(event);
            skipped.clear();
            return outcome;
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            activated.add(activation.leaf().hash());
            return record(s -> s.activateLeaf(activation), super.activateLeaf(activation));
        }

        @Override
        public Outcome deactivateLeaf(RelayHash leaf) {
            return record(s -> s.deactivateLeaf(leaf), super.deactivateLeaf(leaf));
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            return record(s -> s.introduceSeconded(candidate), super.introduceSeconded(candidate));
        }

        @Override
        public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
            List<RelayHash> holders = new ArrayList<>();
            for (RelayHash relayParent : activated) {
                Optional<ChainView> view = inner.chain(relayParent, para);
                if (view.isPresent() && view.get().unconnected().get(candidate) == CandidateState.SECONDED) {
                    holders.add(relayParent);
                }
            }
            Outcome outcome = record(s -> s.candidateBacked(para, candidate), super.candidateBacked(para, candidate));
            if (holders.size() > 1) {
                before = reference(params);
                events.subList(0, events.size() - 1).forEach(e -> e.accept(before));
                skipped.addAll(holders.subList(1, holders.size()));
                skippedCandidate = candidate;
            }
            return outcome;
        }

        @Override
        public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                Set<CandidateHash> ancestors) {
            return skipped.contains(leaf) ? before.backableCandidates(leaf, para, count, ancestors)
                    : super.backableCandidates(leaf, para, count, ancestors);
        }

        @Override
        public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
            if (!skipped.contains(relayParent)) {
                return super.chain(relayParent, para);
            }
            return before.chain(relayParent, para).map(view -> {
                SortedMap<CandidateHash, CandidateState> unconnected = new TreeMap<>(view.unconnected());
                unconnected.replace(skippedCandidate, CandidateState.BACKED);
                return new ChainView(view.relayParent(), view.para(), view.bestChain(), unconnected);
            });
        }
    }

    /**
     * AB-SYNC-001 broken: zero for both parameters is taken as "asynchronous backing disabled", and the node's legacy
     * path refuses any candidate whose parent head is not the para's included head at its relay parent, where
     * synchronous backing keeps it as unconnected until its parent is included.
     */
    private static final class LegacyModeAtZero extends Forwarding {
        private final boolean legacy;
        private final Map<RelayHash, ProspectiveEvent.ActivateLeaf> leaves = new HashMap<>();

        LegacyModeAtZero(AsyncBackingParams params) {
            super(reference(params));
            legacy = params.maxCandidateDepth() == 0 && params.allowedAncestryLen() == 0;
        }

        @Override
        public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
            leaves.put(activation.leaf().hash(), activation);
            return super.activateLeaf(activation);
        }

        @Override
        public Outcome introduceSeconded(Candidate candidate) {
            ProspectiveEvent.ActivateLeaf leaf = leaves.get(candidate.relayParent());
            if (legacy && leaf != null && active.contains(candidate.relayParent())
                    && leaf.paras().containsKey(candidate.para())
                    && !candidate.parentHead().equals(leaf.paras().get(candidate.para()).constraints()
                            .requiredParent())) {
                return Outcome.rejected(SyncRules.AB_SYNC_004, "parent head " + candidate.parentHead()
                        + " is not the included head");
            }
            return super.introduceSeconded(candidate);
        }
    }
}
