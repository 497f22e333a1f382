package dev.abkit.reference.prospective;

import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayHash;

/**
 * A request for the validation data a collation building on {@code parentHead} at {@code relayParent} must use
 * (upstream {@code ProspectiveValidationDataRequest}). With {@code parentHeadSupplied} the requester already has the
 * parent head's bytes (upstream {@code ParentHeadData::WithData}); otherwise the node must know the head from one of
 * its chains (upstream {@code OnlyHash}).
 */
public record ValidationDataRequest(ParaId para, RelayHash relayParent, HeadData parentHead,
        boolean parentHeadSupplied) {
    public ValidationDataRequest {
        if (para == null || relayParent == null || parentHead == null) {
            throw new IllegalArgumentException("a validation data request needs para, relay parent and parent head");
        }
    }
}
