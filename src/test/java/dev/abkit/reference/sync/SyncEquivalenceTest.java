package dev.abkit.reference.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.ParaId;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.ProspectiveParachains;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "Synchronous backing is the corner case of asynchronous backing", executed: the minimal synchronous model and the
 * prospective-parachains model with max_candidate_depth = allowed_ancestry_len = 0 are driven with the same generated
 * event streams (leaf activations with inclusions and pending availability, seconded candidates on every kind of
 * parent and relay parent, backing, duplicates) and must offer the same backable candidate for every para after every
 * event.
 *
 * <p>Admission outcomes are not compared: the synchronous model refuses a second candidate in flight, while the
 * fragment chain keeps it as unconnected without ever making it backable (depth never rejects, AB-ADMIT-009).
 */
class SyncEquivalenceTest {
    private static final int STREAMS = 300;

    @TestFactory
    Stream<DynamicTest> synchronous_model_equals_asynchronous_model_with_zero_parameters() {
        return IntStream.range(0, STREAMS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> new EventStream(seed).run()));
    }

    /** One generated event stream applied to both models. */
    private static final class EventStream extends SyncStream {
        EventStream(long seed) {
            super(seed, new ProspectiveParachains(AsyncBackingParams.SYNCHRONOUS, Checks.unobserved()));
        }

        @Override
        void compare() {
            for (ParaId para : PARAS) {
                Optional<CandidateHash> expected = sync.backableCandidate(para);
                Optional<CandidateHash> asyncBackable = asyncBackable(para, Set.of());
                expected.ifPresent(c -> backableSeen++);
                assertEquals(expected, asyncBackable, () -> "seed " + seed + ", " + para + " after:\n  "
                        + String.join("\n  ", log));
            }
        }
    }
}
