package dev.abkit.fuzz;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import java.util.List;
import java.util.Optional;

/** The fuzzed subjects, in the order a campaign runs them. */
public final class FuzzSubjects {
    private static final List<FuzzSubject<?, ?, ?, ?>> ALL = List.of(
            new SegmentFuzz(),
            new ProspectiveFuzz(),
            new ConstraintsFuzz(),
            new RuntimeFuzz(),
            new CollatorFuzz());

    private FuzzSubjects() {
    }

    public static List<FuzzSubject<?, ?, ?, ?>> all() {
        return ALL;
    }

    /** The fuzzed subjects of a campaign against an implementation of {@code profile} (FuzzSubject#forProfile). */
    public static List<FuzzSubject<?, ?, ?, ?>> all(Profile profile) {
        return ALL.stream().<FuzzSubject<?, ?, ?, ?>>map(s -> s.forProfile(profile)).toList();
    }

    public static Optional<FuzzSubject<?, ?, ?, ?>> forSubject(Subject subject) {
        return ALL.stream().filter(s -> s.subject() == subject).findFirst();
    }
}
