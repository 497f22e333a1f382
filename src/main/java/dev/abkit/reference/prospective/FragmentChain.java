package dev.abkit.reference.prospective;

import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_006;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_008;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_009;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_LEAF_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_QUERY_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_006;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.model.RuleViolation;
import dev.abkit.reference.constraints.ConstraintModifications;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.prospective.BackedChain.Node;
import dev.abkit.reference.prospective.CandidateStorage.Entry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fragment chain of one para under one relay parent (upstream {@code FragmentChain}): the best backable chain and
 * the unconnected candidates, with the checks that decide whether a candidate has potential. Mutable; every operation
 * costs at most linear time in the candidates of this chain (times the constraint check of one candidate).
 */
final class FragmentChain {
    private final Scope scope;
    private final Checks checks;
    private final InclusionEmulator emulator;
    private final boolean validatesUnconnected;
    private final boolean readsSchedulingParent;
    private final BackedChain chain = new BackedChain();
    private CandidateStorage unconnected = new CandidateStorage();

    FragmentChain(Scope scope, Checks checks, InclusionEmulator emulator, boolean validatesUnconnected,
            boolean readsSchedulingParent) {
        this.scope = scope;
        this.checks = checks;
        this.emulator = emulator;
        this.validatesUnconnected = validatesUnconnected;
        this.readsSchedulingParent = readsSchedulingParent;
    }

    Scope scope() {
        return scope;
    }

    /**
     * The candidates pending availability the node takes from the runtime's list (upstream
     * handle_active_leaves_update): each builds on the previous one's output from {@code requiredParent}, and the
     * first whose output equals its parent (a zero-length cycle, AB-ADMIT-001) ends the list, itself excluded.
     */
    static List<PendingCandidate> importablePending(Checks checks, HeadData requiredParent,
            List<PendingCandidate> pendingAvailability) {
        List<PendingCandidate> importable = new ArrayList<>();
        HeadData parent = requiredParent;
        for (PendingCandidate p : pendingAvailability) {
            if (p.commitments().headData().equals(parent)) {
                checks.fired(AB_ADMIT_001);
                break;
            }
            importable.add(p);
            parent = p.commitments().headData();
        }
        return importable;
    }

    /**
     * Fills the best chain with the candidates pending availability of the scope (upstream FragmentChain::init),
     * turned into backed candidates building on each other from the included head.
     */
    void init(ParaId para) {
        CandidateStorage storage = new CandidateStorage();
        HeadData parent = scope.base().requiredParent();
        for (PendingCandidate p : scope.pendingAvailability()) {
            Candidate candidate = pendingAsCandidate(para, parent, p);
            storage.add(new Entry(candidate, CandidateState.BACKED));
            parent = candidate.outputHead();
        }
        populateChain(storage);
    }

    private static Candidate pendingAsCandidate(ParaId para, HeadData parent, PendingCandidate p) {
        return new Candidate(p.hash(), para, p.relayParent().hash(),
                PersistedValidationData.of(parent, p.relayParent(), p.maxPovSize()),
                p.commitments(), p.codeHash());
    }

    /**
     * Adds the candidates of the parent block's chain (upstream populate_from_previous): its unconnected candidates
     * and its best-chain candidates that were not pending availability there (AB-LEAF-002), re-validated here.
     */
    void inherit(FragmentChain previous) {
        CandidateStorage storage = previous.unconnected.copy();
        for (Node node : previous.chain.nodes()) {
            if (previous.scope.isPending(node.hash())) {
                checks.fired(AB_LEAF_002);
                continue;
            }
            storage.add(new Entry(node.candidate, CandidateState.BACKED));
        }
        populateChain(storage);
        trimIneligibleForks(storage, Optional.empty());
        keepPotentialCandidates(storage);
    }

    /**
     * Keeps a seconded candidate as unconnected if it has potential; throws the violated rule otherwise. A candidate
     * already known is kept as it is (AB-ADMIT-008).
     */
    void addSeconded(Candidate candidate) {
        if (isKnown(candidate.hash())) {
            checks.held(AB_ADMIT_008);
            return;
        }
        if (readsSchedulingParent) {
            checkRelayParentAllowed(candidate);
        }
        checkPotential(new HypotheticalCandidate.Complete(candidate));
        unconnected.add(new Entry(candidate, CandidateState.SECONDED));
    }

    boolean isKnown(CandidateHash hash) {
        return chain.contains(hash) || unconnected.contains(hash);
    }

    /** Whether the candidate could be added now or later, or is known (upstream can_add_candidate_as_potential). */
    void checkCanAdd(HypotheticalCandidate candidate) {
        if (isKnown(candidate.hash())) {
            checks.held(AB_ADMIT_008);
            return;
        }
        checkPotential(candidate);
    }

    /**
     * Marks a stored candidate backed (upstream candidate_backed). If it builds on the included head or on a chain
     * element, the chain is reverted to that point and rebuilt, so a lower-hash fork replaces the old branch
     * (AB-FORK-003); otherwise the candidate waits, backed, in the unconnected storage.
     */
    void candidateBacked(CandidateHash hash) {
        if (chain.contains(hash)) {
            return;
        }
        Entry entry = unconnected.get(hash);
        if (entry == null) {
            return;
        }
        unconnected.markBacked(hash);
        HeadData parent = entry.candidate().parentHead();
        if (!revertTo(parent)) {
            return;
        }
        CandidateStorage storage = unconnected;
        unconnected = new CandidateStorage();
        populateChain(storage);
        trimIneligibleForks(storage, Optional.of(parent));
        keepPotentialCandidates(storage);
    }

    private boolean revertTo(HeadData parent) {
        List<Node> removed;
        if (scope.base().requiredParent().equals(parent)) {
            removed = chain.clear();
        } else if (chain.byOutputHead(parent) != null) {
            removed = chain.revertAfter(parent);
        } else {
            return false;
        }
        if (!removed.isEmpty()) {
            checks.held(AB_FORK_003);
        }
        for (Node node : removed) {
            unconnected.add(new Entry(node.candidate, CandidateState.BACKED));
        }
        return true;
    }

    /**
     * The potential check (upstream check_potential), in upstream order: zero-length cycle, relay parent in scope,
     * relay parent not before the last pending one, forks, then, for a candidate connected to the chain or the
     * included head, cycles, constraints and relay-parent order. An unconnected candidate passes after the first
     * checks (AB-ADMIT-003). Throws {@link RuleViolation} naming the rule that fired.
     */
    void checkPotential(HypotheticalCandidate candidate) {
        Candidate complete = candidate instanceof HypotheticalCandidate.Complete c ? c.candidate() : null;
        HeadData parentHead = complete != null
                ? complete.parentHead() : ((HypotheticalCandidate.Incomplete) candidate).parentHead();
        RelayHash relayParentHash = complete != null
                ? complete.relayParent() : ((HypotheticalCandidate.Incomplete) candidate).relayParent();
        HeadData output = complete != null ? complete.outputHead() : null;
        if (output != null) {
            checks.require(AB_ADMIT_001, !output.equals(parentHead),
                    "output head equals parent head %s", parentHead);
        } else {
            checks.held(AB_QUERY_005);
        }
        if (readsSchedulingParent && complete == null) {
            checkIncompleteUnderSchedulingParent(candidate, relayParentHash, parentHead);
            return;
        }
        RelayParentInfo relayParent;
        RelayParentInfo floor;
        Node lastPending = chain.lastPending();
        if (readsSchedulingParent) {
            relayParent = checkSchedulingScope(complete);
            floor = lastPending != null ? lastPending.relayParent : relayParent;
        } else {
            Optional<RelayParentInfo> inScope = scope.relayParent(relayParentHash);
            if (inScope.isEmpty()) {
                checks.require(scope.exclusionRule(relayParentHash), false,
                        "relay parent %s is not in the scope of leaf %s (earliest allowed %s)", relayParentHash,
                        scope.leaf().number(), scope.earliest().number());
            }
            relayParent = inScope.orElseThrow();
            floor = lastPending != null ? lastPending.relayParent : scope.earliest();
        }
        checks.require(AB_PA_003, !relayParent.number().isBefore(floor.number()),
                "relay parent %s precedes %s, the relay parent of the last candidate pending availability"
                        + " (or the earliest in scope)", relayParent.number(), floor.number());
        checkForks(candidate, parentHead);
        Node parent = chain.byOutputHead(parentHead);
        Constraints constraints;
        Optional<RelayParentInfo> parentRelayParent;
        if (parent != null) {
            constraints = parent.childConstraints(scope.base(), emulator);
            parentRelayParent = readsSchedulingParent
                    ? Optional.of(parent.relayParent) : scope.relayParent(parent.relayParent.hash());
        } else if (scope.base().requiredParent().equals(parentHead)) {
            constraints = scope.base();
            parentRelayParent = Optional.empty();
        } else {
            if (validatesUnconnected) {
                checkUnconnected(relayParent, output, complete);
            }
            checks.held(AB_ADMIT_003);
            return;
        }
        if (output != null) {
            checks.require(AB_ADMIT_004, chain.byParentHead(output) == null,
                    "output head %s is the parent head of best-chain candidate %s (cycle)", output,
                    chain.byParentHead(output) == null ? "-" : chain.byParentHead(output).hash());
            checks.require(AB_ADMIT_005, chain.byOutputHead(output) == null,
                    "output head %s is already the output of best-chain candidate %s (multiple paths)", output,
                    chain.byOutputHead(output) == null ? "-" : chain.byOutputHead(output).hash());
        }
        if (complete != null) {
            emulator.check(relayParent, constraints, complete.commitments(), complete.codeHash(),
                    complete.validationData());
            checks.held(AB_ADMIT_006);
        }
        checks.require(AB_CONS_003, !relayParent.number().isBefore(constraints.minRelayParentNumber()),
                "relay parent %s is older than min_relay_parent_number %s", relayParent.number(),
                constraints.minRelayParentNumber());
        if (parentRelayParent.isPresent()) {
            checks.require(AB_ADMIT_007, !relayParent.number().isBefore(parentRelayParent.get().number()),
                    "relay parent %s is older than the parent candidate's relay parent %s", relayParent.number(),
                    parentRelayParent.get().number());
        }
        if (parent != null && parent == chain.tip() && chain.size() > scope.maxDepth()) {
            checks.held(AB_ADMIT_009);
        }
    }

    /**
     * The scheduling-parent variant's relay-parent checks of a complete candidate (upstream check_potential of 2026
     * master): the relay parent is read from the candidate's validation data and need not be in the ancestry window,
     * but not below the para's min_relay_parent_number (AB-SCOPE-003); the scheduling parent must be the leaf or one
     * of its ancestors in the window (AB-SCOPE-006, SchedulingParentNotInScope). Upstream checks the scheduling
     * parent first and the minimum after the fork checks; a vector pins one rule, so the order does not show.
     */
    private RelayParentInfo checkSchedulingScope(Candidate candidate) {
        checks.require(AB_SCOPE_006, scope.isSchedulingParent(candidate.schedulingParent()),
                "scheduling parent %s is neither leaf %s nor one of its ancestors in the window",
                candidate.schedulingParent(), scope.leaf().number());
        RelayParentInfo relayParent = candidate.relayParentInfo();
        checks.require(AB_SCOPE_003, !relayParent.number().isBefore(scope.base().minRelayParentNumber()),
                "relay parent %s is below min_relay_parent_number %s", relayParent.number(),
                scope.base().minRelayParentNumber());
        return relayParent;
    }

    /**
     * An incomplete hypothetical candidate under the scheduling-parent variant (upstream
     * can_add_candidate_as_potential_hypothetical of 2026 master): an advertisement names the scheduling parent, which
     * must be in the window (AB-SCOPE-006); the fork checks follow, and without a relay parent nothing else is
     * checked (AB-QUERY-005): no pending-availability order, no min_relay_parent_number, no relay-parent order.
     */
    private void checkIncompleteUnderSchedulingParent(HypotheticalCandidate candidate, RelayHash schedulingParent,
            HeadData parentHead) {
        checks.require(AB_SCOPE_006, scope.isSchedulingParent(schedulingParent),
                "scheduling parent %s is neither leaf %s nor one of its ancestors in the window", schedulingParent,
                scope.leaf().number());
        checkForks(candidate, parentHead);
    }

    /** A fork of the best chain: never of a pending candidate (AB-PA-004), only with a lower hash (AB-FORK-001). */
    private void checkForks(HypotheticalCandidate candidate, HeadData parentHead) {
        Node sibling = chain.byParentHead(parentHead);
        if (sibling != null) {
            checks.require(AB_PA_004, !sibling.pending,
                    "forks candidate %s, which is pending availability", sibling.hash());
            checks.require(AB_FORK_001, !sibling.hash().isLowerThan(candidate.hash()),
                    "forks best-chain candidate %s, whose hash is lower than %s", sibling.hash(), candidate.hash());
        }
    }

    /**
     * The scheduling-parent variant's check on introduction (upstream verify_relay_parent_within_scope): the runtime
     * must still allow the relay parent, that is it is the leaf or an ancestor of its session or of the
     * max_relay_parent_session_age sessions before (AB-SCOPE-002; an unknown block, AB-SCOPE-001), and the validation
     * data must carry its number and state root (else it is not the block the runtime knows, AB-SCOPE-001).
     */
    private void checkRelayParentAllowed(Candidate candidate) {
        Optional<RelayParentInfo> allowed = scope.allowedRelayParent(candidate.relayParent());
        if (allowed.isEmpty()) {
            checks.require(scope.allowedRelayParentExclusion(candidate.relayParent()), false,
                    "relay parent %s is not one the runtime allows at leaf %s (max_relay_parent_session_age)",
                    candidate.relayParent(), scope.leaf().number());
        }
        checks.require(AB_SCOPE_001, allowed.orElseThrow().equals(candidate.relayParentInfo()),
                "the validation data gives relay parent %s number %s, the runtime %s",
                candidate.relayParent(), candidate.validationData().relayParentNumber(), allowed.orElseThrow());
    }

    /**
     * The unconnected-validated variant (2026 master): a candidate whose parent is unknown may not close a cycle with
     * the best chain, and its commitments must fit the base constraints, before it is kept.
     */
    private void checkUnconnected(RelayParentInfo relayParent, HeadData output, Candidate complete) {
        if (output != null) {
            checks.require(AB_ADMIT_004, chain.byParentHead(output) == null,
                    "output head %s of a candidate with an unknown parent is the parent head of a best-chain"
                            + " candidate (cycle)", output);
            checks.require(AB_ADMIT_005, chain.byOutputHead(output) == null,
                    "output head %s of a candidate with an unknown parent is already a best-chain output (multiple"
                            + " paths)", output);
        }
        if (complete != null) {
            emulator.checkCommitments(relayParent, scope.base(), complete.commitments(), complete.codeHash());
        }
    }

    private boolean hasPotential(Candidate candidate) {
        try {
            checkPotential(new HypotheticalCandidate.Complete(candidate));
            return true;
        } catch (RuleViolation violation) {
            RuleId rule = violation.rule();
            if (rule.equals(AB_SCOPE_001) || rule.equals(AB_SCOPE_002) || rule.equals(AB_SCOPE_003)
                    || rule.equals(AB_SCOPE_006)) {
                checks.fired(AB_SCOPE_004);
            }
            return false;
        }
    }

    /**
     * Drops, breadth-first from the chain's parent heads (or from {@code start}), every stored candidate that lost
     * its potential and every stored descendant of one (upstream trim_uneligible_forks, AB-SCOPE-005).
     */
    private void trimIneligibleForks(CandidateStorage storage, Optional<HeadData> start) {
        ArrayDeque<HeadData> heads = new ArrayDeque<>();
        ArrayDeque<Boolean> potential = new ArrayDeque<>();
        if (start.isPresent()) {
            heads.add(start.get());
            potential.add(true);
        } else if (chain.isEmpty()) {
            heads.add(scope.base().requiredParent());
            potential.add(true);
        } else {
            for (Node node : chain.nodes()) {
                heads.add(node.candidate.parentHead());
                potential.add(true);
            }
        }
        Set<HeadData> visited = new HashSet<>();
        while (!heads.isEmpty()) {
            HeadData head = heads.poll();
            boolean parentHasPotential = potential.poll();
            visited.add(head);
            List<CandidateHash> toRemove = new ArrayList<>();
            for (CandidateHash childHash : storage.children(head)) {
                Entry child = storage.get(childHash);
                if (visited.contains(child.candidate().outputHead())) {
                    continue;
                }
                if (parentHasPotential && hasPotential(child.candidate())) {
                    heads.add(child.candidate().outputHead());
                    potential.add(true);
                } else {
                    if (!parentHasPotential) {
                        checks.fired(AB_SCOPE_005);
                    }
                    toRemove.add(childHash);
                    heads.add(child.candidate().outputHead());
                    potential.add(false);
                }
            }
            toRemove.forEach(storage::remove);
        }
    }

    /** Keeps every remaining candidate that still has potential (populate_unconnected_potential_candidates). */
    private void keepPotentialCandidates(CandidateStorage storage) {
        for (Entry entry : storage.entries()) {
            if (scope.isPending(entry.hash()) || isKnown(entry.hash())) {
                continue;
            }
            if (hasPotential(entry.candidate())) {
                unconnected.add(entry);
            }
        }
    }

    /** The best choice so far among the children that qualify for the chain. */
    private record Choice(Candidate candidate, RelayParentInfo relayParent, ConstraintModifications modifications,
            boolean pending) {
    }

    /**
     * Extends the best chain from {@code storage} (upstream populate_chain): repeatedly picks, among the backed
     * children of the tip that qualify, a pending one or else the lowest hash, until none qualifies or the chain
     * holds max_candidate_depth + 1 elements. Chosen candidates leave {@code storage}.
     */
    private void populateChain(CandidateStorage storage) {
        RelayBlockNumber earliest = chain.isEmpty() ? earliestWhenEmpty() : chain.tip().relayParent.number();
        int pushed = 0;
        while (true) {
            if (chain.size() > scope.maxDepth()) {
                if (!chain.isEmpty() && storage.hasParentHead(chain.tip().candidate.outputHead())) {
                    checks.fired(AB_CHAIN_001);
                }
                break;
            }
            Constraints childConstraints;
            try {
                childConstraints = chain.isEmpty()
                        ? scope.base() : chain.tip().childConstraints(scope.base(), emulator);
            } catch (RuleViolation violation) {
                break;
            }
            Choice best = null;
            int qualifying = 0;
            for (CandidateHash hash : storage.children(childConstraints.requiredParent())) {
                Choice choice = qualify(storage.get(hash), childConstraints, earliest);
                if (choice == null) {
                    continue;
                }
                qualifying++;
                if (best == null || isBetter(choice, best)) {
                    best = choice;
                }
            }
            if (best == null) {
                break;
            }
            if (best.pending()) {
                checks.held(AB_PA_001);
            } else if (qualifying > 1) {
                checks.held(AB_FORK_002);
            }
            checks.held(AB_CHAIN_001);
            if (pushed > 0) {
                checks.held(AB_CHAIN_003);
            }
            storage.remove(best.candidate().hash());
            ConstraintModifications cumulative = chain.isEmpty()
                    ? best.modifications() : chain.tip().cumulative.stack(best.modifications());
            chain.push(new Node(best.candidate(), best.relayParent(), cumulative, best.pending()));
            earliest = best.relayParent().number();
            pushed++;
        }
    }

    private static boolean isBetter(Choice candidate, Choice best) {
        if (best.pending()) {
            return false;
        }
        if (candidate.pending()) {
            return true;
        }
        return candidate.candidate().hash().isLowerThan(best.candidate().hash());
    }

    /**
     * The earliest relay parent a first candidate of the chain may have: the oldest block in scope, or, under the
     * scheduling-parent variant, the para's min_relay_parent_number (upstream earliest_relay_parent_number).
     */
    private RelayBlockNumber earliestWhenEmpty() {
        return readsSchedulingParent ? scope.base().minRelayParentNumber() : scope.earliest().number();
    }

    private Choice qualify(Entry entry, Constraints childConstraints, RelayBlockNumber earliest) {
        if (entry.state() != CandidateState.BACKED) {
            checks.fired(AB_CHAIN_002);
            return null;
        }
        Candidate candidate = entry.candidate();
        Optional<PendingCandidate> pending = scope.pending(candidate.hash());
        Optional<RelayParentInfo> inScope = readsSchedulingParent
                ? Optional.of(candidate.relayParentInfo()).filter(rp -> scope.isSchedulingParent(
                        candidate.schedulingParent()))
                : scope.relayParent(candidate.relayParent());
        RelayParentInfo relayParent;
        if (pending.isPresent()) {
            relayParent = pending.get().relayParent();
            if (inScope.isEmpty()) {
                checks.held(AB_PA_002);
            }
        } else if (inScope.isPresent()) {
            relayParent = inScope.get();
        } else {
            return null;
        }
        HeadData output = candidate.outputHead();
        if (chain.byParentHead(output) != null || chain.byOutputHead(output) != null) {
            return null;
        }
        long minimum = pending.isPresent() && chain.isEmpty()
                ? pending.get().relayParent().number().value() : earliest.value();
        boolean movesBackwards = relayParent.number().value() < minimum;
        if (pending.isPresent() && movesBackwards) {
            checks.fired(AB_PA_005);
            return null;
        } else if (pending.isPresent()) {
            checks.held(AB_PA_005);
        } else if (movesBackwards) {
            checks.fired(AB_CHAIN_004);
            return null;
        } else {
            checks.held(AB_CHAIN_004);
        }
        if (chain.contains(candidate.hash())) {
            return null;
        }
        Constraints constraints = pending.isPresent()
                ? childConstraints.withMinRelayParentNumber(pending.get().relayParent().number())
                : childConstraints;
        try {
            ConstraintModifications modifications = emulator.check(relayParent, constraints,
                    candidate.commitments(), candidate.codeHash(), candidate.validationData());
            return new Choice(candidate, relayParent, modifications, pending.isPresent());
        } catch (RuleViolation violation) {
            return null;
        }
    }

    List<Node> bestChain() {
        return chain.nodes();
    }


    /** Whether some candidate here builds on or outputs {@code head}, or it is the included head. */
    boolean knowsHead(HeadData head) {
        return scope.base().requiredParent().equals(head)
                || chain.byParentHead(head) != null
                || chain.byOutputHead(head) != null
                || unconnected.hasOutputHead(head)
                || unconnected.hasParentHead(head);
    }

    ChainView view(RelayHash relayParent, ParaId para) {
        List<CandidateHash> best = new ArrayList<>(chain.size());
        for (Node node : chain.nodes()) {
            best.add(node.hash());
        }
        TreeMap<CandidateHash, CandidateState> stored = new TreeMap<>();
        for (Entry entry : unconnected.entries()) {
            stored.put(entry.hash(), entry.state());
        }
        return new ChainView(relayParent, para, best, stored);
    }

}
