package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The committed JSON Schema is what the kit generates, and every committed vector is valid against it. */
class VectorSchemaTest {
    private static final Path VECTORS = Path.of("vectors");

    @Test
    @DisplayName("vectors/schema.json equals a fresh generation from the drivers' record types")
    void noDrift() throws IOException {
        assertEquals(VectorSchema.text(), Files.readString(VECTORS.resolve(VectorSchema.FILE)),
                "vectors/schema.json is stale; regenerate with: java -jar target/abkit.jar vectors generate");
    }

    @Test
    @DisplayName("every committed vector is valid against the schema")
    void everyVectorIsValid() throws IOException {
        SchemaValidator validator = new SchemaValidator(new ObjectMapper().readTree(
                Files.readString(VECTORS.resolve(VectorSchema.FILE))));
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (String path : Files.readAllLines(VECTORS.resolve(VectorGenerator.INDEX))) {
            if (path.isBlank()) {
                continue;
            }
            JsonNode vector = LocatedYaml.parse(path, Files.readString(VECTORS.resolve(path))).root();
            validator.validate(vector).forEach(p -> problems.add(path + " " + p));
            count++;
        }
        assertTrue(count >= 300, "vectors checked: " + count);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, first: " + problems.subList(0,
                Math.min(5, problems.size())));
    }

    @Test
    @DisplayName("the schema refuses a vector with a bad hash, a missing field or an unknown event type")
    void schemaCanFail() throws IOException {
        SchemaValidator validator = new SchemaValidator(VectorSchema.generate());
        String path = "candidate-constraints/cons/cons-001-code-hash-mismatch.yaml";
        JsonNode good = LocatedYaml.parse(path, Files.readString(VECTORS.resolve(path))).root();
        assertTrue(validator.validate(good).isEmpty(), () -> validator.validate(good).toString());
        ObjectNode badHash = good.deepCopy();
        ((ObjectNode) badHash.at("/parameters/base")).put("validation_code_hash", "0x12");
        assertFalse(validator.validate(badHash).isEmpty());
        ObjectNode missing = good.deepCopy();
        missing.remove("profile");
        assertFalse(validator.validate(missing).isEmpty());
        ObjectNode unknownEvent = good.deepCopy();
        ((ObjectNode) unknownEvent.at("/steps/0/event")).put("type", "teleport");
        assertFalse(validator.validate(unknownEvent).isEmpty());
        String checked = "candidate-constraints/cons/cons-016-empty-message-no-bytes.yaml";
        JsonNode withCheck = LocatedYaml.parse(checked, Files.readString(VECTORS.resolve(checked))).root();
        assertTrue(validator.validate(withCheck).isEmpty(), () -> validator.validate(withCheck).toString());
        ObjectNode wrongAnswer = withCheck.deepCopy();
        ((ObjectNode) wrongAnswer.at("/steps/1")).put("expect", "garbage");
        assertFalse(validator.validate(wrongAnswer).isEmpty(), "an answer of the wrong shape");
        ObjectNode answerMissingField = withCheck.deepCopy();
        ((ObjectNode) answerMissingField.at("/steps/1/expect")).remove("ump_remaining");
        assertFalse(validator.validate(answerMissingField).isEmpty(), "an answer without a field");
        ObjectNode nullAnswer = withCheck.deepCopy();
        ((ObjectNode) nullAnswer.at("/steps/1")).putNull("expect");
        assertFalse(validator.validate(nullAnswer).isEmpty(), "null where the query always answers");
    }
}
