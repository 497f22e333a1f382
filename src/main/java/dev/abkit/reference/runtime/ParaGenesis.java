package dev.abkit.reference.runtime;

import dev.abkit.model.DoNotMutate;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;

/**
 * A para registered when the model starts.
 *
 * @param para its id
 * @param head its included head data ({@code paras::Heads})
 * @param validationCodeHash its current validation code hash ({@code paras::CurrentCodeHash}, AB-RT-008)
 * @param mostRecentContext the relay-parent number of its last included candidate ({@code paras::MostRecentContext},
 *     0 for a newly onboarded para, AB-RT-003)
 */
public record ParaGenesis(ParaId para, HeadData head, Hash32 validationCodeHash, RelayBlockNumber mostRecentContext) {
    public ParaGenesis {
        if (para == null || head == null || validationCodeHash == null || mostRecentContext == null) {
            throw new IllegalArgumentException("a para genesis needs a para id, a head, a code hash and a context");
        }
    }

    /** A para with a labelled head and code, and context 0. */
    @DoNotMutate("a factory for vector sources, the fuzzer and unit tests; the drivers build the record from a "
            + "vector's fields")
    public static ParaGenesis of(ParaId para, HeadData head, Hash32 validationCodeHash) {
        return new ParaGenesis(para, head, validationCodeHash, RelayBlockNumber.of(0));
    }
}
