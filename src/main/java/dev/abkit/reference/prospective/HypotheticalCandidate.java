package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;

/**
 * A candidate asked about in a hypothetical-membership query: complete (all data known), or incomplete (only what an
 * advertisement carries: hash, para, parent head and relay parent). Checks that need the output head, the commitments
 * or the validation data are skipped for an incomplete candidate (AB-QUERY-005).
 */
public sealed interface HypotheticalCandidate permits HypotheticalCandidate.Complete, HypotheticalCandidate.Incomplete {
    CandidateHash hash();

    ParaId para();

    /** A candidate whose commitments and validation data are known. */
    record Complete(Candidate candidate) implements HypotheticalCandidate {
        public Complete {
            if (candidate == null) {
                throw new IllegalArgumentException("a complete hypothetical candidate needs the candidate");
            }
        }

        @Override
        public CandidateHash hash() {
            return candidate.hash();
        }

        @Override
        public ParaId para() {
            return candidate.para();
        }
    }

    /**
     * A candidate known only by its hash, para, parent head and relay parent. Under the scheduling-parent variant the
     * block is read as the scheduling parent the advertisement names (the relay parent for V1 and V2 candidates).
     */
    record Incomplete(CandidateHash hash, ParaId para, HeadData parentHead, RelayHash relayParent)
            implements HypotheticalCandidate {
        public Incomplete {
            if (hash == null || para == null || parentHead == null || relayParent == null) {
                throw new IllegalArgumentException("an incomplete hypothetical candidate needs hash, para, parent head"
                        + " and relay parent");
            }
        }
    }
}
