package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.encoding.Receipts;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.Hash32;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The candidates of a vector step, found by their shape (an object with {@code hash}, {@code commitments} and
 * {@code code_hash}: a seconded candidate or one pending availability; or with {@code hash}, {@code output_head} and
 * {@code para_head}: a candidate backed on the relay chain): a format-1 step gets empty receipts, and a
 * format-2 step's receipts must hash to the candidate hash beside them.
 */
final class ReceiptFields {
    private ReceiptFields() {
    }

    static boolean isCandidate(JsonNode node) {
        return node.isObject() && node.has("hash") && (node.has("commitments") && node.has("code_hash")
                || node.has("output_head") && node.has("para_head"));
    }

    static void addEmptyReceipts(JsonNode node) {
        if (isCandidate(node) && !node.has("receipt")) {
            ((ObjectNode) node).put("receipt", EncodedReceipt.NONE.hex());
        }
        node.forEach(ReceiptFields::addEmptyReceipts);
    }

    /** Fails, through {@code error(path, message)}, on a receipt that does not decode or hashes to another hash. */
    static void checkHashes(JsonNode node, String path, BiFunction<String, String, RuntimeException> error) {
        if (isCandidate(node) && node.path("receipt").isTextual() && node.path("hash").isTextual()) {
            String receipt = node.get("receipt").asText();
            if (!receipt.equals(EncodedReceipt.NONE.hex())) {
                Hash32 computed;
                try {
                    computed = Receipts.candidateHash(new EncodedReceipt(receipt));
                } catch (IllegalArgumentException e) {
                    throw error.apply(path + ".receipt", "the receipt does not decode as a committed candidate receipt: "
                            + e.getMessage());
                }
                if (!computed.hex().equals(node.get("hash").asText())) {
                    throw error.apply(path + ".hash", "the receipt's candidate hash is " + computed + " but the"
                            + " vector's hash is " + node.get("hash").asText());
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkHashes(node.get(i), path + "[" + i + "]", error);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                checkHashes(field.getValue(), path + "." + field.getKey(), error);
            }
        }
    }
}
