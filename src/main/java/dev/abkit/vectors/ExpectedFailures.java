package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vectors an implementation knowingly fails, each with a reason. Listed cases still run: a listed case that
 * fails is an expected failure, one that passes is an unexpected pass (the list is stale), and an entry that names
 * no vector is an error. File format: a YAML mapping from vector id to reason.
 */
public final class ExpectedFailures {
    /** The system property naming the file. */
    public static final String PROPERTY = "abkit.expectedFailures";

    private final Map<String, String> reasons;
    private final String source;

    private ExpectedFailures(Map<String, String> reasons, String source) {
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        this.source = source;
    }

    public static ExpectedFailures none() {
        return new ExpectedFailures(Map.of(), "");
    }

    public static ExpectedFailures of(Map<String, String> reasons) {
        return new ExpectedFailures(reasons, "");
    }

    /** The file the list was read from, for messages; empty for a list built in code. */
    public String source() {
        return source;
    }

    /** The list named by the system property, or none. */
    public static ExpectedFailures configured() {
        String file = System.getProperty(PROPERTY, "").trim();
        return file.isEmpty() ? none() : read(Path.of(file));
    }

    public static ExpectedFailures read(Path file) {
        String text = InputText.read(file, "expected-failures file");
        LocatedYaml doc = LocatedYaml.parse(file.toString(), text);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a mapping from vector id to reason " + doc.at(""));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw new IllegalArgumentException("expected a reason (text) for " + e.getKey() + " "
                        + doc.at(e.getKey()));
            }
            reasons.put(e.getKey(), e.getValue().asText());
        }
        return new ExpectedFailures(reasons, file.toString());
    }

    public Optional<String> reason(String caseId) {
        return Optional.ofNullable(reasons.get(caseId));
    }

    /** Entries that name none of the given vector ids. */
    public Set<String> unmatched(Collection<String> caseIds) {
        Set<String> result = new TreeSet<>(reasons.keySet());
        result.removeAll(caseIds);
        return result;
    }

    /** Applies the list to a raw result. */
    public CaseResult apply(CaseResult result) {
        Optional<String> reason = reason(result.caseId());
        if (reason.isEmpty() || result.status() == CaseResult.Status.SKIPPED) {
            return result;
        }
        if (result.status() == CaseResult.Status.FAILED) {
            return new CaseResult(result.caseId(), result.rules(), CaseResult.Status.EXPECTED_FAILURE,
                    "expected failure (" + reason.get() + "): " + result.message(), result.failedRule(),
                    result.nanos());
        }
        return new CaseResult(result.caseId(), result.rules(), CaseResult.Status.UNEXPECTED_PASS,
                "listed as an expected failure (" + reason.get() + ") but passed: remove it from the list",
                result.failedRule(), result.nanos());
    }

    public List<String> ids() {
        return List.copyOf(reasons.keySet());
    }
}
