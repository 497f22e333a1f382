package dev.abkit.vectors;

import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpWatermarkUpdate;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.SegmentWatermark;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.SegmentDriver;
import java.util.List;

/** The sealed domain types whose records carry a {@code type} tag in JSON. */
final class SealedTypes {
    static final List<Class<?>> ALL = List.of(
            Outcome.class,
            NewCode.class,
            FutureCode.class,
            HrmpWatermarkUpdate.class,
            ConstraintsDriver.Event.class,
            ConstraintsDriver.Query.class,
            IncludedHead.class,
            SegmentWatermark.class,
            SlotInfo.class,
            SegmentDriver.Event.class,
            SegmentDriver.Query.class);

    private SealedTypes() {
    }
}
