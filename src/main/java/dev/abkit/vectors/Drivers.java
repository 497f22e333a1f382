package dev.abkit.vectors;

import dev.abkit.catalog.Subject;
import dev.abkit.vectors.subjects.CollatorDriver;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.PipelineDriver;
import dev.abkit.vectors.subjects.ProspectiveDriver;
import dev.abkit.vectors.subjects.RuntimeDriver;
import dev.abkit.vectors.subjects.SegmentDriver;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The driver of every subject that has vectors. */
public final class Drivers {
    private static final Map<Subject, SubjectDriver<?, ?, ?, ?>> BY_SUBJECT = new EnumMap<>(Subject.class);

    static {
        for (SubjectDriver<?, ?, ?, ?> driver : List.<SubjectDriver<?, ?, ?, ?>>of(
                new ConstraintsDriver(),
                new ProspectiveDriver(),
                new RuntimeDriver(),
                new PipelineDriver(),
                new SegmentDriver(),
                new CollatorDriver())) {
            BY_SUBJECT.put(driver.subject(), driver);
        }
    }

    private Drivers() {
    }

    public static Optional<SubjectDriver<?, ?, ?, ?>> forSubject(Subject subject) {
        return Optional.ofNullable(BY_SUBJECT.get(subject));
    }
}
