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
                && e.getMessage().contains("broken.yaml:5"), e.getMessage());
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

    private static final Path WITH_RECEIPTS =
            Path.of("vectors/prospective-parachains/chain/chain-001-pending-counted-depth-one.yaml");

    @Test
    @DisplayName("a format-1 vector (no format field, no receipts) is still read, its candidates without receipts")
    void formatOneStillRead() throws IOException {
        String text = Files.readString(WITH_RECEIPTS).replace("format: 2\n", "")
                .replaceAll("(?m)^ *receipt: \"0x[0-9a-f]*\"\n", "");
        assertTrue(!text.contains("receipt") && !text.contains("format"), "the sample has no receipt left");
        VectorCase old = VectorCodec.read("old.yaml", text);
        String rewritten = VectorCodec.write(old);
        assertTrue(rewritten.startsWith("format: 2\n"), rewritten);
        assertTrue(rewritten.contains("receipt: \"0x\"\n"), "an empty receipt stands for a given hash");
        assertEquals(Files.readString(WITH_RECEIPTS).split("receipt: \"0x[0-9a-f]+\"").length,
                rewritten.split("receipt: \"0x\"").length, "every candidate got one");
    }

    @Test
    @DisplayName("a runtime vector written before the claim queue was a parameter is read as stating none")
    void runtimeWithoutClaimQueueStillRead() throws IOException {
        Path path = Path.of("vectors/runtime-acceptance/rt/rt-001-parent-allowed.yaml");
        String current = Files.readString(path);
        String text = current.replace("    claim_queue:\n      cores: []\n      scheduling_lookahead: 0\n", "");
        assertTrue(!text.contains("claim_queue"), "the sample states no claim queue any more");
        assertEquals(current, VectorCodec.write(VectorCodec.read("old.yaml", text)));
    }

    @Test
    @DisplayName("a receipt whose hash is not the candidate's hash names both hashes, the field and the line")
    void receiptHashMismatch() throws IOException {
        String text = Files.readString(WITH_RECEIPTS);
        String hash = "0x012d3cf5ed7b316d0b192f038b9e56444d9176e37f95897fe0b0c39fb27b8ad2";
        assertTrue(text.contains("hash: \"" + hash + "\""), "the sample's pending candidate");
        IllegalArgumentException e = malformed(text.replace("hash: \"" + hash + "\"",
                "hash: \"0x02" + hash.substring(4) + "\""));
        assertTrue(e.getMessage().contains("the receipt's candidate hash is " + hash)
                && e.getMessage().contains("0x02" + hash.substring(4))
                && e.getMessage().contains("pending_availability[0].hash")
                && e.getMessage().contains("broken.yaml:"), e.getMessage());
    }

    @Test
    @DisplayName("a receipt that does not decode is named with the field that ran out")
    void receiptDoesNotDecode() throws IOException {
        String text = Files.readString(WITH_RECEIPTS).replaceFirst("receipt: \"0xd007", "receipt: \"0xd0");
        IllegalArgumentException e = malformed(text);
        assertTrue(e.getMessage().contains("does not decode") && e.getMessage().contains(".receipt"),
                e.getMessage());
    }

    @Test
    @DisplayName("a format newer than the kit reads is refused with the formats it reads")
    void newerFormat() throws IOException {
        IllegalArgumentException e = malformed(sample().replace("format: 2", "format: 3"));
        assertTrue(e.getMessage().contains("vector format 3") && e.getMessage().contains("1 to 2"), e.getMessage());
    }
}
