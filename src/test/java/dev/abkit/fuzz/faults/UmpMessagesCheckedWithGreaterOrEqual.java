package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.spi.UnincludedSegmentSubject;

/** AB-SEG-005 checked as sum >= remaining: a segment that uses the UMP queue exactly up to its limit is refused. */
public final class UmpMessagesCheckedWithGreaterOrEqual extends Faulty {
    public UmpMessagesCheckedWithGreaterOrEqual() {
        super(Subject.UNINCLUDED_SEGMENT);
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        return new SegmentWrapper(reference.unincludedSegment(params, genesisHead)) {
            @Override
            Outcome author(SegmentView before, AuthorBlock block) {
                RelayParentProof p = block.proof();
                BandwidthLimits l = p.limits();
                BandwidthLimits oneLess = new BandwidthLimits(Math.max(0, l.umpMessagesRemaining() - 1),
                        l.umpBytesRemaining(), l.hrmpChannels());
                return correct.author(new AuthorBlock(new RelayParentProof(p.number(), p.relaySlot(),
                        p.includedHead(), p.upgradeSignal(), oneLess), block.block()));
            }
        };
    }
}
