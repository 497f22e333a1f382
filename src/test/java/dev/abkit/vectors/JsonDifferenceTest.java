package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonDifferenceTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    @DisplayName("a whole number read from YAML as a long equals the same int field of a record")
    void wholeNumbersByValue() {
        JsonNode expected = NODES.objectNode().set("rows", NODES.arrayNode().add(NODES.numberNode(1L)));
        JsonNode actual = NODES.objectNode().set("rows", NODES.arrayNode().add(NODES.numberNode(1)));
        assertEquals(Optional.empty(), JsonDifference.first(expected, actual));
    }

    @Test
    @DisplayName("different whole numbers are still reported with their path")
    void differentNumbers() {
        JsonNode expected = NODES.objectNode().set("rows", NODES.arrayNode().add(NODES.numberNode(1L)));
        JsonNode actual = NODES.objectNode().set("rows", NODES.arrayNode().add(NODES.numberNode(2)));
        Optional<JsonDifference> difference = JsonDifference.first(expected, actual);
        assertTrue(difference.isPresent());
        assertEquals("expected: rows[0] = 1 | but was: rows[0] = 2", difference.get().render());
    }
}
