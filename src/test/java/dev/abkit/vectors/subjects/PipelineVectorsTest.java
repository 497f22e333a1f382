package dev.abkit.vectors.subjects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.PipelineSubject;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRunner;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PipelineVectorsTest {
    private static final List<VectorCase> CASES = new PipelineVectors().cases();

    @Test
    @DisplayName("every PIPE rule and AB-SYNC-005 is pinned by at least two pipeline vectors")
    void everyRulePinnedTwice() {
        List<RuleId> rules = Stream.concat(Catalog.load().rules().stream().filter(r -> r.id().areaCode().equals(
                Area.PIPE.name())).map(r -> r.id()), Stream.of(RuleId.of("AB-SYNC-005"))).toList();
        assertEquals(9, rules.size());
        for (RuleId rule : rules) {
            long count = CASES.stream().filter(c -> c.rules().contains(rule)).count();
            assertTrue(count >= 2, () -> rule + " is in " + count + " vectors");
        }
        assertTrue(CASES.size() >= 30, () -> "only " + CASES.size() + " pipeline vectors");
    }

    @Test
    @DisplayName("an event in a pipeline vector is a malformed vector, not a fault of the implementation")
    void eventsAreMalformed() {
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("type", "no_event");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PipelineDriver().event(event));
        assertTrue(e.getMessage().contains("no events"), e::getMessage);
    }

    @Test
    @DisplayName("a timeline with a row missing fails the case at set-up")
    void shortTimelineFails() {
        Implementation missingLastRow = new Implementation() {
            private final Implementation reference = new ReferenceImplementation();

            @Override
            public Capabilities capabilities() {
                return new Capabilities("short", "0", Profile.BASELINE, Set.of(Subject.PIPELINE), true);
            }

            @Override
            public PipelineSubject pipeline() {
                return p -> {
                    Timeline full = reference.pipeline().run(p);
                    return new Timeline(p, full.rows().subList(0, full.rows().size() - 1));
                };
            }
        };
        CaseResult result = new VectorRunner(missingLastRow, Catalog.load()).run(CASES.get(0));
        assertEquals(CaseResult.Status.FAILED, result.status());
        assertTrue(result.message().contains("rows for"), result::message);
    }

    @Test
    @DisplayName("the reference passes every pipeline vector")
    void referencePasses() {
        VectorRunner runner = new VectorRunner(new ReferenceImplementation(), Catalog.load());
        for (VectorCase c : CASES) {
            assertEquals(CaseResult.Status.PASSED, runner.run(c).status(), c.id());
        }
    }
}
