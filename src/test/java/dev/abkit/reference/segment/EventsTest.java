package dev.abkit.reference.segment;

import static dev.abkit.reference.segment.SegmentFixtures.block;
import static dev.abkit.reference.segment.SegmentFixtures.included;
import static dev.abkit.reference.segment.SegmentFixtures.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventsTest {
    @Test
    @DisplayName("AB-SEG-001 every permitted segment event has an entry point in the model")
    void everyEventDispatched() {
        for (Class<?> type : SegmentEvent.class.getPermittedSubclasses()) {
            assertEquals(AuthorBlock.class, type, "a new event type needs an entry point in UnincludedSegment");
        }
        assertTrue(model(SegmentParams.of(3, 1)).author(block("a", 1, 1, included("genesis"))).isAccepted());
    }

    @Test
    @DisplayName("AB-SEG-010 a block cannot consume an upgrade signal its relay parent does not report")
    void consumingWithoutSignalIsMalformed() {
        AuthorBlock event = block("a", 1, 1, included("genesis"));
        assertThrows(IllegalArgumentException.class,
                () -> new AuthorBlock(event.proof(), event.block().consumingUpgradeSignal()));
    }

    @Test
    @DisplayName("AB-SEG-001 the rule constants are exactly the SEG and VEL rules of the catalog")
    void constantsMatchCatalog() throws IllegalAccessException {
        Set<RuleId> constants = new TreeSet<>();
        for (Field field : UnincludedSegmentRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
                constants.add((RuleId) field.get(null));
            }
        }
        Catalog catalog = Catalog.load();
        Set<RuleId> catalogued = Stream.of(Area.SEG, Area.VEL)
                .flatMap(area -> catalog.inArea(area).stream())
                .map(rule -> rule.id())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogued, constants);
        assertEquals(20, Arrays.stream(UnincludedSegmentRules.class.getDeclaredFields())
                .filter(f -> f.getType() == RuleId.class).count());
    }
}
