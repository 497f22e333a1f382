package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deliberately broken candidate-constraints implementations are caught by the vectors, naming the broken rule. */
class ConstraintsFaultsTest {
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors")).stream()
            .filter(c -> c.subject() == Subject.CANDIDATE_CONSTRAINTS).toList();

    /** The reference with one behaviour of its candidate-constraints subject replaced. */
    private static Implementation faulty(String name, UnaryOperator<CandidateConstraintsSubject> fault) {
        ReferenceImplementation reference = new ReferenceImplementation();
        return new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", reference.capabilities().profile(),
                        EnumSet.of(Subject.CANDIDATE_CONSTRAINTS), true);
            }

            @Override
            public CandidateConstraintsSubject candidateConstraints(Constraints base) {
                return fault.apply(reference.candidateConstraints(base));
            }
        };
    }

    private static CandidateConstraintsSubject acceptingEverything(CandidateConstraintsSubject inner) {
        return new CandidateConstraintsSubject() {
            @Override
            public Outcome append(ConstraintCandidate candidate) {
                inner.append(candidate);
                return Outcome.accepted();
            }

            @Override
            public Constraints constraints() {
                return inner.constraints();
            }
        };
    }

    /** Code size compared with >= instead of >: code of exactly max_code_size is refused (AB-CONS-005). */
    private static CandidateConstraintsSubject codeSizeWithGreaterOrEqual(CandidateConstraintsSubject inner) {
        return new CandidateConstraintsSubject() {
            @Override
            public Outcome append(ConstraintCandidate candidate) {
                if (candidate.commitments().newValidationCode() instanceof NewCode.Present p
                        && p.size() == inner.constraints().maxCodeSize()) {
                    return Outcome.rejected(dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_005,
                            "code size " + p.size() + " >= " + p.size());
                }
                return inner.append(candidate);
            }

            @Override
            public Constraints constraints() {
                return inner.constraints();
            }
        };
    }

    /** Children are checked against the base constraints, ignoring what their ancestors sent (AB-CONS-019). */
    private static CandidateConstraintsSubject budgetsNotShared(Constraints base) {
        ReferenceImplementation reference = new ReferenceImplementation();
        return new CandidateConstraintsSubject() {
            private CandidateConstraintsSubject chain = reference.candidateConstraints(base);

            @Override
            public Outcome append(ConstraintCandidate candidate) {
                Constraints next = chain.constraints();
                Outcome outcome = chain.append(candidate);
                if (outcome.isAccepted()) {
                    Constraints after = chain.constraints();
                    chain = reference.candidateConstraints(base.withRequiredParent(after.requiredParent())
                            .withValidationCodeHash(after.validationCodeHash())
                            .withValidWatermarks(after.validWatermarks())
                            .withDmpRemainingMessages(after.dmpRemainingMessages())
                            .withFutureValidationCode(after.futureValidationCode()));
                }
                return next == null ? outcome : outcome;
            }

            @Override
            public Constraints constraints() {
                return chain.constraints();
            }
        };
    }

    private static void assertCaught(Implementation implementation, String rule) {
        VectorRunner runner = new VectorRunner(implementation, Catalog.load());
        List<CaseResult> failures = VECTORS.stream().map(runner::run).filter(CaseResult::isFailure).toList();
        assertFalse(failures.isEmpty(), implementation.capabilities().name() + " passed every vector");
        assertTrue(failures.stream().anyMatch(f -> f.message().startsWith("[" + rule + "]")),
                () -> "no failure names " + rule + ": " + failures.stream().map(CaseResult::message).toList());
        CaseResult first = failures.stream().filter(f -> f.message().startsWith("[" + rule + "]")).findFirst()
                .orElseThrow();
        assertTrue(first.message().matches("\\[AB-[A-Z]+-\\d{3}] .+ \\| expected: .+ \\| but was: .+ \\| at: "
                + "cons-\\d{3}-[a-z0-9-]+ step \\d+ .+ \\| hint: .+"), first.message());
    }

    @Test
    @DisplayName("an implementation that accepts every candidate fails, naming the rules it breaks")
    void acceptsEverything() {
        Implementation implementation = faulty("accepts-everything", ConstraintsFaultsTest::acceptingEverything);
        assertCaught(implementation, "AB-CONS-001");
        assertCaught(implementation, "AB-CONS-015");
    }

    @Test
    @DisplayName("AB-CONS-005 code size checked with >= is caught at the boundary")
    void codeSizeOffByOne() {
        assertCaught(faulty("code-size-greater-or-equal", ConstraintsFaultsTest::codeSizeWithGreaterOrEqual),
                "AB-CONS-005");
    }

    @Test
    @DisplayName("AB-CONS-019 budgets not shared along the chain are caught")
    void budgetsNotShared() {
        ReferenceImplementation reference = new ReferenceImplementation();
        Implementation implementation = new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities("budgets-not-shared", "0", reference.capabilities().profile(),
                        EnumSet.of(Subject.CANDIDATE_CONSTRAINTS), true);
            }

            @Override
            public CandidateConstraintsSubject candidateConstraints(Constraints base) {
                return budgetsNotShared(base);
            }
        };
        assertCaught(implementation, "AB-CONS-019");
    }

    @Test
    @DisplayName("the reference passes every constraints vector")
    void referencePasses() {
        VectorRunner runner = new VectorRunner(new ReferenceImplementation(), Catalog.load());
        List<CaseResult> failures = VECTORS.stream().map(runner::run).filter(CaseResult::isFailure).toList();
        assertTrue(failures.isEmpty(), () -> failures.toString());
        assertTrue(VECTORS.size() >= 44);
        assertTrue(ValidationCodeHash.ofLabel("x") != null);
    }
}
