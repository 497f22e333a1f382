package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.spi.UnincludedSegmentSubject;

/** AB-SEG-001 checked as new_len <= capacity: one block more than the capacity fits. */
public final class SegmentCapacityCheckedWithLessOrEqual extends Faulty {
    public SegmentCapacityCheckedWithLessOrEqual() {
        super(Subject.UNINCLUDED_SEGMENT);
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        return reference.unincludedSegment(new SegmentParams(params.capacity() + 1, params.velocity(),
                params.relaySlotMillis(), params.paraSlotMillis(), params.profile()), genesisHead);
    }
}
