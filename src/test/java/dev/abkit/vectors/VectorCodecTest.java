package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A malformed vector fails with its file, line and field, and a valid one reads back unchanged. */
class VectorCodecTest {
    private static final Path SAMPLE = Path.of("vectors/candidate-constraints/cons/cons-001-code-hash-mismatch.yaml");

    private static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    private static IllegalArgumentException malformed(String text) {
        return assertThrows(IllegalArgumentException.class, () -> VectorCodec.read("broken.yaml", text));
    }

    @Test
    @DisplayName("a committed vector reads back and writes out byte for byte")
    void roundTrip() throws IOException {
        String text = sample();
        assertEquals(text, VectorCodec.write(VectorCodec.read(SAMPLE.toString(), text)));
    }

    @Test
    @DisplayName("a bad rule id names the field and the line")
    void badRuleId() throws IOException {
        String text = sample().replace("- \"AB-CONS-001\"", "- \"AB-CONS-1\"");
        IllegalArgumentException e = malformed(text);
        assertTrue(e.getMessage().contains("AB-CONS-1") && e.getMessage().contains("rules[0]")
                && e.getMessage().contains("broken.yaml:4"), e.getMessage());
    }

    @Test
    @DisplayName("an unknown outcome names the step")
    void badOutcome() throws IOException {
        String text = sample().replace("outcome: \"rejected\"", "outcome: \"refused\"");
        IllegalArgumentException e = malformed(text);
        assertTrue(e.getMessage().contains("'refused'") && e.getMessage().contains("steps[0].expect.outcome")
                && e.getMessage().matches("(?s).*broken\\.yaml:\\d+.*"), e.getMessage());
    }

    @Test
    @DisplayName("a missing field, an unknown field and a step with both event and check are refused")
    void structure() throws IOException {
        assertTrue(malformed(sample().replace("description:", "describe:")).getMessage().contains("'describe'"));
        assertTrue(malformed(sample().replaceFirst("profile: \"baseline\"\n", "")).getMessage()
                .contains("missing field 'profile'"));
        String both = sample().replace("- event:", "- check:\n    type: \"current_constraints\"\n  event:");
        assertTrue(malformed(both).getMessage().contains("exactly one of 'event' or 'check'"));
    }

    @Test
    @DisplayName("malformed YAML names the line")
    void syntax() {
        IllegalArgumentException e = malformed("id: \"x\"\nrules: [\n");
        assertTrue(e.getMessage().contains("malformed YAML") && e.getMessage().contains("broken.yaml:"),
                e.getMessage());
    }

    @Test
    @DisplayName("a bad value inside an event is reported by the runner with the vector and the step")
    void badEventValue() throws IOException {
        String text = sample().replaceFirst("head_data: \"0x61\"", "head_data: \"xyz\"");
        VectorCase c = VectorCodec.read("broken.yaml", text);
        VectorRunner runner = new VectorRunner(new dev.abkit.spi.ReferenceImplementation(),
                dev.abkit.catalog.Catalog.load());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(c));
        assertTrue(e.getMessage().contains("xyz") && e.getMessage().contains("steps[0]")
                && e.getMessage().contains("broken.yaml"), e.getMessage());
    }
}
