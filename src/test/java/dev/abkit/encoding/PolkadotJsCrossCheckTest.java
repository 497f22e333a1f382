package dev.abkit.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tools/encoding-check} (polkadot-js) over the committed vectors: every receipt decodes, re-encodes to
 * the same bytes and hashes to the vector's candidate hash. Skipped, with the reason, where {@code node} or the
 * installed modules ({@code npm ci} in that directory) are missing, so that the build needs only Java and Maven.
 */
class PolkadotJsCrossCheckTest {
    private static final Path TOOL = Path.of("tools/encoding-check");
    private static final Pattern RECEIPT = Pattern.compile("receipt: \"(0x[0-9a-f]+)\"");

    @BeforeAll
    static void nodeAndModules() {
        String path = System.getenv("PATH");
        boolean found = false;
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "node"));
        }
        Assumptions.assumeTrue(found, "node is not on the PATH");
        Assumptions.assumeTrue(Files.isDirectory(TOOL.resolve("node_modules/@polkadot/types")),
                "the polkadot-js modules are not installed (run 'npm ci' in tools/encoding-check)");
    }

    private record Run(int exit, String output) {
    }

    private static Run check(Path vectors) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", TOOL.resolve("check.js").toString(), vectors.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the check ended");
        return new Run(process.exitValue(), output);
    }

    @Test
    void every_receipt_of_the_committed_vectors_agrees_with_polkadot_js() throws Exception {
        int receipts = 0;
        for (String file : Files.readAllLines(Path.of("vectors/index.txt"))) {
            Matcher m = RECEIPT.matcher(Files.readString(Path.of("vectors", file)));
            while (m.find()) {
                receipts++;
            }
        }
        assertTrue(receipts > 300, "the vectors carry receipts: " + receipts);
        Run run = check(Path.of("vectors"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(receipts + " receipts checked with polkadot-js"), run.output());
        assertTrue(run.output().contains(receipts + " passed, 0 failed"), run.output());
        assertTrue(run.output().contains(" 0 candidates without a receipt"), run.output());
    }

    @Test
    void v3_receipts_decode_with_their_scheduling_parent_in_polkadot_js(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("vectors/prospective-parachains/scope/"
                + "scope-002-scheduling-parent-previous-session.yaml"));
        Matcher m = RECEIPT.matcher(text);
        assertTrue(m.find());
        CommittedCandidateReceipt receipt = CommittedCandidateReceipt.decode(HexFormat.of().parseHex(
                m.group(1).substring(2)));
        CandidateDescriptor.V3 v3 = assertInstanceOf(CandidateDescriptor.V3.class, receipt.descriptor());
        assertEquals(1, v3.schedulingSessionOffset(), "relay parent in session 1, scheduling parent in session 2");
        String parent = v3.schedulingParent().hex();
        assertTrue(text.contains("scheduling_parent: \"" + parent + "\""), "the vector names the descriptor's parent");
        Files.writeString(dir.resolve("same.yaml"), text);
        Files.writeString(dir.resolve("index.txt"), "same.yaml\n");
        Run same = check(dir);
        assertEquals(0, same.exit(), same.output());
        assertTrue(same.output().contains("(0 V1, 0 V2, 1 V3 descriptors)"), same.output());

        String other = "0x" + (parent.charAt(2) == 'f' ? '0' : 'f') + parent.substring(3);
        Files.writeString(dir.resolve("same.yaml"), text.replace("scheduling_parent: \"" + parent,
                "scheduling_parent: \"" + other));
        Run moved = check(dir);
        assertEquals(1, moved.exit(), moved.output());
        assertTrue(moved.output().contains("scheduling_parent is " + parent + " in the receipt but " + other),
                moved.output());
    }

    @Test
    void a_scheduling_parent_without_a_v3_descriptor_is_a_disagreement(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("vectors/prospective-parachains/admit/"
                + "admit-006-ump-usage-summed-along-chain.yaml"));
        Matcher m = RECEIPT.matcher(text);
        assertTrue(m.find());
        int at = text.indexOf("receipt: \"" + m.group(1));
        String elsewhere = "0x" + "ab".repeat(32);
        write(dir, "a.yaml", text.substring(0, at) + "scheduling_parent: \"" + elsewhere + "\"\n"
                + text.substring(at).replaceFirst("^", indentOf(text, at)));
        Run run = check(dir);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("the vector names scheduling parent " + elsewhere
                + " but the receipt's descriptor is not V3"), run.output());
    }

    private static String indentOf(String text, int at) {
        int line = text.lastIndexOf('\n', at) + 1;
        return text.substring(line, at);
    }

    @Test
    void a_hash_that_is_not_the_receipts_is_a_disagreement(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("vectors/prospective-parachains/chain/"
                + "chain-001-pending-counted-depth-one.yaml"));
        Matcher m = RECEIPT.matcher(text);
        assertTrue(m.find());
        String hash = Receipts.candidateHash(new dev.abkit.model.EncodedReceipt(m.group(1))).hex();
        assertTrue(text.contains("hash: \"" + hash + "\""), "the sample's first candidate");
        String other = "0x" + (hash.charAt(2) == 'f' ? '0' : 'f') + hash.substring(3);
        write(dir, "a.yaml", text.replace(hash, other));
        Run run = check(dir);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("the candidate hash is " + hash + " in the receipt but " + other), run.output());
    }

    @Test
    void v2_descriptors_and_ump_signals_agree_with_polkadot_js(@TempDir Path dir) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode tree = yaml.readTree(Path.of("vectors/prospective-parachains/admit/"
                + "admit-006-ump-usage-summed-along-chain.yaml").toFile());
        List<ObjectNode> candidates = new ArrayList<>();
        tree.findParents("receipt").forEach(n -> candidates.add((ObjectNode) n));
        assertTrue(candidates.size() >= 3, "the sample's candidates");
        for (ObjectNode candidate : candidates) {
            CommittedCandidateReceipt v1 = CommittedCandidateReceipt.decode(HexFormat.of().parseHex(
                    candidate.get("receipt").asText().substring(2)));
            CandidateDescriptor d = v1.descriptor();
            ReceiptCommitments c = v1.commitments();
            List<Bytes> upward = UmpSignal.withSignals(c.upwardMessages(), List.of(new UmpSignal.SelectCore(2, 1),
                    new UmpSignal.ApprovedPeer(Bytes.ofHex("0x0102"))));
            ReceiptCommitments withSignals = new ReceiptCommitments(upward, c.horizontalMessages(),
                    c.newValidationCode(), c.hasNewValidationCode(), c.headData(), c.processedDownwardMessages(),
                    c.hrmpWatermark());
            CommittedCandidateReceipt v2 = new CommittedCandidateReceipt(new CandidateDescriptor.V2(d.paraId(),
                    d.relayParent(), 0, 3, 7, d.persistedValidationDataHash(), d.povHash(), d.erasureRoot(),
                    d.paraHead(), d.validationCodeHash()), withSignals);
            candidate.put("hash", v2.candidateHash().hex());
            candidate.put("receipt", "0x" + HexFormat.of().formatHex(v2.encode()));
            ArrayNode sizes = ((ObjectNode) candidate.get("commitments")).putArray("upward_messages");
            upward.forEach(m -> sizes.add(m.size()));
        }
        write(dir, "v2.yaml", yaml.writeValueAsString(tree));
        Run run = check(dir);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(candidates.size() + " passed, 0 failed"), run.output());
    }

    @Test
    void a_core_index_the_claim_queue_does_not_give_is_a_disagreement(@TempDir Path dir) throws Exception {
        String dropped = Files.readString(Path.of("vectors/runtime-acceptance/rt/rt-019-other-core-of-para.yaml"));
        String accepted = Files.readString(Path.of("vectors/runtime-acceptance/rt/rt-019-selector-picks-core.yaml"));
        assertTrue(dropped.contains("rule: \"AB-RT-019\""), "the sample is dropped under AB-RT-019");
        String otherRule = dropped.replace("rule: \"AB-RT-019\"", "rule: \"AB-RT-020\"");
        // Core 1 claimed by 2001 instead of 2000: the selector 1 of the accepted candidate then picks nothing of 2000's.
        String otherQueue = accepted.replaceFirst("- - 2000\n        - 2001\n", "- - 2001\n        - 2001\n");
        assertTrue(!otherQueue.equals(accepted), "the sample's claim queue changed");
        Files.writeString(dir.resolve("a.yaml"), otherRule);
        Files.writeString(dir.resolve("b.yaml"), otherQueue);
        Files.writeString(dir.resolve("index.txt"), "a.yaml\nb.yaml\n");
        Run run = check(dir);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("the step expects AB-RT-020 but polkadot-js reads core 0 and selector [1,0],"
                + " which break AB-RT-019"), run.output());
        assertTrue(run.output().contains("an accepted step's V2 descriptor names core 1 with selector [1,0], which"
                + " breaks AB-RT-019"), run.output());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        Files.writeString(dir.resolve("index.txt"), name + "\n");
    }
}
