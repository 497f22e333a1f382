package dev.abkit.reference.runtime;

import dev.abkit.reference.constraints.PersistedValidationData;
import static dev.abkit.reference.runtime.RuntimeFixture.GENESIS_HEAD;
import static dev.abkit.reference.runtime.RuntimeFixture.OTHER;
import static dev.abkit.reference.runtime.RuntimeFixture.OTHER_GENESIS_HEAD;
import static dev.abkit.reference.runtime.RuntimeFixture.PARA;
import static dev.abkit.reference.runtime.RuntimeFixture.candidate;
import static dev.abkit.reference.runtime.RuntimeFixture.hashOf;
import static dev.abkit.reference.runtime.RuntimeFixture.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuntimeAcceptanceTest {

    /** The verdict on one candidate of the inherent. */
    private static Outcome outcomeOf(RuntimeStep step, BackedCandidate candidate) {
        return step.verdicts().stream().filter(v -> v.candidate().equals(candidate.hash()))
                .map(CandidateVerdict::outcome).findFirst()
                .orElseThrow(() -> new AssertionError("candidate " + candidate.hash() + " is not in this step"));
    }

    private static void assertAccepted(RuntimeStep step, BackedCandidate candidate) {
        Outcome outcome = outcomeOf(step, candidate);
        assertTrue(outcome.isAccepted(), () -> "expected " + candidate.hash() + " accepted but was " + outcome
                + (outcome instanceof Outcome.Rejected r ? ": " + r.detail() : ""));
    }

    private static void assertRejected(RuntimeStep step, BackedCandidate candidate, RuleId rule) {
        Outcome outcome = outcomeOf(step, candidate);
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome,
                () -> "expected " + candidate.hash() + " rejected by " + rule + " but was " + outcome);
        assertEquals(rule, rejected.rule(), rejected.detail());
    }

    private static List<Long> allowedNumbers(RuntimeFixture f) {
        return f.model.allowedRelayParents().stream().map(rp -> rp.number().value()).toList();
    }

    private static List<CandidateHash> pendingHashes(RuntimeFixture f) {
        return f.model.view().paras().get(PARA).pending().stream().map(PendingCandidate::hash).toList();
    }

    @Nested
    class AllowedRelayParents {
        @Test
        @DisplayName("AB-RT-001 with a=2 block 10 allows exactly the a+1 relay parents 7, 8, 9, oldest first")
        void windowHoldsAPlusOne() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            assertEquals(List.of(7L, 8L, 9L), allowedNumbers(f));
            assertEquals(hashOf(9), f.model.allowedRelayParents().get(2).hash());
            assertEquals(RelayBlock.of(7, 0).stateRoot(), f.model.allowedRelayParents().get(0).stateRoot());
        }

        @Test
        @DisplayName("AB-RT-001 before a+1 blocks have passed the window holds every ancestor since the start")
        void windowFillsUp() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2);
            assertEquals(List.of(), allowedNumbers(f));
            assertEquals(List.of(0L), allowedNumbers(f.advanceTo(1)));
            assertEquals(List.of(0L, 1L), allowedNumbers(f.advanceTo(2)));
            assertEquals(List.of(0L, 1L, 2L), allowedNumbers(f.advanceTo(3)));
            assertEquals(List.of(1L, 2L, 3L), allowedNumbers(f.advanceTo(4)));
        }

        @Test
        @DisplayName("AB-RT-001 with a=2 in block 10 a relay parent N-1-a = 7 is accepted")
        void oldestAllowedAccepted() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate c = candidate("c", 7, GENESIS_HEAD, head("h1"));
            assertAccepted(f.back(c), c);
        }

        @Test
        @DisplayName("AB-RT-001 with a=2 in block 10 a relay parent N-2-a = 6 is rejected")
        void oneTooOldRejected() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate c = candidate("c", 6, GENESIS_HEAD, head("h1"));
            assertRejected(f.back(c), c, RuntimeAcceptanceRules.AB_RT_001);
        }

        @Test
        @DisplayName("AB-RT-001 with a=0 only the parent N-1 is allowed; N-2 is rejected")
        void zeroAncestry() {
            RuntimeFixture f = RuntimeFixture.withAncestry(0).advanceTo(10);
            assertEquals(List.of(9L), allowedNumbers(f));
            BackedCandidate parent = candidate("p", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate older = candidate("o", OTHER, 8, OTHER_GENESIS_HEAD, head("x1"));
            RuntimeStep step = f.back(parent, older);
            assertAccepted(step, parent);
            assertRejected(step, older, RuntimeAcceptanceRules.AB_RT_001);
        }

        @Test
        @DisplayName("AB-RT-001 the including block itself and a block off the chain are not allowed relay parents")
        void currentAndUnknownRejected() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate self = candidate("self", 10, GENESIS_HEAD, head("h1"));
            BackedCandidate fork = new BackedCandidate(CandidateHash.ofLabel("fork"), OTHER,
                    RelayHash.ofLabel("fork-9"),
                    candidate("x", OTHER, 9, OTHER_GENESIS_HEAD, head("x1")).validationData(),
                    head("x1"), BackedCandidate.headHash(head("x1")), RuntimeFixture.OTHER_CODE, 0);
            RuntimeStep step = f.back(self, fork);
            assertRejected(step, self, RuntimeAcceptanceRules.AB_RT_001);
            assertRejected(step, fork, RuntimeAcceptanceRules.AB_RT_001);
        }
    }

    @Nested
    class SessionChange {
        @Test
        @DisplayName("AB-RT-002 in the first block S of a session only S-1 is allowed, and S-1 is accepted")
        void firstBlockOfSessionAllowsParentOnly() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            f.newSession();
            assertEquals(10, f.current());
            assertEquals(List.of(9L), allowedNumbers(f));
            BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
            assertAccepted(f.back(c), c);
        }

        @Test
        @DisplayName("AB-RT-002 in block S a relay parent S-2 of the old session is rejected although it is within a")
        void olderThanSessionRejected() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            f.newSession();
            BackedCandidate c = candidate("c", 8, GENESIS_HEAD, head("h1"));
            assertRejected(f.back(c), c, RuntimeAcceptanceRules.AB_RT_002);
        }

        @Test
        @DisplayName("AB-RT-002 the window refills from S-1 over the session: S+1 allows S-1, S; S+2 allows S-1 .. S+1")
        void windowRefills() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            f.newSession();
            f.advanceTo(11);
            assertEquals(List.of(9L, 10L), allowedNumbers(f));
            BackedCandidate stale = candidate("stale", 8, GENESIS_HEAD, head("h1"));
            assertRejected(f.back(stale), stale, RuntimeAcceptanceRules.AB_RT_002);
            f.advanceTo(12);
            assertEquals(List.of(9L, 10L, 11L), allowedNumbers(f));
            f.advanceTo(13);
            assertEquals(List.of(10L, 11L, 12L), allowedNumbers(f));
        }

        @Test
        @DisplayName("AB-RT-002 a session change drops every candidate pending availability, keeping the included head")
        void sessionChangeDropsPending() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            f.back(a);
            RuntimeStep step = f.newSession();
            assertEquals(List.of(a.hash()), step.dropped());
            assertEquals(List.of(), pendingHashes(f));
            assertEquals(GENESIS_HEAD, f.model.view().paras().get(PARA).head());
            BackedCandidate again = candidate("again", 9, GENESIS_HEAD, head("h1b"));
            assertAccepted(f.back(again), again);
        }

        @Test
        @DisplayName("AB-RT-002 blocks of the same session keep the window and the pending candidates")
        void sameSessionKeepsWindow() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(10);
            assertEquals(List.of(7L, 8L, 9L), allowedNumbers(f));
            assertEquals(List.of(a.hash()), pendingHashes(f));
        }
    }

    @Nested
    class Progression {
        @Test
        @DisplayName("AB-RT-003 a relay parent equal to the newest pending candidate's relay parent is accepted")
        void equalToPendingAccepted() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(11);
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            assertAccepted(f.back(b), b);
        }

        @Test
        @DisplayName("AB-RT-003 a relay parent one below the newest pending candidate's relay parent is rejected")
        void belowPendingRejected() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(11);
            BackedCandidate b = candidate("b", 8, head("h1"), head("h2"));
            assertRejected(f.back(b), b, RuntimeAcceptanceRules.AB_RT_003);
        }

        @Test
        @DisplayName("AB-RT-003 with nothing pending the included context is the bound: equal accepted, below rejected")
        void includedContextBounds() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(11);
            f.available(a.hash());
            assertEquals(RelayBlockNumber.of(9), f.model.view().paras().get(PARA).mostRecentContext());
            BackedCandidate below = candidate("below", 8, head("h1"), head("h2"));
            assertRejected(f.back(below), below, RuntimeAcceptanceRules.AB_RT_003);
            f.advanceTo(12);
            BackedCandidate equal = candidate("equal", 9, head("h1"), head("h2"));
            assertAccepted(f.back(equal), equal);
        }

        @Test
        @DisplayName("AB-RT-003 a para's genesis context 8 rejects relay parent 7 and accepts 8")
        void genesisContext() {
            RuntimeFixture f = RuntimeFixture.with(RuntimeParams.ofAncestry(2), RelayBlockNumber.of(8)).advanceTo(10);
            BackedCandidate seven = candidate("seven", 7, GENESIS_HEAD, head("h1"));
            assertRejected(f.back(seven), seven, RuntimeAcceptanceRules.AB_RT_003);
            f.advanceTo(11);
            BackedCandidate eight = candidate("eight", 8, GENESIS_HEAD, head("h1"));
            assertAccepted(f.back(eight), eight);
        }

        @Test
        @DisplayName("AB-RT-004 two candidates of a para in one inherent may share a relay parent")
        void equalWithinInherentAccepted() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            RuntimeStep step = f.back(a, b);
            assertAccepted(step, a);
            assertAccepted(step, b);
            assertEquals(List.of(a.hash(), b.hash()), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-004 a later candidate of a para in one inherent may not go below the previous relay parent")
        void decreasingWithinInherentRejected() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 8, head("h1"), head("h2"));
            RuntimeStep step = f.back(a, b);
            assertAccepted(step, a);
            assertRejected(step, b, RuntimeAcceptanceRules.AB_RT_004);
            assertEquals(List.of(a.hash()), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-004 increasing relay parents within one inherent are accepted")
        void increasingWithinInherentAccepted() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            RuntimeStep step = f.back(a, b);
            assertAccepted(step, a);
            assertAccepted(step, b);
        }
    }

    @Nested
    class Chaining {
        @Test
        @DisplayName("AB-RT-005 with nothing pending a candidate on the included head is accepted, on another rejected")
        void onIncludedHead() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate good = candidate("good", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate bad = candidate("bad", OTHER, 9, GENESIS_HEAD, head("x1"));
            RuntimeStep step = f.back(good, bad);
            assertAccepted(step, good);
            assertRejected(step, bad, RuntimeAcceptanceRules.AB_RT_005);
        }

        @Test
        @DisplayName("AB-RT-005 with a candidate pending the next one builds on its output, not on the included head")
        void onPendingOutput() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(11);
            BackedCandidate onIncluded = candidate("on-included", 10, GENESIS_HEAD, head("h2"));
            assertRejected(f.back(onIncluded), onIncluded, RuntimeAcceptanceRules.AB_RT_005);
            f.advanceTo(12);
            BackedCandidate onPending = candidate("on-pending", 10, head("h1"), head("h2"));
            assertAccepted(f.back(onPending), onPending);
        }

        @Test
        @DisplayName("AB-RT-005 within one inherent a candidate builds on the previous candidate's output")
        void withinInherent() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate sibling = candidate("sibling", 9, GENESIS_HEAD, head("h1x"));
            RuntimeStep step = f.back(a, sibling);
            assertAccepted(step, a);
            assertRejected(step, sibling, RuntimeAcceptanceRules.AB_RT_005);
        }

        @Test
        @DisplayName("AB-RT-006 a repeated cyclic candidate (parent head = output head) is dropped as a duplicate")
        void cyclicDuplicate() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate cycle = candidate("cycle", 9, GENESIS_HEAD, GENESIS_HEAD);
            RuntimeStep step = f.back(cycle, cycle);
            assertEquals(Outcome.accepted(), step.verdicts().get(0).outcome());
            Outcome.Rejected second = assertInstanceOf(Outcome.Rejected.class, step.verdicts().get(1).outcome());
            assertEquals(RuntimeAcceptanceRules.AB_RT_006, second.rule());
            assertEquals(List.of(cycle.hash()), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-006 a repeated candidate is reported as a duplicate before its chaining is checked")
        void duplicateBeforeChaining() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            RuntimeStep step = f.back(a, a);
            Outcome.Rejected second = assertInstanceOf(Outcome.Rejected.class, step.verdicts().get(1).outcome());
            assertEquals(RuntimeAcceptanceRules.AB_RT_006, second.rule());
        }

        @Test
        @DisplayName("AB-RT-006 the same candidate hash under two paras is judged per para")
        void perPara() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("same", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("same", OTHER, 9, OTHER_GENESIS_HEAD, head("x1"));
            RuntimeStep step = f.back(a, b);
            assertEquals(Outcome.accepted(), step.verdicts().get(0).outcome());
            assertEquals(Outcome.accepted(), step.verdicts().get(1).outcome());
        }
    }

    @Nested
    class CandidateFields {
        private BackedCandidate withData(BackedCandidate c, PersistedValidationData data) {
            return new BackedCandidate(c.hash(), c.para(), c.relayParent(), data, c.outputHead(), c.paraHead(),
                    c.validationCodeHash(), c.newCodeSize());
        }

        @Test
        @DisplayName("AB-RT-007 only the exact relay-parent number, state root and max PoV size are accepted")
        void validationData() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate exact = candidate("exact", OTHER, 9, OTHER_GENESIS_HEAD, head("x1"));
            PersistedValidationData d = candidate("base", 9, GENESIS_HEAD, head("h1")).validationData();
            BackedCandidate root = withData(candidate("root", 9, GENESIS_HEAD, head("h1")),
                    new PersistedValidationData(d.parentHead(), d.relayParentNumber(), Hash32.ofLabel("other"),
                            d.maxPovSize()));
            RuntimeStep step = f.back(exact, root);
            assertAccepted(step, exact);
            assertRejected(step, root, RuntimeAcceptanceRules.AB_RT_007);

            f.advanceTo(11);
            BackedCandidate number = withData(candidate("number", 9, GENESIS_HEAD, head("h1")),
                    new PersistedValidationData(d.parentHead(), RelayBlockNumber.of(8), d.relayParentStorageRoot(),
                            d.maxPovSize()));
            assertRejected(f.back(number), number, RuntimeAcceptanceRules.AB_RT_007);

            f.advanceTo(12);
            BackedCandidate pov = withData(candidate("pov", 10, GENESIS_HEAD, head("h1")),
                    new PersistedValidationData(d.parentHead(), RelayBlockNumber.of(10),
                            RelayBlock.of(10, 0).stateRoot(),
                            d.maxPovSize() + 1));
            assertRejected(f.back(pov), pov, RuntimeAcceptanceRules.AB_RT_007);
        }

        @Test
        @DisplayName("AB-RT-008 a validation code hash other than the para's current one is rejected")
        void codeHash() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate wrong = new BackedCandidate(c.hash(), c.para(), c.relayParent(), c.validationData(),
                    c.outputHead(), c.paraHead(), RuntimeFixture.OTHER_CODE, 0);
            assertRejected(f.back(wrong), wrong, RuntimeAcceptanceRules.AB_RT_008);
            f.advanceTo(11);
            assertAccepted(f.back(c), c);
        }

        @Test
        @DisplayName("AB-RT-009 a descriptor para head that is not the hash of the output head is rejected")
        void paraHead() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate wrong = new BackedCandidate(c.hash(), c.para(), c.relayParent(), c.validationData(),
                    c.outputHead(), BackedCandidate.headHash(head("h2")), c.validationCodeHash(), 0);
            assertRejected(f.back(wrong), wrong, RuntimeAcceptanceRules.AB_RT_009);
            f.advanceTo(11);
            assertAccepted(f.back(c), c);
        }

        private RuntimeFixture sized() {
            return RuntimeFixture.with(new RuntimeParams(2, 4, 100, RuntimeParams.ofAncestry(0).maxPovSize()),
                    RelayBlockNumber.of(0)).advanceTo(10);
        }

        @Test
        @DisplayName("AB-RT-010 head data of exactly max_head_data_size bytes is accepted")
        void headAtLimit() {
            RuntimeFixture f = sized();
            BackedCandidate c = candidate("c", 9, GENESIS_HEAD, HeadData.of("0x01020304"));
            assertAccepted(f.back(c), c);
        }

        @Test
        @DisplayName("AB-RT-010 head data of max_head_data_size + 1 bytes is rejected")
        void headOverLimit() {
            RuntimeFixture f = sized();
            BackedCandidate c = candidate("c", 9, GENESIS_HEAD, HeadData.of("0x0102030405"));
            assertRejected(f.back(c), c, RuntimeAcceptanceRules.AB_RT_010);
        }

        private BackedCandidate withCode(BackedCandidate c, long size) {
            return new BackedCandidate(c.hash(), c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                    c.paraHead(), c.validationCodeHash(), size);
        }

        @Test
        @DisplayName("AB-RT-010 new code of exactly max_code_size bytes is accepted, max_code_size + 1 rejected")
        void codeAtAndOverLimit() {
            RuntimeFixture f = sized();
            BackedCandidate over = withCode(candidate("over", OTHER, 9, OTHER_GENESIS_HEAD, HeadData.of("0x01")), 101);
            BackedCandidate at = withCode(candidate("at", 9, GENESIS_HEAD, HeadData.of("0x02")), 100);
            RuntimeStep step = f.back(at, over);
            assertAccepted(step, at);
            assertRejected(step, over, RuntimeAcceptanceRules.AB_RT_010);
        }
    }

    @Nested
    class DropTheRest {
        @Test
        @DisplayName("AB-RT-011 after a dropped candidate the later ones of its para are dropped, other paras are not")
        void dropsLaterOfSamePara() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            BackedCandidate badB = new BackedCandidate(CandidateHash.ofLabel("b"), PARA, hashOf(9),
                    candidate("b", 9, head("h1"), head("h2")).validationData(), head("h2"),
                    BackedCandidate.headHash(head("wrong")), RuntimeFixture.CODE, 0);
            BackedCandidate c = candidate("c", 9, head("h2"), head("h3"));
            BackedCandidate other = candidate("x", OTHER, 9, OTHER_GENESIS_HEAD, head("x1"));
            RuntimeStep step = f.back(a, badB, other, c);
            assertAccepted(step, a);
            assertRejected(step, badB, RuntimeAcceptanceRules.AB_RT_009);
            assertRejected(step, c, RuntimeAcceptanceRules.AB_RT_011);
            assertAccepted(step, other);
            assertEquals(List.of(a.hash()), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-011 a later candidate that would chain on the included head is dropped after a failure too")
        void dropsEvenIfItWouldFit() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate tooOld = candidate("old", 5, GENESIS_HEAD, head("h1"));
            BackedCandidate fits = candidate("fits", 9, GENESIS_HEAD, head("h1"));
            RuntimeStep step = f.back(tooOld, fits);
            assertRejected(step, tooOld, RuntimeAcceptanceRules.AB_RT_001);
            assertRejected(step, fits, RuntimeAcceptanceRules.AB_RT_011);
        }

        @Test
        @DisplayName("AB-RT-011 a chain of valid candidates of one para is accepted whole")
        void validChainKept() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 7, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 8, head("h1"), head("h2"));
            BackedCandidate c = candidate("c", 9, head("h2"), head("h3"));
            RuntimeStep step = f.back(a, b, c);
            step.verdicts().forEach(v -> assertEquals(Outcome.accepted(), v.outcome()));
            assertEquals(List.of(a.hash(), b.hash(), c.hash()), pendingHashes(f));
        }
    }

    @Nested
    class MinimumRelayParent {
        @Test
        @DisplayName("AB-RT-012 with a=2 min_relay_parent_number is L - min(2, tracker length) while the tracker fills")
        void fillsUp() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            assertEquals(RelayBlockNumber.of(0), f.model.minRelayParentNumber(RelayBlockNumber.of(0)));
            assertEquals(RelayBlockNumber.of(0), f.model.minRelayParentNumber(RelayBlockNumber.of(1)));
            assertEquals(RelayBlockNumber.of(0), f.model.minRelayParentNumber(RelayBlockNumber.of(2)));
            assertEquals(RelayBlockNumber.of(1), f.model.minRelayParentNumber(RelayBlockNumber.of(3)));
            assertEquals(RelayBlockNumber.of(8), f.model.minRelayParentNumber(RelayBlockNumber.of(10)));
        }

        @Test
        @DisplayName("AB-RT-012 around a session change at S the minimum is S-1 at S-1, S and S+1, then S at S+2")
        void afterSessionChange() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(9);
            f.newSession();
            f.advanceTo(12);
            assertEquals(RelayBlockNumber.of(6), f.model.minRelayParentNumber(RelayBlockNumber.of(8)));
            assertEquals(RelayBlockNumber.of(9), f.model.minRelayParentNumber(RelayBlockNumber.of(9)));
            assertEquals(RelayBlockNumber.of(9), f.model.minRelayParentNumber(RelayBlockNumber.of(10)));
            assertEquals(RelayBlockNumber.of(9), f.model.minRelayParentNumber(RelayBlockNumber.of(11)));
            assertEquals(RelayBlockNumber.of(10), f.model.minRelayParentNumber(RelayBlockNumber.of(12)));
        }

        @Test
        @DisplayName("AB-RT-012 with a=0 the minimum is the leaf itself")
        void zeroAncestry() {
            RuntimeFixture f = RuntimeFixture.withAncestry(0).advanceTo(5);
            assertEquals(RelayBlockNumber.of(5), f.model.minRelayParentNumber(RelayBlockNumber.of(5)));
        }

        @Test
        @DisplayName("AB-RT-012 the minimum at leaf L is the oldest allowed relay parent in block L+1")
        void matchesNextWindow() {
            RuntimeFixture f = RuntimeFixture.withAncestry(3).advanceTo(4);
            f.newSession();
            for (long leaf = 5; leaf < 12; leaf++) {
                f.advanceTo(leaf);
                RelayBlockNumber min = f.model.minRelayParentNumber(RelayBlockNumber.of(leaf));
                f.advanceTo(leaf + 1);
                assertEquals(min, f.model.allowedRelayParents().get(0).number(), "leaf " + leaf);
            }
        }

        @Test
        @DisplayName("AB-RT-012 asking at a block not yet executed is a malformed query")
        void unknownLeaf() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(3);
            assertThrows(IllegalArgumentException.class, () -> f.model.minRelayParentNumber(RelayBlockNumber.of(4)));
        }
    }

    @Nested
    class Availability {
        private RuntimeFixture withPending(BackedCandidate... candidates) {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            f.back(candidates);
            f.advanceTo(11);
            return f;
        }

        @Test
        @DisplayName("AB-RT-013 an available first candidate is included: para head and most recent context follow it")
        void firstIncluded() {
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            RuntimeFixture f = withPending(a, b);
            RuntimeStep step = f.available(a.hash());
            assertEquals(List.of(a.hash()), step.included());
            assertEquals(head("h1"), f.model.view().paras().get(PARA).head());
            assertEquals(RelayBlockNumber.of(8), f.model.view().paras().get(PARA).mostRecentContext());
            assertEquals(List.of(b.hash()), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-013 an available candidate behind an unavailable one waits, then is included with it")
        void waitsForPredecessor() {
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            RuntimeFixture f = withPending(a, b);
            RuntimeStep first = f.available(b.hash());
            assertEquals(List.of(), first.included());
            assertEquals(GENESIS_HEAD, f.model.view().paras().get(PARA).head());
            assertEquals(List.of(a.hash(), b.hash()), pendingHashes(f));
            assertTrue(f.model.view().paras().get(PARA).pending().get(1).available());
            f.advanceTo(12);
            RuntimeStep second = f.available(a.hash());
            assertEquals(List.of(a.hash(), b.hash()), second.included());
            assertEquals(head("h2"), f.model.view().paras().get(PARA).head());
            assertEquals(RelayBlockNumber.of(9), f.model.view().paras().get(PARA).mostRecentContext());
            assertEquals(List.of(), pendingHashes(f));
        }

        @Test
        @DisplayName("AB-RT-014 a timed-out candidate drops every later pending candidate of its para, keeps earlier")
        void timeoutDropsLater() {
            BackedCandidate a = candidate("a", 7, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 8, head("h1"), head("h2"));
            BackedCandidate c = candidate("c", 9, head("h2"), head("h3"));
            BackedCandidate x = candidate("x", OTHER, 9, OTHER_GENESIS_HEAD, head("x1"));
            RuntimeFixture f = withPending(a, b, c, x);
            RuntimeStep step = f.timedOut(b.hash());
            assertEquals(List.of(b.hash(), c.hash()), step.dropped());
            assertEquals(List.of(a.hash()), pendingHashes(f));
            assertEquals(1, f.model.view().paras().get(OTHER).pending().size());
            BackedCandidate next = candidate("next", 10, head("h1"), head("h2b"));
            assertAccepted(f.back(next), next);
        }

        @Test
        @DisplayName("AB-RT-014 a timeout of the last pending candidate drops only that one")
        void timeoutOfLast() {
            BackedCandidate a = candidate("a", 8, GENESIS_HEAD, head("h1"));
            BackedCandidate b = candidate("b", 9, head("h1"), head("h2"));
            RuntimeFixture f = withPending(a, b);
            assertEquals(List.of(b.hash()), f.timedOut(b.hash()).dropped());
            assertEquals(List.of(a.hash()), pendingHashes(f));
        }
    }

    @Nested
    class StepsAreAtomic {
        @Test
        @DisplayName("AB-RT-001 an inherent whose candidates are all dropped leaves the state unchanged")
        void allDroppedUnchanged() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            RuntimeView before = f.model.view();
            BackedCandidate old = candidate("old", 3, GENESIS_HEAD, head("h1"));
            BackedCandidate wrongParent = candidate("wrong", OTHER, 9, GENESIS_HEAD, head("x1"));
            RuntimeStep step = f.back(old, wrongParent);
            assertRejected(step, old, RuntimeAcceptanceRules.AB_RT_001);
            assertRejected(step, wrongParent, RuntimeAcceptanceRules.AB_RT_005);
            assertEquals(before, f.model.view());
        }

        @Test
        @DisplayName("AB-RT-001 a block with the wrong number is malformed and leaves the state unchanged")
        void wrongBlockNumber() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            RuntimeView before = f.model.view();
            assertThrows(IllegalArgumentException.class,
                    () -> f.model.apply(new RuntimeEvent.RelayBlockImported(RelayBlock.of(12, 0))));
            assertThrows(IllegalArgumentException.class,
                    () -> f.model.apply(new RuntimeEvent.RelayBlockImported(RelayBlock.of(10, 0))));
            assertEquals(before, f.model.view());
        }

        @Test
        @DisplayName("AB-RT-013 availability of an unknown candidate is malformed and leaves the state unchanged")
        void unknownAvailability() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            f.advanceTo(11);
            RuntimeView before = f.model.view();
            assertThrows(IllegalArgumentException.class,
                    () -> f.available(a.hash(), CandidateHash.ofLabel("unknown")));
            assertEquals(before, f.model.view());
        }

        @Test
        @DisplayName("AB-RT-013 events of a block come as availability, timeouts, then one batch of backed candidates")
        void eventOrder() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate a = candidate("a", 9, GENESIS_HEAD, head("h1"));
            f.back(a);
            assertThrows(IllegalArgumentException.class, () -> f.back());
            assertThrows(IllegalArgumentException.class, () -> f.available(a.hash()));
            f.advanceTo(11);
            f.timedOut();
            assertThrows(IllegalArgumentException.class, () -> f.available(a.hash()));
            f.back();
        }

        @Test
        @DisplayName("AB-RT-001 a candidate of an unregistered para is malformed input")
        void unregisteredPara() {
            RuntimeFixture f = RuntimeFixture.withAncestry(2).advanceTo(10);
            BackedCandidate c = candidate("c", dev.abkit.model.ParaId.of(999), 9, GENESIS_HEAD, head("h1"));
            RuntimeView before = f.model.view();
            assertThrows(IllegalArgumentException.class, () -> f.back(c));
            assertEquals(before, f.model.view());
        }
    }

    @Test
    @DisplayName("AB-RT-001 every kind of runtime event is handled")
    void everyEventHandled() {
        assertEquals(4, RuntimeEvent.class.getPermittedSubclasses().length);
        RuntimeFixture f = RuntimeFixture.withAncestry(1);
        for (Class<?> kind : RuntimeEvent.class.getPermittedSubclasses()) {
            RuntimeEvent event = switch (kind.getSimpleName()) {
                case "RelayBlockImported" -> new RuntimeEvent.RelayBlockImported(RelayBlock.of(f.current() + 1, 0));
                case "CandidatesAvailable" -> new RuntimeEvent.CandidatesAvailable(List.of());
                case "AvailabilityTimedOut" -> new RuntimeEvent.AvailabilityTimedOut(List.of());
                case "CandidatesBacked" -> new RuntimeEvent.CandidatesBacked(List.of());
                default -> throw new IllegalStateException("no sample for " + kind);
            };
            f.model.apply(event);
        }
    }
}
