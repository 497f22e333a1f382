package dev.abkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.process.ProcessImplementation;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An implementation that does not report rule ids (as a process with {@code reports_reasons: false}, whose rejections
 * carry {@link ProcessImplementation#UNREPORTED}) and rejects what the reference accepts: the disagreement is a
 * finding named after a catalog rule, with the reference's verdict, and its vector replays.
 */
class UnreportedReasonsTest {
    private static final Catalog CATALOG = Catalog.load();

    /** Rejects, without a reason, every candidate that sends an upward message. */
    private static final Implementation SILENT = new Implementation() {
        @Override
        public Capabilities capabilities() {
            return new Capabilities("silent-ump", "1", Profile.BASELINE, EnumSet.of(Subject.CANDIDATE_CONSTRAINTS),
                    false);
        }

        @Override
        public CandidateConstraintsSubject candidateConstraints(Constraints base) {
            CandidateConstraintsSubject inner = new ReferenceImplementation().candidateConstraints(base);
            return new CandidateConstraintsSubject() {
                @Override
                public Outcome append(ConstraintCandidate candidate) {
                    if (!candidate.commitments().queuedUpwardMessages().isEmpty()) {
                        return Outcome.rejected(ProcessImplementation.UNREPORTED, "rejected");
                    }
                    return inner.append(candidate);
                }

                @Override
                public Constraints constraints() {
                    return inner.constraints();
                }
            };
        }
    };

    @Test
    @DisplayName("a rejection without a reported rule is a finding named by a catalog rule, and its vector replays")
    void findingOfAnImplementationWithoutReasons(@TempDir Path out) {
        FuzzReport report = FuzzCampaign.of(SILENT).subjects(Set.of(Subject.CANDIDATE_CONSTRAINTS)).cases(100)
                .writeTo(out).run();
        assertTrue(report.hasFailures(), () -> report.render(CATALOG));
        VectorRunner faulty = new VectorRunner(SILENT, CATALOG);
        VectorRunner reference = new VectorRunner(new ReferenceImplementation(), CATALOG);
        for (FuzzFailure failure : report.failures()) {
            RuleId rule = failure.shrunk().rule();
            assertTrue(CATALOG.find(rule).isPresent(), () -> "finding named by " + rule);
            assertTrue(failure.shrunk().toString().contains("expected accepted"), failure.shrunk()::toString);
            VectorCase vector = VectorRepository.file(Path.of(failure.file().get(0)));
            assertTrue(vector.rules().stream().allMatch(r -> CATALOG.find(r).isPresent()), vector.rules()::toString);
            assertEquals(CaseResult.Status.FAILED, faulty.run(vector).status());
            assertEquals(CaseResult.Status.PASSED, reference.run(vector).status(), () -> reference.run(vector)
                    .message());
        }
        assertTrue(report.render(CATALOG).contains("silent-ump"));
    }
}
