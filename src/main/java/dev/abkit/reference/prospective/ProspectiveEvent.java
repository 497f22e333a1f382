package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A step of the prospective-parachains model. */
public sealed interface ProspectiveEvent permits ProspectiveEvent.ActivateLeaf, ProspectiveEvent.DeactivateLeaf,
        ProspectiveEvent.UpdateLeaves, ProspectiveEvent.IntroduceSeconded, ProspectiveEvent.CandidateBacked {

    /**
     * A new active leaf. {@code ancestors} are the leaf's ancestors, parent first, each the parent of the one before;
     * only the first {@code allowed_ancestry_len} in the leaf's session are used (AB-SCOPE-001, AB-SCOPE-002), so a
     * caller may supply more. {@code paras} holds the runtime's backing state of every para scheduled at the leaf; a
     * para without an entry gets no fragment chain.
     */
    record ActivateLeaf(RelayBlock leaf, List<RelayBlock> ancestors, SortedMap<ParaId, BackingState> paras)
            implements ProspectiveEvent {
        public ActivateLeaf {
            if (leaf == null) {
                throw new IllegalArgumentException("a leaf activation needs the leaf");
            }
            ancestors = List.copyOf(ancestors);
            paras = Collections.unmodifiableSortedMap(new TreeMap<>(paras));
        }

        public static ActivateLeaf of(RelayBlock leaf, List<RelayBlock> ancestors, Map<ParaId, BackingState> paras) {
            return new ActivateLeaf(leaf, ancestors, new TreeMap<>(paras));
        }
    }

    /** A leaf is no longer active; its chains stay while the block is retained by the implicit view (AB-LEAF-003). */
    record DeactivateLeaf(RelayHash leaf) implements ProspectiveEvent {
        public DeactivateLeaf {
            if (leaf == null) {
                throw new IllegalArgumentException("a leaf deactivation needs the leaf");
            }
        }
    }

    /**
     * One update of the active leaves as the node receives it (upstream {@code ActiveLeavesUpdate}): at most one
     * activation (an empty list for none) and any number of deactivations. The activation is processed first, unless
     * the same update deactivates that leaf, then the deactivations in order (AB-LEAF-006).
     */
    record UpdateLeaves(List<ActivateLeaf> activated, List<RelayHash> deactivated) implements ProspectiveEvent {
        public UpdateLeaves {
            activated = List.copyOf(activated);
            deactivated = List.copyOf(deactivated);
            if (activated.size() > 1) {
                throw new IllegalArgumentException("an update activates at most one leaf but this one activates "
                        + activated.size());
            }
        }
    }

    /** A backing validator seconded {@code candidate} and asks to keep it (upstream IntroduceSecondedCandidate). */
    record IntroduceSeconded(Candidate candidate) implements ProspectiveEvent {
        public IntroduceSeconded {
            if (candidate == null) {
                throw new IllegalArgumentException("an introduction needs the candidate");
            }
        }
    }

    /** The backing group reached quorum on a candidate (upstream CandidateBacked); unknown candidates are ignored. */
    record CandidateBacked(ParaId para, CandidateHash candidate) implements ProspectiveEvent {
        public CandidateBacked {
            if (para == null || candidate == null) {
                throw new IllegalArgumentException("a backing notice needs a para and a candidate hash");
            }
        }
    }
}
