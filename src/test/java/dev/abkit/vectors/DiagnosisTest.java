package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A failed check names every differing field and is attributed to the rules owning those fields, with their hints;
 * with keep-going, a case reports every mismatching step.
 */
class DiagnosisTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final VectorCase HEAD_OVER_LIMIT = VectorRepository.file(
            Path.of("vectors/candidate-constraints/cons/cons-002-head-over-limit.yaml"));

    /** The reference, with the constraints it reports after appends passed through {@code alter}. */
    private static Implementation altered(UnaryOperator<Outcome> outcomes, Consumer<ObjectNode> alter) {
        ReferenceImplementation reference = new ReferenceImplementation();
        return new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities("altered", "1", Profile.BASELINE, EnumSet.of(Subject.CANDIDATE_CONSTRAINTS),
                        true);
            }

            @Override
            public CandidateConstraintsSubject candidateConstraints(Constraints base) {
                CandidateConstraintsSubject inner = reference.candidateConstraints(base);
                return new CandidateConstraintsSubject() {
                    @Override
                    public Outcome append(ConstraintCandidate candidate) {
                        return outcomes.apply(inner.append(candidate));
                    }

                    @Override
                    public Constraints constraints() {
                        ObjectNode tree = (ObjectNode) DomainJson.toTree(inner.constraints());
                        alter.accept(tree);
                        return DomainJson.fromTree(tree, Constraints.class);
                    }
                };
            }
        };
    }

    @Test
    @DisplayName("two differing fields are both named and attributed to their owners, not to the case's rule")
    void everyFieldNamedAndAttributed() {
        Implementation implementation = altered(o -> o, tree -> {
            tree.put("ump_remaining", tree.get("ump_remaining").asLong() - 1);
            tree.putArray("valid_watermarks").add(99);
        });
        CaseResult result = new VectorRunner(implementation, CATALOG).run(HEAD_OVER_LIMIT);
        assertEquals(CaseResult.Status.FAILED, result.status(), result.message());
        String message = result.message();
        assertTrue(message.startsWith("[AB-CONS-015] Upward messages fit the relay queue | "), message);
        assertTrue(message.contains("also attributed to: [AB-CONS-019] "), message);
        assertTrue(message.contains("; [AB-CONS-020] A watermark narrows the valid watermarks (hint: "), message);
        assertTrue(message.contains("2 fields differ: ump_remaining: expected 1000000 but was 999999; "
                + "valid_watermarks: expected [] but was [99]"), message);
        assertTrue(message.contains("| hint: " + CATALOG.get(RuleId.of("AB-CONS-015")).hint()), message);
        assertTrue(message.contains("(hint: " + CATALOG.get(RuleId.of("AB-CONS-020")).hint() + ")"), message);
        assertFalse(message.contains(CATALOG.get(RuleId.of("AB-CONS-002")).hint()), message);
        assertEquals(RuleId.of("AB-CONS-015"), result.failedRule());
    }

    @Test
    @DisplayName("a differing field no rule owns is attributed to the case's first rule")
    void unownedFieldFallsBackToTheCase() {
        Implementation implementation = altered(o -> o, tree -> tree.put("max_pov_size", 1));
        CaseResult result = new VectorRunner(implementation, CATALOG).run(HEAD_OVER_LIMIT);
        assertTrue(result.message().startsWith("[AB-CONS-002] "), result.message());
        assertTrue(result.message().contains("expected: max_pov_size = 1000000 | but was: max_pov_size = 1"),
                result.message());
        assertEquals(RuleId.of("AB-CONS-002"), result.failedRule());
    }

    @Test
    @DisplayName("keep-going reports every mismatching step of a case; by default the first ends it")
    void keepGoing() {
        Implementation implementation = altered(o -> Outcome.accepted(), tree -> tree.put("max_pov_size", 1));
        CaseResult first = new VectorRunner(implementation, CATALOG).run(HEAD_OVER_LIMIT);
        assertTrue(first.message().contains("step 1 append"), first.message());
        assertFalse(first.message().contains("step 2"), first.message());
        CaseResult all = new VectorRunner(implementation, CATALOG, true).run(HEAD_OVER_LIMIT);
        assertTrue(all.message().contains("step 1 append") && all.message().contains("1 more mismatching step(s)")
                && all.message().contains("step 2 check current_constraints"), all.message());
        assertEquals(RuleId.of("AB-CONS-002"), all.failedRule());
    }

    @Test
    @DisplayName("the field-owner table names catalog rules and query types the vectors use")
    void tableIsTraced() {
        FieldOwners owners = FieldOwners.standard();
        for (RuleId id : owners.rules()) {
            assertTrue(CATALOG.find(id).isPresent(), id + " is not in the catalog");
        }
        Set<String> queries = new TreeSet<>();
        for (VectorCase c : VectorRepository.fromDirectory(Path.of("vectors"))) {
            for (Step step : c.steps()) {
                if (step instanceof Step.Check check) {
                    queries.add(check.query().path("type").asText());
                }
            }
        }
        assertTrue(queries.containsAll(owners.queryTypes()), "types not in the vectors: " + owners.queryTypes());
        assertEquals(List.of(RuleId.of("AB-SEG-005")), owners.owners("segment", "segment.used.ump_messages"));
        assertEquals(3, owners.owners("segment", "segment.head").size());
        assertTrue(owners.owners("current_constraints", "max_pov_size").isEmpty());
    }
}
