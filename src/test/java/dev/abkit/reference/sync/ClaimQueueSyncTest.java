package dev.abkit.reference.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.ParaId;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.ProspectiveParachains;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The claim-queue era's counterpart of {@link SyncEquivalenceTest}. From PR 7254 (stable2503) the node reads no
 * AsyncBackingParams, so "zero for both" no longer exists on the node; the nearest configuration is one core per para
 * and scheduling_lookahead 1 (relay parent = the leaf). Driven with the same generated streams as the synchronous
 * model, the claim-queue model with that configuration offers the same backable candidate for every para without a
 * candidate pending availability, and differs exactly where one is pending: there it may offer the pending
 * candidate's child (the chain holds the pending candidates plus one per core, AB-CHAIN-001 under claim-queue),
 * which synchronous backing never does. Some stream must show that difference: synchronous backing in the claim-queue
 * era comes only from the parachain runtime (capacity 1, the expect-parent-included hook), not from the relay chain.
 */
class ClaimQueueSyncTest {
    private static final int STREAMS = 300;
    private static final Profile CLAIM_QUEUE = Profile.of(Variant.CLAIM_QUEUE);
    /** One core per para, scheduling_lookahead 1; the AsyncBackingParams beside it (0, 0) are not read. */
    private static final AsyncBackingParams NEAREST = AsyncBackingParams.SYNCHRONOUS.withClaimQueue(
            new ClaimQueue(SyncStream.PARAS.stream().map(List::of).toList(), 1));
    private static final AtomicInteger AHEAD_OF_SYNC = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> claim_queue_one_core_lookahead_one_is_synchronous_only_without_pending_candidates() {
        Stream<DynamicTest> streams = IntStream.range(0, STREAMS).mapToObj(seed -> DynamicTest.dynamicTest(
                "seed " + seed, () -> new EventStream(seed).run()));
        return Stream.concat(streams, Stream.of(DynamicTest.dynamicTest("some stream backs on a pending candidate",
                () -> assertTrue(AHEAD_OF_SYNC.get() > 0, "the claim-queue node never offered a candidate on top of"
                        + " a pending one, so the difference from synchronous backing was not shown"))));
    }

    /** One generated event stream applied to both models. */
    private static final class EventStream extends SyncStream {
        EventStream(long seed) {
            super(seed, new ProspectiveParachains(NEAREST, Checks.unobserved(),
                    new InclusionEmulator(Checks.unobserved(), CLAIM_QUEUE), CLAIM_QUEUE));
        }

        @Override
        void compare() {
            for (ParaId para : PARAS) {
                Optional<CandidateHash> expected = sync.backableCandidate(para);
                Optional<CandidateHash> asyncBackable = asyncBackable(para, Set.of());
                Made onPending = pending.get(para);
                if (onPending != null) {
                    assertEquals(Optional.empty(), expected, () -> "seed " + seed + ": synchronous backing offered a"
                            + " candidate while one is pending");
                    // The block author names the pending candidates as ancestors, as the provisioner does.
                    Optional<CandidateHash> onTop = asyncBackable(para, Set.of(onPending.hash));
                    onTop.ifPresent(c -> {
                        assertEquals(onPending.output, candidates.get(c).parent, () -> "seed " + seed + ", " + para
                                + ": the claim-queue node offered a candidate not on the pending one");
                        AHEAD_OF_SYNC.incrementAndGet();
                    });
                    continue;
                }
                expected.ifPresent(c -> backableSeen++);
                assertEquals(expected, asyncBackable, () -> "seed " + seed + ", " + para + " after:\n  "
                        + String.join("\n  ", log));
            }
        }
    }
}
