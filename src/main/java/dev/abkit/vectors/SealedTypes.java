package dev.abkit.vectors;

import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpWatermarkUpdate;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.PipelineDriver;
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
            PipelineDriver.Event.class,
            PipelineDriver.Query.class);

    private SealedTypes() {
    }
}
