package dev.abkit.reference.prospective;

import dev.abkit.model.RelayHash;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which relay blocks the node still retains (upstream {@code backing_implicit_view::View}): every active leaf and the
 * ancestry it was activated with, pruned only when a leaf is deactivated, down to the smallest retain minimum of the
 * remaining leaves (AB-LEAF-004).
 */
final class ImplicitView {
    /** Always keep at least the leaf's parent: retain minimum is at most the leaf number minus this. */
    static final long MINIMUM_RETAIN_LENGTH = 2;

    private final Map<RelayHash, Long> blocks = new HashMap<>();
    private final Map<RelayHash, Long> leafRetainMinimum = new LinkedHashMap<>();

    /**
     * Notes an active leaf and its session-bounded ancestry (parent first); a leaf already active is left as it is.
     * The leaf's retain minimum is min(oldest ancestor number, leaf number - 2), and 0 when the ancestry is empty
     * (allowed_ancestry_len 0, or a session boundary right below the leaf), as upstream's
     * {@code activate_leaf_from_prospective_parachains} takes {@code unwrap_or(0)}: while such a leaf is active,
     * nothing is pruned.
     */
    void activate(RelayBlock leaf, List<RelayBlock> ancestry) {
        if (leafRetainMinimum.containsKey(leaf.hash())) {
            return;
        }
        long oldest = ancestry.isEmpty() ? 0 : ancestry.get(ancestry.size() - 1).number().value();
        long retainMinimum = Math.min(oldest, Math.max(0, leaf.number().value() - MINIMUM_RETAIN_LENGTH));
        leafRetainMinimum.put(leaf.hash(), retainMinimum);
        for (RelayBlock ancestor : ancestry) {
            blocks.put(ancestor.hash(), ancestor.number().value());
        }
        blocks.put(leaf.hash(), leaf.number().value());
    }

    /** Forgets a leaf and prunes every block below the remaining leaves' smallest retain minimum (all if none). */
    void deactivate(RelayHash leaf) {
        if (leafRetainMinimum.remove(leaf) == null) {
            return;
        }
        OptionalLong minimum = leafRetainMinimum.values().stream().mapToLong(Long::longValue).min();
        blocks.values().removeIf(number -> minimum.isEmpty() || number < minimum.getAsLong());
    }

    boolean retains(RelayHash block) {
        return blocks.containsKey(block);
    }
}
