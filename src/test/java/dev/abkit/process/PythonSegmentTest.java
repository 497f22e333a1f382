package dev.abkit.process;


import dev.abkit.catalog.Subject;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The independent Python implementation of the unincluded segment (implementations/python/segment.py) passes every
 * vector of its subject through the process protocol, for the baseline and for each profile variant in the set.
 * Skipped when {@code python3} is not on the PATH.
 */
class PythonSegmentTest {
    private static final Path SERVER = Path.of("implementations", "python", "segment.py");

    @Test
    @DisplayName("the Python unincluded segment passes every unincluded-segment vector of every profile")
    void python_segment_passes_its_subject() {
        PythonExample.passesEveryVector(Subject.UNINCLUDED_SEGMENT, SERVER, "abkit-python-segment");
    }
}
