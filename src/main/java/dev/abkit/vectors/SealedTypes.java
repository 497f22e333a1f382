package dev.abkit.vectors;

import dev.abkit.model.Outcome;
import dev.abkit.reference.collator.Pending;
import dev.abkit.reference.collator.RuntimeCall;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpWatermarkUpdate;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.SegmentWatermark;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.vectors.subjects.CollatorDriver;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.PipelineDriver;
import dev.abkit.vectors.subjects.ProspectiveDriver;
import dev.abkit.vectors.subjects.RuntimeDriver;
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
            ProspectiveEvent.class,
            HypotheticalCandidate.class,
            ProspectiveDriver.Query.class,
            RuntimeEvent.class,
            RuntimeDriver.Query.class,
            PipelineDriver.Event.class,
            PipelineDriver.Query.class,
            IncludedHead.class,
            SegmentWatermark.class,
            SlotInfo.class,
            SegmentDriver.Event.class,
            SegmentDriver.Query.class,
            Pending.class,
            RuntimeCall.class,
            CollatorDriver.Event.class,
            CollatorDriver.Query.class);

    private SealedTypes() {
    }
}
