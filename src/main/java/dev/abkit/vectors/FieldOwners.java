package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules govern which field of a check's answer ({@code field-owners.yaml}), so that a failed check names the
 * rules of the fields that differ rather than the case's first rule: a candidate-constraints check whose
 * {@code valid_watermarks} differ is about AB-CONS-020, whatever rule the case is about.
 */
public final class FieldOwners {
    private static final String RESOURCE = "dev/abkit/vectors/field-owners.yaml";
    private static final FieldOwners STANDARD = load();

    private final Map<String, Map<String, List<RuleId>>> owners;

    private FieldOwners(Map<String, Map<String, List<RuleId>>> owners) {
        this.owners = owners;
    }

    /** The table packaged with the kit. */
    public static FieldOwners standard() {
        return STANDARD;
    }

    /** The query types the table knows. */
    public Set<String> queryTypes() {
        return owners.keySet();
    }

    /** Every rule id the table names. */
    public Set<RuleId> rules() {
        Set<RuleId> all = new LinkedHashSet<>();
        owners.values().forEach(fields -> fields.values().forEach(all::addAll));
        return all;
    }

    /** The owners of {@code field} (a path without list indexes) of an answer to {@code queryType}; may be empty. */
    public List<RuleId> owners(String queryType, String field) {
        Map<String, List<RuleId>> fields = owners.getOrDefault(queryType, Map.of());
        String p = field;
        while (true) {
            List<RuleId> found = fields.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return List.of();
            }
            int cut = p.lastIndexOf('.');
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /**
     * The rules a failed check is attributed to: the owners of the differing fields that the case pins, when it pins
     * any, else all their owners; empty when no rule owns any of the fields.
     */
    List<RuleId> attribute(String queryType, List<JsonDifference> differences, List<RuleId> pinned) {
        Set<RuleId> owning = new LinkedHashSet<>();
        for (JsonDifference d : differences) {
            owning.addAll(owners(queryType, d.field()));
        }
        List<RuleId> pinnedOwners = owning.stream().filter(pinned::contains).toList();
        return pinnedOwners.isEmpty() ? List.copyOf(owning) : pinnedOwners;
    }

    private static FieldOwners load() {
        try (InputStream in = FieldOwners.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the kit's class path holds no " + RESOURCE);
            }
            LocatedYaml doc = LocatedYaml.parse(RESOURCE, InputText.decode(RESOURCE, in.readAllBytes()));
            Map<String, Map<String, List<RuleId>>> table = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> query : doc.root().properties()) {
                Map<String, List<RuleId>> fields = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : query.getValue().properties()) {
                    List<RuleId> ids = new ArrayList<>();
                    field.getValue().forEach(id -> ids.add(RuleId.of(id.asText())));
                    fields.put(field.getKey(), List.copyOf(ids));
                }
                table.put(query.getKey(), fields);
            }
            return new FieldOwners(table);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
