package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.spi.ProspectiveParachainsSubject;

/** AB-SCOPE-001 with one ancestor too many: relay parents up to allowed_ancestry_len + 1 blocks back are in scope. */
public final class RelayParentScopeOneTooWide extends Faulty {
    public RelayParentScopeOneTooWide() {
        super(Subject.PROSPECTIVE_PARACHAINS);
    }

    @Override
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        return reference.prospectiveParachains(new AsyncBackingParams(params.maxCandidateDepth(),
                params.allowedAncestryLen() + 1));
    }
}
