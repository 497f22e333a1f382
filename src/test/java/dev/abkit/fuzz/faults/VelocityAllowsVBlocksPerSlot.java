package dev.abkit.fuzz.faults;

import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.spi.UnincludedSegmentSubject;

/** AB-VEL-002 with the bound V instead of V+1 blocks per relay-chain slot. */
public final class VelocityAllowsVBlocksPerSlot extends Faulty {
    public VelocityAllowsVBlocksPerSlot() {
        super(Subject.UNINCLUDED_SEGMENT);
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        return new SegmentWrapper(reference.unincludedSegment(params, genesisHead)) {
            @Override
            Outcome author(SegmentView before, AuthorBlock block) {
                if (before.slotInfo() instanceof SlotInfo.Recorded recorded
                        && recorded.slot() == block.proof().relaySlot()
                        && recorded.authored() >= params.effectiveVelocity()) {
                    return new Outcome.Rejected(RuleId.of("AB-VEL-002"), recorded.authored()
                            + " blocks already in the slot");
                }
                return correct.author(block);
            }
        };
    }
}
