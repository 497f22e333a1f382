package dev.abkit.spi;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an implementation under test declares about itself: its name and version, the profile it targets, the
 * subjects it provides, and whether its rejections name the rule that fired. Cases of a subject it does not provide
 * are skipped with that reason, never passed.
 */
public record Capabilities(
        String name, String version, Profile profile, Set<Subject> subjects, boolean reportsReasons) {
    public Capabilities {
        if (name == null || name.isBlank() || version == null || profile == null) {
            throw new IllegalArgumentException("capabilities need a name, a version and a profile");
        }
        subjects = subjects.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(subjects));
    }

    public boolean provides(Subject subject) {
        return subjects.contains(subject);
    }
}
