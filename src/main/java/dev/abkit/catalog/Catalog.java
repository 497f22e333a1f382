package dev.abkit.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule catalog: every rule of the kit, loaded from one YAML resource per {@link Area}. A rule id appears once;
 * each rule's area must match the file it is in.
 */
public final class Catalog {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<RuleId, Rule> rules;

    private Catalog(Map<RuleId, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** Loads the catalog bundled with the kit. */
    public static Catalog load() {
        Map<RuleId, Rule> all = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            for (Rule rule : loadArea(area)) {
                if (all.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalArgumentException(
                            "rule " + rule.id() + " is declared twice (" + area.resource() + ")");
                }
            }
        }
        return new Catalog(all);
    }

    private static List<Rule> loadArea(Area area) {
        String resource = area.resource();
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            AreaFile file = YAML.readValue(in, AreaFile.class);
            if (!area.name().equals(file.area)) {
                throw new IllegalArgumentException(
                        "expected area " + area + " but was '" + file.area + "' at area (" + resource + ")");
            }
            List<Rule> result = new ArrayList<>();
            for (int i = 0; i < file.rules.size(); i++) {
                result.add(file.rules.get(i).toRule(area, resource + " rules[" + i + "]"));
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed catalog file " + resource + ": " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read catalog resource " + resource, e);
        }
    }

    public Collection<Rule> rules() {
        return rules.values();
    }

    public Optional<Rule> find(RuleId id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule with this id; a missing id is a bug in the kit. */
    public Rule get(RuleId id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule " + id + " is not in the catalog");
        }
        return rule;
    }

    public List<Rule> inArea(Area area) {
        return rules.values().stream().filter(r -> r.area() == area).toList();
    }

    public List<Rule> forSubject(Subject subject) {
        return rules.values().stream().filter(r -> r.subject() == subject).toList();
    }

    public int size() {
        return rules.size();
    }

    private static final class AreaFile {
        @JsonProperty(required = true)
        String area;

        @JsonProperty(required = true)
        List<RuleEntry> rules = List.of();
    }

    private static final class RuleEntry {
        @JsonProperty(required = true)
        String id;

        @JsonProperty(required = true)
        String level;

        @JsonProperty(required = true)
        String subject;

        @JsonProperty(required = true)
        String title;

        @JsonProperty(required = true)
        String statement;

        @JsonProperty
        String seed = "";

        @JsonProperty(required = true)
        List<String> sources = List.of();

        @JsonProperty
        Map<String, ProfileEntry> profiles = Map.of();

        @JsonProperty(required = true)
        String hint;

        @JsonProperty
        String note = "";

        @JsonProperty
        boolean retired;

        Rule toRule(Area area, String where) {
            try {
                RuleId ruleId = RuleId.of(id);
                if (!ruleId.areaCode().equals(area.name())) {
                    throw new IllegalArgumentException("expected a rule of area " + area + " but was " + id);
                }
                Map<Variant, VariantReading> variants = new TreeMap<>();
                profiles.forEach((k, v) -> {
                    try {
                        variants.put(Variant.fromKey(k), v.toReading());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(e.getMessage() + " (profiles." + k + ")", e);
                    }
                });
                return new Rule(ruleId, Level.valueOf(level), Subject.fromKey(subject), title.strip(),
                        statement.strip(), seed == null ? "" : seed.strip(), sources, variants, hint.strip(),
                        note == null ? "" : note.strip(), retired);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " at " + where, e);
            }
        }
    }

    private static final class ProfileEntry {
        @JsonProperty(required = true)
        String reads;

        @JsonProperty
        String pr = "";

        @JsonProperty
        String commit = "";

        @JsonProperty(required = true)
        String file;

        @JsonProperty(required = true)
        String function;

        @JsonProperty
        String since = "";

        @JsonProperty
        String until = "";

        @JsonProperty("replaced_by")
        String replacedBy = "";

        @JsonProperty
        boolean configuration;

        VariantReading toReading() {
            return new VariantReading(reads, pr, commit, file, function, since, until, replacedBy, configuration);
        }
    }
}
