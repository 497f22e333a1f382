package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.catalog.Catalog;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference targeting a case's profile passes every vector written for a profile variant; the baseline suite
 * skips those cases.
 */
class ReferenceProfileVectorsTest {
    @TestFactory
    Stream<DynamicTest> profile_vectors_conform() {
        Catalog catalog = Catalog.load();
        return VectorRepository.fromDirectory(Path.of("vectors")).stream()
                .filter(c -> !c.profile().variants().isEmpty())
                .map(c -> DynamicTest.dynamicTest(c.id() + " [" + c.profile() + "]", () -> run(catalog, c)));
    }

    private static void run(Catalog catalog, VectorCase c) {
        CaseResult result = new VectorRunner(new ReferenceImplementation(c.profile(), RuleProbe.NONE), catalog).run(c);
        assertEquals(CaseResult.Status.PASSED, result.status(), result.message());
    }
}
