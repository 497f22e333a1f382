package dev.abkit.fuzz.faults;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.util.EnumSet;

/** The reference served under the name of one bug, providing the one subject the bug is in. */
abstract class Faulty implements Implementation {
    final Implementation reference = new ReferenceImplementation();
    private final Subject subject;

    Faulty(Subject subject) {
        this.subject = subject;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(getClass().getSimpleName(), "0", Profile.BASELINE, EnumSet.of(subject), true);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
