package dev.abkit.reference.collator;

import static dev.abkit.reference.collator.CollatorRules.AB_COL_001;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_002;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_003;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_004;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_005;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_006;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_007;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collator's parent search (upstream cumulus {@code client/consensus/common/src/parent_search.rs}
 * {@code find_potential_parents} @ a23d5a98 and its tests {@code tests.rs} @ b0d7d52d, and {@code find_parent} of
 * the aura collators). Where the two disagree (a pending block unknown locally) the kit follows the tests.
 *
 * <p>Rules, in upstream's order: the included block must be known locally (AB-COL-001); it is a potential parent at
 * depth 0 and with {@code max_depth} 0 the only one (AB-COL-002); a pending block unknown locally ends the search
 * with no parent when alternative branches are ignored (AB-COL-006); with alternatives ignored the path from the
 * included block to the pending block is taken as it is, and the search goes on from the pending block; every other
 * block is a potential parent only if its parent is one and its relay parent lies in the ancestry of the target relay
 * parent (AB-COL-003), no deeper than {@code max_depth} (AB-COL-004); a child branching off the path to the pending
 * block is not aligned with it, and is dropped when alternatives are ignored (AB-COL-005). The collator builds on the
 * deepest potential parent (AB-COL-007).
 *
 * <p>Not guaranteed: the order of the search. Upstream lists potential parents in depth-first order and breaks ties
 * of depth by that order; the kit lists them by depth, then name, and pins the chosen parent only where one block is
 * deepest.
 */
public final class ParentSearch {
    private final Checks checks;
    private final Profile profile;
    private final Map<BlockName, ParaBlockInfo> paraBlocks = new HashMap<>();
    private final Map<BlockName, List<BlockName>> children = new LinkedHashMap<>();
    private final Map<BlockName, RelayBlockInfo> relayBlocks = new HashMap<>();

    public ParentSearch(Checks checks, Profile profile, CollatorView view) {
        this.checks = checks;
        this.profile = profile;
        for (ParaBlockInfo block : view.paraBlocks()) {
            paraBlocks.put(block.name(), block);
            children.computeIfAbsent(block.parent(), p -> new ArrayList<>()).add(block.name());
        }
        for (RelayBlockInfo block : view.relayChain()) {
            relayBlocks.put(block.name(), block);
        }
    }

    /** The potential parents, listed by depth and then name (AB-COL-001 to AB-COL-006). */
    public List<PotentialParent> potentialParents(ParentSearchParams params) {
        List<PotentialParent> found = search(params);
        return found.stream()
                .sorted(Comparator.comparingInt(PotentialParent::depth).thenComparing(PotentialParent::block))
                .toList();
    }

    /** The potential parent the collator builds on: one of the deepest, or none (AB-COL-007). */
    public Optional<PotentialParent> buildParent(ParentSearchParams params) {
        List<PotentialParent> parents = potentialParents(params);
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        int deepest = parents.get(parents.size() - 1).depth();
        checks.report(AB_COL_007, deepest > 0);
        return parents.stream().filter(p -> p.depth() == deepest).findFirst();
    }

    private List<PotentialParent> search(ParentSearchParams params) {
        BlockName included = params.included();
        if (!checks.report(AB_COL_001, paraBlocks.containsKey(included))) {
            return List.of();
        }
        List<PotentialParent> onlyIncluded = List.of(new PotentialParent(included, 0, true));
        if (!checks.report(AB_COL_002, params.maxDepth() > 0)) {
            return onlyIncluded;
        }
        Optional<BlockName> pending = Optional.empty();
        if (params.pending() instanceof Pending.PendingBlock p && !p.block().equals(included)) {
            if (checks.report(AB_COL_006, paraBlocks.containsKey(p.block()))) {
                pending = Optional.of(p.block());
            } else if (params.ignoreAlternativeBranches()) {
                return profile.has(Variant.UNKNOWN_PENDING_INCLUDED_ONLY) ? onlyIncluded : List.of();
            }
        }
        Optional<Route> route = Optional.empty();
        if (pending.isPresent()) {
            route = route(included, pending.get());
            if (route.isEmpty()) {
                return List.of();
            }
        }
        Deque<PotentialParent> frontier = new ArrayDeque<>();
        List<PotentialParent> potential = new ArrayList<>();
        if (pending.isPresent() && params.ignoreAlternativeBranches()) {
            Route toPending = route.get();
            if (!toPending.retracted().isEmpty()) {
                return List.of();
            }
            potential.addAll(onlyIncluded);
            List<BlockName> enacted = toPending.enacted();
            for (int depth = 1; depth < enacted.size(); depth++) {
                if (checks.report(AB_COL_004, depth <= params.maxDepth())) {
                    potential.add(new PotentialParent(enacted.get(depth - 1), depth, true));
                }
            }
            for (PotentialParent onPath : potential) {
                for (BlockName child : children.getOrDefault(onPath.block(), List.of())) {
                    if (!enacted.contains(child)) {
                        // A branch beside the path to the pending block, left out without being searched.
                        checks.fired(AB_COL_005);
                    }
                }
            }
            frontier.push(new PotentialParent(pending.get(), enacted.size(), true));
            if (potential.size() > params.maxDepth()) {
                return potential;
            }
        } else {
            frontier.push(onlyIncluded.get(0));
        }
        Set<BlockName> ancestry = ancestry(params.relayParent(), params.ancestryLookback());
        return searchChildren(params, frontier, potential, pending, route, ancestry);
    }

    private List<PotentialParent> searchChildren(ParentSearchParams params, Deque<PotentialParent> frontier,
            List<PotentialParent> potential, Optional<BlockName> pending, Optional<Route> route,
            Set<BlockName> ancestry) {
        while (!frontier.isEmpty()) {
            PotentialParent entry = frontier.pop();
            boolean isPending = pending.map(entry.block()::equals).orElse(false);
            boolean isIncluded = entry.block().equals(params.included());
            boolean isPotential = isPending || isIncluded
                    || checks.report(AB_COL_003, ancestry.contains(paraBlocks.get(entry.block()).relayParent()));
            if (!isPotential) {
                continue;
            }
            potential.add(entry);
            int childDepth = entry.depth() + 1;
            List<BlockName> kids = children.getOrDefault(entry.block(), List.of());
            if (kids.isEmpty() || !checks.report(AB_COL_004, childDepth <= params.maxDepth())) {
                continue;
            }
            for (BlockName child : kids) {
                boolean aligned = entry.alignedWithPending() && (route.isEmpty()
                        || childDepth > route.get().enacted().size()
                        || pending.map(child::equals).orElse(true)
                        || route.get().enacted().contains(child));
                checks.report(AB_COL_005, aligned);
                if (params.ignoreAlternativeBranches() && !aligned) {
                    continue;
                }
                frontier.push(new PotentialParent(child, childDepth, aligned));
            }
        }
        return potential;
    }

    /**
     * The relay parents a potential parent may have: the target and up to {@code lookback} ancestors, all in the
     * session of the target, none below block #1 (upstream {@code build_relay_parent_ancestry}).
     */
    private Set<BlockName> ancestry(BlockName relayParent, int lookback) {
        Set<BlockName> ancestry = new HashSet<>();
        RelayBlockInfo target = relayBlocks.get(relayParent);
        BlockName current = relayParent;
        while (target != null && ancestry.size() <= lookback) {
            RelayBlockInfo block = relayBlocks.get(current);
            if (block == null || block.session() != target.session()) {
                break;
            }
            ancestry.add(current);
            current = block.parent();
            if (block.number() == 1) {
                break;
            }
        }
        return ancestry;
    }

    /**
     * The tree route from the included block to the pending block (upstream {@code sp_blockchain::tree_route}):
     * the blocks retracted from the included block down to the common ancestor, and the blocks enacted from there up
     * to the pending block, oldest first. Empty when the two share no ancestor the collator knows.
     */
    private Optional<Route> route(BlockName from, BlockName to) {
        List<BlockName> fromChain = chain(from);
        List<BlockName> toChain = chain(to);
        for (int i = 0; i < fromChain.size(); i++) {
            int j = toChain.indexOf(fromChain.get(i));
            if (j >= 0) {
                List<BlockName> enacted = new ArrayList<>(toChain.subList(0, j));
                Collections.reverse(enacted);
                return Optional.of(new Route(List.copyOf(fromChain.subList(0, i)), List.copyOf(enacted)));
            }
        }
        return Optional.empty();
    }

    /** The block and its known ancestors, newest first. */
    private List<BlockName> chain(BlockName block) {
        List<BlockName> chain = new ArrayList<>();
        Set<BlockName> seen = new HashSet<>();
        BlockName current = block;
        while (paraBlocks.containsKey(current) && seen.add(current)) {
            chain.add(current);
            current = paraBlocks.get(current).parent();
        }
        return chain;
    }

    private record Route(List<BlockName> retracted, List<BlockName> enacted) {
    }
}
