package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.spi.UnincludedSegmentSubject;

/** AB-SEG-002 drains the ancestors before the included one but keeps the included block itself. */
public final class EvictionKeepsIncludedBlock extends Faulty {
    public EvictionKeepsIncludedBlock() {
        super(Subject.UNINCLUDED_SEGMENT);
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        return new SegmentWrapper(reference.unincludedSegment(params, genesisHead)) {
            @Override
            Outcome author(SegmentView before, AuthorBlock block) {
                if (!(block.proof().includedHead() instanceof IncludedHead.Proven proven)) {
                    return correct.author(block);
                }
                int index = before.heads().indexOf(proven.head());
                if (index < 0) {
                    return correct.author(block);
                }
                HeadData shifted = index == 0 ? HeadData.ofLabel("not in any segment") : before.heads().get(index - 1);
                RelayParentProof p = block.proof();
                return correct.author(new AuthorBlock(new RelayParentProof(p.number(), p.relaySlot(),
                        IncludedHead.of(shifted), p.upgradeSignal(), p.limits()), block.block()));
            }
        };
    }
}
