package dev.abkit.reference.sync;

import dev.abkit.reference.prospective.AsyncBackingParams;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_001;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_002;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_003;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.sync.SyncEvent.CandidateBacked;
import dev.abkit.reference.sync.SyncEvent.CandidateSeconded;
import dev.abkit.reference.sync.SyncEvent.LeafActivated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SynchronousBackingTest {
    private static final ParaId PARA = ParaId.of(100);
    private static final ParaId OTHER = ParaId.of(200);
    private static final HeadData H0 = HeadData.ofLabel("h0");
    private static final HeadData H1 = HeadData.ofLabel("h1");
    private static final HeadData H1_RIVAL = HeadData.ofLabel("h1-rival");
    private static final HeadData H2 = HeadData.ofLabel("h2");
    private static final RelayHash R1 = RelayHash.ofLabel("R1");
    private static final RelayHash R2 = RelayHash.ofLabel("R2");
    private static final RelayHash R3 = RelayHash.ofLabel("R3");
    private static final CandidateHash A = CandidateHash.ofLabel("A");
    private static final CandidateHash A_RIVAL = CandidateHash.ofLabel("A-rival");
    private static final CandidateHash B = CandidateHash.ofLabel("B");

    private final List<RuleId> fired = new ArrayList<>();
    private final SynchronousBacking model = new SynchronousBacking(new Checks((rule, held) -> {
        if (!held) {
            fired.add(rule);
        }
    }));

    private static LeafActivated leaf(long number, RelayHash hash, Map<ParaId, ParaRuntimeView> paras) {
        return new LeafActivated(RelayBlockNumber.of(number), hash, AsyncBackingParams.SYNCHRONOUS, paras);
    }

    private static LeafActivated leaf(long number, RelayHash hash, ParaRuntimeView para) {
        return leaf(number, hash, Map.of(PARA, para));
    }

    private static CandidateSeconded seconded(CandidateHash c, RelayHash relayParent, HeadData parent, HeadData out) {
        return new CandidateSeconded(c, PARA, relayParent, parent, out);
    }

    private static PendingAvailability pendingA() {
        return new PendingAvailability(A, R1, H0, H1);
    }

    private void accept(SyncEvent... events) {
        for (SyncEvent e : events) {
            assertEquals(Outcome.accepted(), model.apply(e), e.toString());
        }
    }

    private void assertRejected(RuleId rule, SyncEvent event) {
        SyncView before = model.view();
        Outcome outcome = model.apply(event);
        assertTrue(outcome instanceof Outcome.Rejected r && r.rule().equals(rule),
                "expected rejected(" + rule + ") but was " + outcome);
        assertEquals(before, model.view(), "a rejected step leaves the state unchanged");
    }

    @Test
    @DisplayName("every event type is handled")
    void everyEventHandled() {
        List<Class<?>> permitted = Arrays.asList(SyncEvent.class.getPermittedSubclasses());
        assertEquals(List.of(LeafActivated.class, CandidateSeconded.class, CandidateBacked.class), permitted);
        for (SyncEvent e : List.of(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1),
                new CandidateBacked(A))) {
            assertTrue(model.apply(e).isAccepted(), e.toString());
        }
    }

    @Nested
    class ZeroParameters {
        @Test
        @DisplayName("AB-SYNC-001 a leaf reporting max_candidate_depth 0 and allowed_ancestry_len 0 is accepted")
        void zeroZero() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)));
            assertEquals(Optional.of(new ActiveLeaf(RelayBlockNumber.of(1), R1)), model.view().activeLeaf());
        }

        @Test
        @DisplayName("AB-SYNC-001 a leaf reporting max_candidate_depth 1 or allowed_ancestry_len 1 is not synchronous")
        void oneNonZero() {
            for (AsyncBackingParams params : List.of(new AsyncBackingParams(1, 0), new AsyncBackingParams(0, 1),
                    new AsyncBackingParams(3, 2))) {
                assertRejected(AB_SYNC_001, new LeafActivated(RelayBlockNumber.of(1), R1, params,
                        Map.of(PARA, ParaRuntimeView.included(H0))));
            }
            assertTrue(model.view().activeLeaf().isEmpty());
        }
    }

    @Nested
    class OneCandidateInFlight {
        @Test
        @DisplayName("AB-SYNC-002 competing candidates on the included head may be backed; only the lowest hash is backable")
        void competingCandidates() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1),
                    seconded(A_RIVAL, R1, H0, H1_RIVAL), new CandidateBacked(A), new CandidateBacked(A_RIVAL));
            CandidateHash lower = A.compareTo(A_RIVAL) < 0 ? A : A_RIVAL;
            assertEquals(Optional.of(lower), model.backableCandidate(PARA));
            assertEquals(2, model.view().para(PARA).orElseThrow().inFlight().size());
        }

        @Test
        @DisplayName("AB-SYNC-002 a candidate on the included head is rejected while one is pending availability")
        void secondWhilePending() {
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            assertRejected(AB_SYNC_002, seconded(A_RIVAL, R2, H0, H1_RIVAL));
        }

        @Test
        @DisplayName("AB-SYNC-002 with nothing in flight a candidate on the included head is accepted")
        void firstAccepted() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1));
            assertEquals(CandidateStatus.SECONDED,
                    model.view().para(PARA).orElseThrow().inFlight().get(0).status());
        }

        @Test
        @DisplayName("AB-SYNC-002 a leaf with one candidate pending availability is accepted, with two it is rejected")
        void pendingCount() {
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            PendingAvailability second = new PendingAvailability(B, R1, H1, H2);
            assertRejected(AB_SYNC_002, leaf(3, R3, new ParaRuntimeView(H0, List.of(pendingA(), second))));
        }

        @Test
        @DisplayName("AB-SYNC-002 the backed candidate is the backable one; pending availability is not backable")
        void backable() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1));
            assertEquals(Optional.empty(), model.backableCandidate(PARA));
            accept(new CandidateBacked(A));
            assertEquals(Optional.of(A), model.backableCandidate(PARA));
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            assertEquals(Optional.empty(), model.backableCandidate(PARA));
            assertEquals(Optional.empty(), model.backableCandidate(OTHER));
        }

        @Test
        @DisplayName("AB-SYNC-002 backing an unknown candidate or the one pending availability changes nothing")
        void backUnknown() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1));
            SyncView before = model.view();
            accept(new CandidateBacked(B));
            assertEquals(before, model.view());
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            SyncView pending = model.view();
            accept(new CandidateBacked(A));
            assertEquals(pending, model.view());
            assertEquals(Optional.empty(), model.backableCandidate(PARA));
        }

        @Test
        @DisplayName("AB-SYNC-002 backing the same candidate twice is accepted and changes nothing")
        void backTwice() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1), new CandidateBacked(A));
            SyncView before = model.view();
            accept(new CandidateBacked(A));
            assertEquals(before, model.view());
        }

        @Test
        @DisplayName("AB-SYNC-002 the limit is per para: a candidate pending availability of one para does not hold up another")
        void perPara() {
            accept(leaf(2, R2, Map.of(PARA, ParaRuntimeView.pending(H0, pendingA()), OTHER,
                    ParaRuntimeView.included(H0))), new CandidateSeconded(B, OTHER, R2, H0, H2));
            assertRejected(AB_SYNC_002, seconded(A_RIVAL, R2, H0, H1_RIVAL));
        }
    }

    @Nested
    class ActiveLeafOnly {
        @Test
        @DisplayName("AB-SYNC-003 a candidate whose relay parent is the active leaf is accepted")
        void activeLeaf() {
            accept(leaf(2, R2, ParaRuntimeView.included(H0)), seconded(A, R2, H0, H1));
        }

        @Test
        @DisplayName("AB-SYNC-003 a candidate whose relay parent is the parent of the active leaf is rejected")
        void parentOfLeaf() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), leaf(2, R2, ParaRuntimeView.included(H0)));
            assertRejected(AB_SYNC_003, seconded(A, R1, H0, H1));
        }

        @Test
        @DisplayName("AB-SYNC-003 with no active leaf every candidate is rejected")
        void noLeaf() {
            assertRejected(AB_SYNC_003, seconded(A, R1, H0, H1));
        }

        @Test
        @DisplayName("AB-SYNC-003 a backed candidate not put on chain by the next leaf is dropped")
        void droppedOnLeafChange() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1), new CandidateBacked(A));
            fired.clear();
            accept(leaf(2, R2, ParaRuntimeView.included(H0)));
            assertEquals(List.of(AB_SYNC_003), fired);
            assertTrue(model.view().para(PARA).orElseThrow().inFlight().isEmpty());
            assertEquals(Optional.empty(), model.backableCandidate(PARA));
            accept(seconded(A_RIVAL, R2, H0, H1_RIVAL));
        }

        @Test
        @DisplayName("AB-SYNC-003 a backed candidate the next leaf reports pending availability is kept, not dropped")
        void keptWhenOnChain() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1), new CandidateBacked(A));
            fired.clear();
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            assertEquals(List.of(), fired);
            assertEquals(CandidateStatus.PENDING_AVAILABILITY,
                    model.view().para(PARA).orElseThrow().pendingAvailability().orElseThrow().status());
        }
    }

    @Nested
    class IncludedHeadOnly {
        @Test
        @DisplayName("AB-SYNC-004 a candidate on the output of the candidate pending availability is rejected")
        void onPendingOutput() {
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
            assertRejected(AB_SYNC_004, seconded(B, R2, H1, H2));
        }

        @Test
        @DisplayName("AB-SYNC-004 once the leaf reports the predecessor included, a candidate on its head is accepted")
        void afterInclusion() {
            accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())), leaf(3, R3, ParaRuntimeView.included(H1)),
                    seconded(B, R3, H1, H2));
        }

        @Test
        @DisplayName("AB-SYNC-004 a candidate on a head other than the included head is rejected")
        void wrongParent() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)));
            assertRejected(AB_SYNC_004, seconded(B, R1, H1, H2));
        }

        @Test
        @DisplayName("AB-SYNC-004 a candidate of a para the leaf does not report has no included head to build on")
        void unknownPara() {
            accept(leaf(1, R1, ParaRuntimeView.included(H0)));
            assertRejected(AB_SYNC_004, new CandidateSeconded(A, OTHER, R1, H0, H1));
        }

        @Test
        @DisplayName("AB-SYNC-004 a leaf whose pending candidate does not build on the included head is rejected")
        void inconsistentPending() {
            assertRejected(AB_SYNC_004, leaf(2, R2, ParaRuntimeView.pending(H1, pendingA())));
        }
    }

    @Test
    @DisplayName("AB-SYNC-001 a full synchronous cycle: seconded and backed at R1, pending at R2, included at R3")
    void fullCycle() {
        accept(leaf(1, R1, ParaRuntimeView.included(H0)), seconded(A, R1, H0, H1), new CandidateBacked(A));
        assertEquals(Optional.of(A), model.backableCandidate(PARA));
        accept(leaf(2, R2, ParaRuntimeView.pending(H0, pendingA())));
        assertFalse(model.apply(seconded(B, R2, H1, H2)).isAccepted());
        accept(leaf(3, R3, ParaRuntimeView.included(H1)), seconded(B, R3, H1, H2), new CandidateBacked(B));
        assertEquals(Optional.of(B), model.backableCandidate(PARA));
        assertEquals(H1, model.view().para(PARA).orElseThrow().includedHead());
    }
}
