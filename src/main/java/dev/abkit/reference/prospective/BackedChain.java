package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.reference.constraints.ConstraintModifications;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.RelayParentInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best backable chain of one fragment chain (upstream {@code BackedChain}): backed candidates building on each
 * other from the included head, indexed by parent head, output head and hash.
 */
final class BackedChain {
    /** One chain element with the stacked modifications of itself and every element before it. */
    static final class Node {
        final Candidate candidate;
        final RelayParentInfo relayParent;
        final ConstraintModifications cumulative;
        final boolean pending;
        private Constraints childConstraints;

        Node(Candidate candidate, RelayParentInfo relayParent, ConstraintModifications cumulative, boolean pending) {
            this.candidate = candidate;
            this.relayParent = relayParent;
            this.cumulative = cumulative;
            this.pending = pending;
        }

        CandidateHash hash() {
            return candidate.hash();
        }

        /**
         * The constraints a child of this node is checked against: the base after the cumulative modifications.
         * Throws {@link dev.abkit.model.RuleViolation} when they do not fit; a success is cached.
         */
        Constraints childConstraints(Constraints base, InclusionEmulator emulator) {
            if (childConstraints == null) {
                childConstraints = emulator.apply(base, cumulative);
            }
            return childConstraints;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<HeadData, Node> byParent = new HashMap<>();
    private final Map<HeadData, Node> byOutput = new HashMap<>();
    private final Map<CandidateHash, Node> byHash = new HashMap<>();
    private int lastPending = -1;

    void push(Node node) {
        nodes.add(node);
        byParent.put(node.candidate.parentHead(), node);
        byOutput.put(node.candidate.outputHead(), node);
        byHash.put(node.hash(), node);
        if (node.pending) {
            lastPending = nodes.size() - 1;
        }
    }

    /** Empties the chain and returns its former elements in order. */
    List<Node> clear() {
        List<Node> removed = new ArrayList<>(nodes);
        nodes.clear();
        byParent.clear();
        byOutput.clear();
        byHash.clear();
        lastPending = -1;
        return removed;
    }

    /**
     * Removes every element after the one whose output head is {@code head} and returns them in order. The position
     * is looked up for the element itself, which is the fix of upstream PR 6417: before it, only a revert to the
     * first element's output worked.
     */
    List<Node> revertAfter(HeadData head) {
        Node keep = byOutput.get(head);
        if (keep == null) {
            return List.of();
        }
        int index = nodes.indexOf(keep);
        List<Node> tail = nodes.subList(index + 1, nodes.size());
        List<Node> removed = new ArrayList<>(tail);
        for (Node node : removed) {
            byParent.remove(node.candidate.parentHead());
            byOutput.remove(node.candidate.outputHead());
            byHash.remove(node.hash());
        }
        tail.clear();
        lastPending = -1;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).pending) {
                lastPending = i;
                break;
            }
        }
        return removed;
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    int size() {
        return nodes.size();
    }

    Node tip() {
        return nodes.get(nodes.size() - 1);
    }

    List<Node> nodes() {
        return nodes;
    }

    boolean contains(CandidateHash hash) {
        return byHash.containsKey(hash);
    }

    Node byParentHead(HeadData head) {
        return byParent.get(head);
    }

    Node byOutputHead(HeadData head) {
        return byOutput.get(head);
    }

    /** The last element pending availability, or null. */
    Node lastPending() {
        return lastPending < 0 ? null : nodes.get(lastPending);
    }
}
