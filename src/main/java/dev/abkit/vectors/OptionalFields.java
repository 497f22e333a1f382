package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The fields of the JSON form that are written only where they differ from their default, found by the shape of the
 * object that holds them: a candidate's {@code scheduling_parent} (an object with {@code relay_parent},
 * {@code validation_data} and {@code code_hash}; the default is the relay parent) and the prospective parameters'
 * {@code max_relay_parent_session_age} (an object with {@code max_candidate_depth}, {@code allowed_ancestry_len}
 * and {@code claim_queue}; the default is 0). Both belong to the scheduling-parent variant; a case without them
 * reads as it did before.
 */
final class OptionalFields {
    static final String SCHEDULING_PARENT = "scheduling_parent";
    static final String SESSION_AGE = "max_relay_parent_session_age";
    /** The optional fields and what their absence means, for the schema. */
    static final Map<String, String> DEFAULTS = Map.of(
            SCHEDULING_PARENT, "The candidate's scheduling parent, read only under the scheduling-parent variant;"
                    + " absent: the relay parent (V1 and V2 descriptors). A candidate with a distinct scheduling parent"
                    + " carries a V3 descriptor (version byte 1) naming it, and the session offset of it from the"
                    + " relay parent's session.",
            SESSION_AGE, "The host configuration's max_relay_parent_session_age, read only under the scheduling-parent"
                    + " variant: a relay parent may be from this many sessions before the leaf's; absent: 0.");

    private OptionalFields() {
    }

    private static boolean isCandidate(JsonNode node) {
        return node.isObject() && node.has("relay_parent") && node.has("validation_data") && node.has("code_hash");
    }

    private static boolean isProspectiveParameters(JsonNode node) {
        return node.isObject() && node.has("max_candidate_depth") && node.has("allowed_ancestry_len")
                && node.has("claim_queue");
    }

    /** Removes, in place, every optional field that holds its default. */
    static void omitDefaults(JsonNode node) {
        if (isCandidate(node) && node.path(SCHEDULING_PARENT).equals(node.get("relay_parent"))) {
            ((ObjectNode) node).remove(SCHEDULING_PARENT);
        }
        if (isProspectiveParameters(node) && node.path(SESSION_AGE).isInt() && node.get(SESSION_AGE).asInt() == 0) {
            ((ObjectNode) node).remove(SESSION_AGE);
        }
        node.forEach(OptionalFields::omitDefaults);
    }

    /**
     * {@code node} with every absent optional field set to its default; {@code node} is not changed. Only the objects
     * on the way to an added field are copied (the rest is shared), and a node without an absent field is returned as
     * it is.
     */
    static JsonNode withDefaults(JsonNode node) {
        if (!node.isContainerNode()) {
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode child = withDefaults(field.getValue());
                if (child != field.getValue()) {
                    copy = copy != null ? copy : shallowCopy((ObjectNode) node);
                    copy.set(field.getKey(), child);
                }
            }
            if (isCandidate(node) && !node.has(SCHEDULING_PARENT)) {
                copy = copy != null ? copy : shallowCopy((ObjectNode) node);
                copy.set(SCHEDULING_PARENT, node.get("relay_parent"));
            }
            if (isProspectiveParameters(node) && !node.has(SESSION_AGE)) {
                copy = copy != null ? copy : shallowCopy((ObjectNode) node);
                copy.put(SESSION_AGE, 0);
            }
            return copy != null ? copy : node;
        }
        ArrayNode copy = null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode child = withDefaults(node.get(i));
            if (child != node.get(i)) {
                if (copy == null) {
                    copy = ((ArrayNode) node).arrayNode(node.size());
                    copy.addAll((ArrayNode) node);
                }
                copy.set(i, child);
            }
        }
        return copy != null ? copy : node;
    }

    private static ObjectNode shallowCopy(ObjectNode node) {
        ObjectNode copy = node.objectNode();
        copy.setAll(node);
        return copy;
    }
}
