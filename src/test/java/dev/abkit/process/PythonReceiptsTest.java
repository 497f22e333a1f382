package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.abkit.vectors.Step;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python example decodes every receipt of the vectors and computes every candidate hash with hashlib alone; it is
 * given the receipts only, never a hash, and its hashes must be the vectors'.
 */
class PythonReceiptsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void python_computes_every_candidate_hash_from_the_receipt_alone() throws Exception {
        PythonExample.assumePython();
        List<JsonNode> candidates = new ArrayList<>();
        for (VectorCase c : VectorRepository.fromDirectory(Path.of("vectors"))) {
            for (Step step : c.steps()) {
                JsonNode input = step instanceof Step.Event e ? e.event() : ((Step.Check) step).query();
                for (JsonNode parent : input.findParents("receipt")) {
                    if (parent.get("receipt").asText().length() > 2) {
                        candidates.add(parent);
                    }
                }
            }
        }
        assertTrue(candidates.size() > 300, "receipts in the vectors: " + candidates.size());
        Process python = new ProcessBuilder("python3", "implementations/python/receipts.py").start();
        List<String> answers = new ArrayList<>();
        try (Writer in = new OutputStreamWriter(python.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(),
                        StandardCharsets.UTF_8))) {
            Thread writer = new Thread(() -> {
                try {
                    for (JsonNode c : candidates) {
                        in.write(JSON.createObjectNode().put("receipt", c.get("receipt").asText()) + "\n");
                    }
                    in.close();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                answers.add(line);
            }
            writer.join();
        }
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));
        assertEquals(candidates.size(), answers.size());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode candidate = candidates.get(i);
            JsonNode answer = JSON.readTree(answers.get(i));
            String head = candidate.has("commitments") ? candidate.get("commitments").get("head_data").asText()
                    : candidate.get("output_head").asText();
            if (!candidate.get("hash").asText().equals(answer.path("hash").asText())
                    || !head.equals(answer.path("head_data").asText())
                    || candidate.path("para").asInt(-1) >= 0 && candidate.path("para").asInt() != answer.path("para")
                            .asInt()) {
                wrong.add(candidate.get("hash").asText() + " -> " + answer);
            }
        }
        assertEquals(List.of(), wrong, "candidates whose Python hash is not the vector's");
        String bad = JSON.createObjectNode().put("receipt", "0x" + "00".repeat(10)).toString();
        Process again = new ProcessBuilder("python3", "implementations/python/receipts.py").start();
        again.getOutputStream().write((bad + "\n").getBytes(StandardCharsets.UTF_8));
        again.getOutputStream().close();
        String refused = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.contains("\"error\"") && refused.contains("relay_parent"), refused);
        assertTrue(again.waitFor(30, TimeUnit.SECONDS));
    }
}
