package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_010;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_011;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_002;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Receipts;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.DoNotMutate;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.model.RuleViolation;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.prospective.BackedChain.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference prospective-parachains model: one fragment chain per retained relay parent and scheduled para, fed
 * by {@link ProspectiveEvent}s and read by queries. Deterministic; relay parents are kept in activation order.
 *
 * <p>Introducing a candidate tries every retained relay parent with a chain for its para, active leaf or not
 * (AB-LEAF-003), and is accepted when at least one keeps it (AB-ADMIT-010). When none does, the outcome names the
 * rule that fired under the most recently activated of those relay parents.
 *
 * <p>Cost, with n the candidates of one para's chain (best chain plus unconnected) and r the retained relay parents:
 * activation O(paras x n); introduction O(r x (1 + one constraint check)); backing O(r x n); deactivation O(r + paras
 * of the pruned relay parents); backable query O(d); hypothetical membership O(leaves); the view O(r x paras x n).
 */
public final class ProspectiveParachains {
    private final AsyncBackingParams params;
    private final Checks checks;
    private final InclusionEmulator emulator;
    private final boolean validatesUnconnected;
    private final boolean readsClaimQueue;
    private final boolean readsSchedulingParent;
    private final LinkedHashMap<RelayHash, Map<ParaId, FragmentChain>> perRelayParent = new LinkedHashMap<>();
    private final LinkedHashSet<RelayHash> activeLeaves = new LinkedHashSet<>();
    private final ImplicitView implicitView = new ImplicitView();

    public ProspectiveParachains(AsyncBackingParams params, Checks checks) {
        this(params, checks, new InclusionEmulator(checks));
    }

    /** The model with another inclusion emulator, which must report to the same {@code checks}. */
    public ProspectiveParachains(AsyncBackingParams params, Checks checks, InclusionEmulator emulator) {
        this(params, checks, emulator, Profile.BASELINE);
    }

    /**
     * The model of a profile: under unconnected-validated a candidate with an unknown parent is checked before it is
     * kept (AB-ADMIT-003); the emulator carries the profile's constraint variants.
     */
    public ProspectiveParachains(AsyncBackingParams params, Checks checks, InclusionEmulator emulator,
            Profile profile) {
        if (params == null || checks == null || emulator == null || profile == null) {
            throw new IllegalArgumentException("the model needs its parameters, a Checks, an inclusion emulator and a"
                    + " profile");
        }
        this.params = params;
        this.checks = checks;
        this.emulator = emulator;
        this.validatesUnconnected = profile.has(Variant.UNCONNECTED_VALIDATED);
        this.readsClaimQueue = profile.has(Variant.CLAIM_QUEUE);
        this.readsSchedulingParent = profile.has(Variant.SCHEDULING_PARENT);
    }

    /**
     * Applies one event. Only an introduction can be rejected (with the rule that fired); activations, deactivations
     * and backing notices are always accepted, unknown leaves and candidates being ignored and an active leaf
     * activated again being processed again (AB-LEAF-005). A malformed event (an ancestry that is not a chain of
     * parents) raises {@link IllegalArgumentException}.
     */
    public Outcome apply(ProspectiveEvent event) {
        if (event instanceof ProspectiveEvent.ActivateLeaf e) {
            activate(e);
            return Outcome.accepted();
        } else if (event instanceof ProspectiveEvent.DeactivateLeaf e) {
            deactivate(e.leaf());
            return Outcome.accepted();
        } else if (event instanceof ProspectiveEvent.UpdateLeaves e) {
            for (ProspectiveEvent.ActivateLeaf activation : e.activated()) {
                if (checks.report(AB_LEAF_006, !e.deactivated().contains(activation.leaf().hash()))) {
                    activate(activation);
                }
            }
            e.deactivated().forEach(this::deactivate);
            return Outcome.accepted();
        } else if (event instanceof ProspectiveEvent.IntroduceSeconded e) {
            return Checks.decide(() -> introduce(e.candidate()));
        } else if (event instanceof ProspectiveEvent.CandidateBacked e) {
            backed(e.para(), e.candidate());
            return Outcome.accepted();
        }
        throw new IllegalStateException("unhandled " + event);
    }

    private void activate(ProspectiveEvent.ActivateLeaf event) {
        RelayBlock leaf = event.leaf();
        // Upstream handles an already active leaf like a new one: its chains are rebuilt from the runtime's state,
        // the pending candidates and the parent block's chains, replacing the old ones; the implicit view keeps it.
        checks.report(AB_LEAF_005, !activeLeaves.contains(leaf.hash()));
        List<RelayBlock> supplied = event.ancestors();
        RelayHash expectedHash = leaf.parent();
        long expectedNumber = leaf.number().value() - 1;
        for (int i = 0; i < supplied.size(); i++) {
            RelayBlock ancestor = supplied.get(i);
            if (!ancestor.hash().equals(expectedHash) || ancestor.number().value() != expectedNumber) {
                throw new IllegalArgumentException("expected ancestor " + expectedHash + " #" + expectedNumber
                        + " but was " + ancestor.hash() + " " + ancestor.number() + " at ancestors[" + i + "]");
            }
            expectedHash = ancestor.parent();
            expectedNumber--;
        }
        List<RelayBlock> ancestry = new ArrayList<>();
        Map<RelayHash, RuleId> excludedBySession = new HashMap<>();
        // Under the claim-queue variant a stated claim queue replaces both parameters (PR 7254): the ancestry is
        // scheduling_lookahead - 1, the chain bound the pending candidates plus the para's distinct cores.
        ClaimQueue queue = readsClaimQueue ? params.claimQueue() : ClaimQueue.NOT_STATED;
        int ancestryLen = queue.isStated() ? queue.schedulingLookahead() - 1 : params.allowedAncestryLen();
        int bound = Math.min(ancestryLen, supplied.size());
        if (supplied.size() > bound) {
            checks.fired(AB_SCOPE_001);
        }
        for (int i = 0; i < bound; i++) {
            RelayBlock ancestor = supplied.get(i);
            if (ancestor.session() != leaf.session() || !excludedBySession.isEmpty()) {
                checks.fired(AB_SCOPE_002);
                excludedBySession.put(ancestor.hash(), AB_SCOPE_002);
                continue;
            }
            ancestry.add(ancestor);
        }
        Scope.RelayParents relayParents = relayParents(leaf, ancestry, supplied);
        Map<ParaId, FragmentChain> previous = ancestry.isEmpty() ? null : perRelayParent.get(ancestry.get(0).hash());
        Map<ParaId, FragmentChain> chains = new TreeMap<>();
        for (Map.Entry<ParaId, BackingState> para : event.paras().entrySet()) {
            BackingState state = para.getValue();
            int cores = queue.coresOf(para.getKey());
            if (queue.isStated() && cores == 0) {
                continue;
            }
            List<PendingCandidate> pending = FragmentChain.importablePending(checks,
                    state.constraints().requiredParent(), state.pendingAvailability());
            int maxDepth = queue.isStated() ? pending.size() + cores - 1 : params.maxCandidateDepth();
            Scope scope = Scope.build(checks, leaf, ancestry, excludedBySession, state.constraints(), pending,
                    maxDepth, relayParents);
            FragmentChain chain = new FragmentChain(scope, checks, emulator, validatesUnconnected,
                    readsSchedulingParent);
            chain.init(para.getKey());
            FragmentChain inherited = previous == null ? null : previous.get(para.getKey());
            if (inherited != null) {
                checks.held(AB_LEAF_001);
                chain.inherit(inherited);
            }
            chains.put(para.getKey(), chain);
        }
        perRelayParent.remove(leaf.hash());
        perRelayParent.put(leaf.hash(), chains);
        activeLeaves.add(leaf.hash());
        implicitView.activate(leaf, ancestry);
    }

    /**
     * The scheduling-parent variant's view of a leaf's ancestry (upstream SchedulingScope and the runtime's
     * ancestor_relay_parent_info): the leaf and the ancestry window are the scheduling parents; the leaf and every
     * supplied ancestor down to the first of a session more than max_relay_parent_session_age before the leaf's are
     * the relay parents the runtime allows, that ancestor and the older ones being excluded under AB-SCOPE-002.
     * Computed for every profile (a few map entries per leaf); only the scheduling-parent variant reads it.
     */
    private Scope.RelayParents relayParents(RelayBlock leaf, List<RelayBlock> window, List<RelayBlock> supplied) {
        Set<RelayHash> scheduling = new LinkedHashSet<>();
        scheduling.add(leaf.hash());
        window.forEach(block -> scheduling.add(block.hash()));
        Map<RelayHash, RelayParentInfo> allowed = new HashMap<>();
        Map<RelayHash, RuleId> excluded = new HashMap<>();
        allowed.put(leaf.hash(), leaf.info());
        long oldestSession = leaf.session() - params.maxRelayParentSessionAge();
        for (RelayBlock ancestor : supplied) {
            if (ancestor.session() < oldestSession || !excluded.isEmpty()) {
                excluded.put(ancestor.hash(), AB_SCOPE_002);
            } else {
                allowed.put(ancestor.hash(), ancestor.info());
            }
        }
        return new Scope.RelayParents(scheduling, allowed, excluded);
    }

    private void deactivate(RelayHash leaf) {
        activeLeaves.remove(leaf);
        implicitView.deactivate(leaf);
        Iterator<RelayHash> it = perRelayParent.keySet().iterator();
        while (it.hasNext()) {
            if (!implicitView.retains(it.next())) {
                checks.fired(AB_LEAF_004);
                it.remove();
            }
        }
    }

    private void introduce(Candidate candidate) {
        if (candidate.receipt().isPresent()) {
            Hash32 hashed = Receipts.validationDataHash(candidate.validationData());
            Optional<Hash32> committed = candidate.descriptorValidationDataHash();
            checks.require(AB_ADMIT_011, committed.isPresent() && committed.get().equals(hashed),
                    "the descriptor commits to validation data %s but the candidate's validation data hashes to %s",
                    committed.map(Hash32::hex).orElse("(a receipt that does not decode)"), hashed);
        }
        checks.require(AB_ADMIT_001, !candidate.outputHead().equals(candidate.parentHead()),
                "output head equals parent head %s", candidate.parentHead());
        boolean scheduled = false;
        boolean kept = false;
        RuleViolation latest = null;
        for (Map.Entry<RelayHash, Map<ParaId, FragmentChain>> entry : perRelayParent.entrySet()) {
            FragmentChain chain = entry.getValue().get(candidate.para());
            if (chain == null) {
                continue;
            }
            scheduled = true;
            try {
                chain.addSeconded(candidate);
                kept = true;
                if (!activeLeaves.contains(entry.getKey())) {
                    checks.held(AB_LEAF_003);
                }
            } catch (RuleViolation violation) {
                latest = violation;
            }
        }
        checks.require(AB_ADMIT_002, scheduled, "%s has no fragment chain under any retained relay parent",
                candidate.para());
        if (!kept) {
            throw latest;
        }
        if (latest != null) {
            checks.held(AB_ADMIT_010);
        }
    }

    private void backed(ParaId para, CandidateHash candidate) {
        for (Map.Entry<RelayHash, Map<ParaId, FragmentChain>> entry : perRelayParent.entrySet()) {
            FragmentChain chain = entry.getValue().get(para);
            if (chain != null) {
                chain.candidateBacked(candidate);
                if (!activeLeaves.contains(entry.getKey()) && chain.isKnown(candidate)) {
                    checks.held(AB_LEAF_003);
                }
            }
        }
    }

    /**
     * The candidates a block author at {@code leaf} may back next for {@code para} (upstream GetBackableCandidates):
     * after the longest prefix of the best chain whose members are all in {@code ancestors}, at most {@code count}
     * candidates, stopping before one pending availability (AB-QUERY-001 to AB-QUERY-003).
     */
    public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
            Set<CandidateHash> ancestors) {
        if (count < 0) {
            throw new IllegalArgumentException("expected a non-negative count but was " + count);
        }
        FragmentChain chain = activeLeaves.contains(leaf) ? perRelayParent.get(leaf).get(para) : null;
        if (count == 0 || chain == null) {
            checks.fired(AB_QUERY_003);
            return List.of();
        }
        checks.held(AB_QUERY_003);
        List<Node> best = chain.bestChain();
        int base = 0;
        while (base < best.size() && ancestors.contains(best.get(base).hash())) {
            base++;
        }
        checks.held(AB_QUERY_001);
        int end = Math.min(base + count, best.size());
        List<BackableCandidate> result = new ArrayList<>();
        for (Node node : best.subList(base, end)) {
            if (chain.scope().isPending(node.hash())) {
                checks.fired(AB_QUERY_002);
                break;
            }
            // Under scheduling-parent upstream answers BackableCandidateRef { candidate_hash, scheduling_parent }.
            result.add(new BackableCandidate(node.hash(),
                    readsSchedulingParent ? node.candidate.schedulingParent() : node.relayParent.hash()));
        }
        return result;
    }

    /**
     * The active leaves, in activation order, under which {@code candidate} could be added now or later, or is already
     * known (upstream GetHypotheticalMembership); the depth limit plays no part (AB-QUERY-004).
     */
    public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
        return membership(candidate, activeLeaves);
    }

    private List<RelayHash> membership(HypotheticalCandidate candidate, Iterable<RelayHash> leaves) {
        List<RelayHash> members = new ArrayList<>();
        for (RelayHash leaf : leaves) {
            FragmentChain chain = perRelayParent.get(leaf).get(candidate.para());
            if (chain == null) {
                continue;
            }
            try {
                chain.checkCanAdd(candidate);
                checks.held(AB_QUERY_004);
                members.add(leaf);
            } catch (RuleViolation violation) {
                checks.fired(AB_QUERY_004);
            }
        }
        return members;
    }

    /**
     * For an active leaf, the earliest relay-parent number each para with a chain may use (upstream
     * GetMinimumRelayParents, AB-QUERY-006); empty for any other block.
     */
    public SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf) {
        TreeMap<ParaId, RelayBlockNumber> result = new TreeMap<>();
        if (!activeLeaves.contains(leaf)) {
            checks.fired(AB_QUERY_006);
            return result;
        }
        checks.held(AB_QUERY_006);
        for (Map.Entry<ParaId, FragmentChain> entry : perRelayParent.get(leaf).entrySet()) {
            result.put(entry.getKey(), entry.getValue().scope().earliest().number());
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * The validation data a collation must use (upstream GetProspectiveValidationData, AB-QUERY-007): searched over the
     * active leaves' chains of the para, it needs the relay parent in some scope, the parent head known (or supplied)
     * and max_pov_size from the base constraints of a chain whose scope holds the relay parent; empty otherwise.
     */
    public Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request) {
        RelayParentInfo relayParent = null;
        HeadData head = request.parentHeadSupplied() ? request.parentHead() : null;
        Long maxPovSize = null;
        for (RelayHash leaf : activeLeaves) {
            FragmentChain chain = perRelayParent.get(leaf).get(request.para());
            if (chain == null) {
                continue;
            }
            // Under scheduling-parent the runtime answers for any relay parent it still allows
            // (fetch_relay_parent_info at the leaf), older than the window too.
            Optional<RelayParentInfo> inScope = readsSchedulingParent
                    ? chain.scope().allowedRelayParent(request.relayParent())
                    : chain.scope().relayParent(request.relayParent());
            if (relayParent == null && inScope.isPresent()) {
                relayParent = inScope.get();
            }
            if (head == null && chain.knowsHead(request.parentHead())) {
                head = request.parentHead();
            }
            if (maxPovSize == null && inScope.isPresent()) {
                maxPovSize = chain.scope().base().maxPovSize();
            }
        }
        if (relayParent == null || head == null || maxPovSize == null) {
            checks.fired(AB_QUERY_007);
            return Optional.empty();
        }
        checks.held(AB_QUERY_007);
        return Optional.of(PersistedValidationData.of(head, relayParent, maxPovSize));
    }

    /** The fragment chain of {@code para} under a retained relay parent, active or not. */
    public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
        Map<ParaId, FragmentChain> chains = perRelayParent.get(relayParent);
        FragmentChain chain = chains == null ? null : chains.get(para);
        return chain == null ? Optional.empty() : Optional.of(chain.view(relayParent, para));
    }

    /** The active leaves in activation order. */
    @DoNotMutate("an accessor for unit tests; no adapter reads it")
    public List<RelayHash> activeLeaves() {
        return List.copyOf(activeLeaves);
    }

    /** The relay parents whose chains are retained (active leaves and deactivated ones still in the implicit view). */
    @DoNotMutate("an accessor for unit tests and the benchmark; no adapter reads it")
    public List<RelayHash> retainedRelayParents() {
        return List.copyOf(perRelayParent.keySet());
    }

    /** The whole observable state. */
    @DoNotMutate("the whole state for unit tests; the adapter answers from chain(relay parent, para)")
    public ProspectiveView view() {
        List<ChainView> chains = new ArrayList<>();
        for (Map.Entry<RelayHash, Map<ParaId, FragmentChain>> entry : perRelayParent.entrySet()) {
            for (Map.Entry<ParaId, FragmentChain> chain : entry.getValue().entrySet()) {
                chains.add(chain.getValue().view(entry.getKey(), chain.getKey()));
            }
        }
        return new ProspectiveView(activeLeaves(), retainedRelayParents(), chains);
    }
}
