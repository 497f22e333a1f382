package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an encoding error from a protocol error: a check answer that names a 32-byte hash no step of the vector
 * holds, in a case whose candidates carry receipts, most likely comes from an implementation that computed the
 * candidate hash from the receipt differently. The message names the hash the vector expects and the one reported.
 */
final class EncodingDiagnosis {
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    private EncodingDiagnosis() {
    }

    /** The encoding error behind these differences, if the answer names hashes the vector does not know. */
    static Optional<String> of(VectorCase c, JsonNode answer, List<JsonDifference> differences) {
        Set<String> receiptHashes = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        for (Step step : c.steps()) {
            JsonNode input = step instanceof Step.Event e ? e.event() : ((Step.Check) step).query();
            collect(input, known);
            collectReceiptHashes(input, receiptHashes);
            if (step instanceof Step.Check check) {
                collect(check.expect(), known);
            }
        }
        if (receiptHashes.isEmpty()) {
            return Optional.empty();
        }
        Set<String> reported = new LinkedHashSet<>();
        collect(answer, reported);
        reported.removeAll(known);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("encoding error: the implementation reports candidate hash(es) ")
                .append(String.join(", ", reported)).append(" that no candidate of this vector has");
        for (JsonDifference d : differences) {
            String expected = d.expected().replace("\"", "");
            String actual = d.actual().replace("\"", "");
            if (receiptHashes.contains(expected) && reported.contains(actual)) {
                message.append("; at ").append(d.path()).append(" the vector's receipt hashes to ").append(expected)
                        .append(" but the implementation computed ").append(actual);
            }
        }
        message.append(" (the candidate hash is blake2-256 of the plain receipt: the 292-byte descriptor, then"
                + " blake2-256 of the SCALE-encoded commitments; check the receipt decoding and hashing)");
        return Optional.of(message.toString());
    }

    private static void collectReceiptHashes(JsonNode node, Set<String> into) {
        if (ReceiptFields.isCandidate(node) && node.path("receipt").asText("0x").length() > 2) {
            into.add(node.get("hash").asText());
        }
        node.forEach(child -> collectReceiptHashes(child, into));
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            Matcher m = HASH.matcher(node.asText());
            if (m.matches()) {
                into.add(node.asText());
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (HASH.matcher(name).matches()) {
                    into.add(name);
                }
            }
        }
        node.forEach(child -> collect(child, into));
    }
}
