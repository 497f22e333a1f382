package dev.abkit.reference.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Checks;
import dev.abkit.reference.sync.SyncRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PipelineCatalogTest {
    static Set<RuleId> constants(Class<?> rules) {
        Set<RuleId> ids = new TreeSet<>();
        for (Field field : rules.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
                try {
                    ids.add((RuleId) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ids;
    }

    static Set<RuleId> catalogIds(Area area) {
        Set<RuleId> ids = new TreeSet<>();
        Catalog.load().inArea(area).forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Test
    @DisplayName("the PIPE catalog holds AB-PIPE-001..008 of subject pipeline, each with a constant in PipelineRules")
    void pipeCatalog() {
        Set<RuleId> ids = catalogIds(Area.PIPE);
        assertEquals(8, ids.size());
        assertEquals(constants(PipelineRules.class), ids);
        for (Rule rule : Catalog.load().inArea(Area.PIPE)) {
            assertEquals(Subject.PIPELINE, rule.subject(), rule.id().toString());
            assertTrue(rule.noteText().isPresent(), rule.id() + " states its examples in the note");
        }
    }

    @Test
    @DisplayName("the SYNC catalog holds AB-SYNC-001..005, each with a constant in SyncRules, and states the erratum")
    void syncCatalog() {
        assertEquals(constants(SyncRules.class), catalogIds(Area.SYNC));
        assertEquals(5, catalogIds(Area.SYNC).size());
        Catalog catalog = Catalog.load();
        for (RuleId id : List.of(SyncRules.AB_SYNC_002, SyncRules.AB_SYNC_003)) {
            String note = catalog.get(id).note();
            assertTrue(note.contains("Seed erratum") && note.contains("6ea822b5") && note.contains("docs.polkadot.com"),
                    id + " names the erratum and its evidence");
        }
    }

    @Test
    @DisplayName("a handful of runs evaluates every PIPE rule, and the decision rules on both sides")
    void coverage() {
        Set<RuleId> held = new HashSet<>();
        Set<RuleId> fired = new HashSet<>();
        Checks checks = new Checks((rule, ok) -> (ok ? held : fired).add(rule));
        List<PipelineParameters> runs = new ArrayList<>(List.of(
                PipelineParameters.synchronous(8),
                PipelineParameters.asynchronous(8),
                PipelineParameters.asynchronous(8).withAllowedAncestryLen(0),
                PipelineParameters.asynchronous(8).withMaxCandidateDepth(0),
                PipelineParameters.asynchronous(8).withCores(2).withVelocity(2).withSegmentCapacity(5)));
        runs.forEach(p -> new PipelineModel(checks, p).run());
        assertTrue(held.containsAll(constants(PipelineRules.class)), "held: " + held);
        assertTrue(held.contains(SyncRules.AB_SYNC_005));
        for (RuleId decision : List.of(PipelineRules.AB_PIPE_002, PipelineRules.AB_PIPE_003, PipelineRules.AB_PIPE_004,
                PipelineRules.AB_PIPE_005, PipelineRules.AB_PIPE_006)) {
            assertTrue(fired.contains(decision), decision + " fired in some run: " + fired);
        }
    }
}
