package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.spi.ProspectiveParachainsSubject;

/** AB-CHAIN-001 checked with <= d + 1 before adding: the best chain grows to max_candidate_depth + 2. */
public final class BestChainHoldsDepthPlusTwo extends Faulty {
    public BestChainHoldsDepthPlusTwo() {
        super(Subject.PROSPECTIVE_PARACHAINS);
    }

    @Override
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        return reference.prospectiveParachains(new AsyncBackingParams(params.maxCandidateDepth() + 1,
                params.allowedAncestryLen()));
    }
}
