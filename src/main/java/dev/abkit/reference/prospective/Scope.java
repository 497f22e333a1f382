package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_003;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.RelayParentInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope of one fragment chain (upstream {@code Scope}): the leaf, the ancestors a candidate may use as relay
 * parent, the base constraints and the candidates pending availability. Immutable once built.
 */
final class Scope {
    private final RelayBlock leaf;
    private final List<RelayBlock> ancestors;
    private final Map<RelayHash, RelayParentInfo> allowed;
    private final Map<RelayHash, RuleId> excluded;
    private final Map<CandidateHash, PendingCandidate> pending;
    private final Constraints base;
    private final int maxDepth;
    private final RelayParents relayParents;

    /**
     * What the scheduling-parent variant reads of the leaf's ancestry (upstream SchedulingScope and the runtime's
     * ancestor_relay_parent_info): the scheduling parents (the leaf and its ancestors in the ancestry window and the
     * leaf's session, whatever min_relay_parent_number says), and the relay parents the runtime still allows (the
     * leaf and the supplied ancestors of its session or of the max_relay_parent_session_age sessions before), with
     * the rule that excludes any other supplied ancestor (AB-SCOPE-002).
     */
    record RelayParents(Set<RelayHash> schedulingParents, Map<RelayHash, RelayParentInfo> allowed,
            Map<RelayHash, RuleId> excluded) {
        RelayParents {
            schedulingParents = Set.copyOf(schedulingParents);
            allowed = Map.copyOf(allowed);
            excluded = Map.copyOf(excluded);
        }
    }

    private Scope(RelayBlock leaf, List<RelayBlock> ancestors, Map<RelayHash, RuleId> excluded,
            List<PendingCandidate> pending, Constraints base, int maxDepth, RelayParents relayParents) {
        this.leaf = leaf;
        this.ancestors = List.copyOf(ancestors);
        this.allowed = new HashMap<>();
        allowed.put(leaf.hash(), leaf.info());
        for (RelayBlock ancestor : ancestors) {
            allowed.put(ancestor.hash(), ancestor.info());
        }
        this.excluded = excluded;
        this.pending = new LinkedHashMap<>();
        for (PendingCandidate p : pending) {
            this.pending.put(p.hash(), p);
        }
        this.base = base;
        this.maxDepth = maxDepth;
        this.relayParents = relayParents;
    }

    /**
     * Builds the scope of one para from the leaf's session-bounded ancestry (parent first), taking ancestors only down
     * to {@code base.minRelayParentNumber()} (AB-SCOPE-003). {@code excludedBySession} names the ancestors the session
     * cut removed, so that a relay parent among them is reported under AB-SCOPE-002.
     */
    static Scope build(Checks checks, RelayBlock leaf, List<RelayBlock> ancestry,
            Map<RelayHash, RuleId> excludedBySession, Constraints base, List<PendingCandidate> pending, int maxDepth,
            RelayParents relayParents) {
        Map<RelayHash, RuleId> excluded = new HashMap<>(excludedBySession);
        List<RelayBlock> taken = new ArrayList<>();
        long previous = leaf.number().value();
        for (RelayBlock ancestor : ancestry) {
            if (previous == base.minRelayParentNumber().value()) {
                checks.fired(AB_SCOPE_003);
                excluded.put(ancestor.hash(), AB_SCOPE_003);
                continue;
            }
            taken.add(ancestor);
            previous = ancestor.number().value();
        }
        if (!ancestry.isEmpty() && taken.size() == ancestry.size()) {
            checks.held(AB_SCOPE_003);
        }
        return new Scope(leaf, taken, excluded, pending, base, maxDepth, relayParents);
    }

    RelayBlock leaf() {
        return leaf;
    }

    Constraints base() {
        return base;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** The relay parent info of {@code hash} if it is the leaf or an ancestor in scope. */
    Optional<RelayParentInfo> relayParent(RelayHash hash) {
        return Optional.ofNullable(allowed.get(hash));
    }

    /** Whether {@code hash} may be a candidate's scheduling parent under the scheduling-parent variant (AB-SCOPE-006). */
    boolean isSchedulingParent(RelayHash hash) {
        return relayParents.schedulingParents().contains(hash);
    }

    /** The relay parent info the runtime gives for {@code hash} under the scheduling-parent variant, if it allows it. */
    Optional<RelayParentInfo> allowedRelayParent(RelayHash hash) {
        return Optional.ofNullable(relayParents.allowed().get(hash));
    }

    /** Which rule excludes a relay parent the runtime does not allow under the scheduling-parent variant. */
    RuleId allowedRelayParentExclusion(RelayHash hash) {
        return relayParents.excluded().getOrDefault(hash, AB_SCOPE_001);
    }

    /** Which rule excludes a relay parent that is not in scope: session cut, minimum cut, or the ancestry bound. */
    RuleId exclusionRule(RelayHash hash) {
        return excluded.getOrDefault(hash, AB_SCOPE_001);
    }

    /** The oldest relay parent in scope: the last ancestor taken, or the leaf (upstream earliest_relay_parent). */
    RelayParentInfo earliest() {
        return ancestors.isEmpty() ? leaf.info() : ancestors.get(ancestors.size() - 1).info();
    }

    /** The candidates pending availability in the runtime's order. */
    List<PendingCandidate> pendingAvailability() {
        return List.copyOf(pending.values());
    }

    boolean isPending(CandidateHash hash) {
        return pending.containsKey(hash);
    }

    Optional<PendingCandidate> pending(CandidateHash hash) {
        return Optional.ofNullable(pending.get(hash));
    }
}
