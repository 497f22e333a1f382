package dev.abkit.reference.runtime;

import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.RelayBlockNumber;
import java.util.List;

/**
 * The runtime's observable state of one para.
 *
 * @param head the included head ({@code paras::Heads})
 * @param validationCodeHash the current validation code hash
 * @param mostRecentContext the relay-parent number of the last included candidate ({@code paras::MostRecentContext})
 * @param pending the candidates pending availability, oldest first; each builds on the previous one's output
 */
public record ParaView(HeadData head, Hash32 validationCodeHash, RelayBlockNumber mostRecentContext,
        List<PendingCandidate> pending) {
    public ParaView {
        if (head == null || validationCodeHash == null || mostRecentContext == null || pending == null) {
            throw new IllegalArgumentException("a para view needs every field");
        }
        pending = List.copyOf(pending);
    }

    /** The head the next candidate must build on: the newest pending output, else the included head (AB-RT-005). */
    public HeadData latestHead() {
        return pending.isEmpty() ? head : pending.get(pending.size() - 1).outputHead();
    }

    /** The relay-parent number the next candidate may not go below: newest pending, else included (AB-RT-003). */
    public RelayBlockNumber latestContext() {
        return pending.isEmpty() ? mostRecentContext : pending.get(pending.size() - 1).relayParentNumber();
    }

    ParaView withPending(List<PendingCandidate> newPending) {
        return new ParaView(head, validationCodeHash, mostRecentContext, newPending);
    }
}
