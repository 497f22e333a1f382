package dev.abkit.reference.runtime;

import static dev.abkit.reference.runtime.RuntimeFixture.GENESIS_HEAD;
import static dev.abkit.reference.runtime.RuntimeFixture.OTHER;
import static dev.abkit.reference.runtime.RuntimeFixture.PARA;
import static dev.abkit.reference.runtime.RuntimeFixture.candidate;
import static dev.abkit.reference.runtime.RuntimeFixture.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.UmpSignal;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.reference.prospective.ClaimQueue;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The V2 descriptor's core index against the claim queue at the relay parent (AB-RT-018 .. AB-RT-020), under the
 * candidate-descriptor-v2 runtime. The claim queue: core 0 claimed by the para at both depths, core 1 by the para then
 * the other para, core 2 by the other para at both.
 */
class CoreIndexChecksTest {
    private static final Profile V2 = Profile.of(Variant.CANDIDATE_DESCRIPTOR_V2);
    private static final ClaimQueue QUEUE = new ClaimQueue(List.of(List.of(PARA, PARA), List.of(PARA, OTHER),
            List.of(OTHER, OTHER)), 2);

    /** The candidate on the included head at relay parent 9 with a V2 descriptor of {@code core}. */
    private static BackedCandidate withCore(int core, Bytes... upward) {
        BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
        Receipts.Built built = Receipts.forBacked(c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                c.paraHead(), c.validationCodeHash(), 0, c.hash().hash(), new Receipts.V2(core, 0), List.of(upward));
        return new BackedCandidate(new CandidateHash(built.candidateHash()), c.para(), c.relayParent(),
                c.validationData(), c.outputHead(), c.paraHead(), c.validationCodeHash(), 0, built.receipt());
    }

    private static Bytes[] select(int selector, int offset) {
        return new Bytes[] {Bytes.EMPTY, new UmpSignal.SelectCore(selector, offset).encode()};
    }

    private static Outcome verdict(Profile profile, ClaimQueue queue, BackedCandidate c) {
        RuntimeFixture f = RuntimeFixture.withProfile(profile, RuntimeParams.ofAncestry(2).withClaimQueue(queue))
                .advanceTo(10);
        return f.back(c).verdicts().get(0).outcome();
    }

    private static void assertRejected(RuleId rule, Outcome outcome) {
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
        assertEquals(rule, rejected.rule(), rejected.detail());
    }

    @Test
    @DisplayName("AB-RT-018 the para must hold a core at the selected offset; 0 without a SelectCore")
    void assignmentAtOffset() {
        assertTrue(verdict(V2, QUEUE, withCore(0, select(0, 1))).isAccepted());
        assertRejected(RuntimeAcceptanceRules.AB_RT_018, verdict(V2, QUEUE, withCore(0, select(0, 2))));
        ClaimQueue otherFirst = new ClaimQueue(List.of(List.of(OTHER, PARA)), 2);
        assertRejected(RuntimeAcceptanceRules.AB_RT_018, verdict(V2, otherFirst, withCore(0)));
        assertTrue(verdict(V2, otherFirst, withCore(0, select(0, 1))).isAccepted());
    }

    @Test
    @DisplayName("AB-RT-019 the selector picks among the para's cores in ascending order, modulo their number")
    void selectorPicksCore() {
        assertTrue(verdict(V2, QUEUE, withCore(0, select(0, 0))).isAccepted());
        assertTrue(verdict(V2, QUEUE, withCore(1, select(1, 0))).isAccepted());
        assertTrue(verdict(V2, QUEUE, withCore(1, select(255, 0))).isAccepted());
        assertRejected(RuntimeAcceptanceRules.AB_RT_019, verdict(V2, QUEUE, withCore(0, select(1, 0))));
        assertRejected(RuntimeAcceptanceRules.AB_RT_019, verdict(V2, QUEUE, withCore(1, select(0, 1))));
        ClaimQueue single = new ClaimQueue(List.of(List.of(OTHER), List.of(PARA)), 1);
        assertTrue(verdict(V2, single, withCore(1)).isAccepted());
        assertRejected(RuntimeAcceptanceRules.AB_RT_019, verdict(V2, single, withCore(0)));
    }

    @Test
    @DisplayName("AB-RT-020 without a selector any of the para's several cores at offset 0 is accepted, no other")
    void anyCoreWithoutSelector() {
        assertTrue(verdict(V2, QUEUE, withCore(0)).isAccepted());
        assertTrue(verdict(V2, QUEUE, withCore(1)).isAccepted());
        assertRejected(RuntimeAcceptanceRules.AB_RT_020, verdict(V2, QUEUE, withCore(2)));
    }

    @Test
    @DisplayName("AB-RT-018 the core index is not checked at baseline, nor where no claim queue is stated")
    void notEvaluated() {
        BackedCandidate c = withCore(2, select(0, 2));
        assertTrue(verdict(Profile.BASELINE, QUEUE, c).isAccepted());
        assertTrue(verdict(V2, ClaimQueue.NOT_STATED, c).isAccepted());
    }

    @Test
    @DisplayName("AB-RT-019 the signals are checked before the core index, the core index before the session")
    void checkOrder() {
        BackedCandidate twoSelects = withCore(2, Bytes.EMPTY, new UmpSignal.SelectCore(0, 2).encode(),
                new UmpSignal.SelectCore(0, 2).encode());
        assertRejected(RuntimeAcceptanceRules.AB_RT_016, verdict(V2, QUEUE, twoSelects));
        BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
        Receipts.Built built = Receipts.forBacked(c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                c.paraHead(), c.validationCodeHash(), 0, c.hash().hash(), new Receipts.V2(2, 7), List.of());
        BackedCandidate wrongCoreAndSession = new BackedCandidate(new CandidateHash(built.candidateHash()), c.para(),
                c.relayParent(), c.validationData(), c.outputHead(), c.paraHead(), c.validationCodeHash(), 0,
                built.receipt());
        assertRejected(RuntimeAcceptanceRules.AB_RT_020, verdict(V2, QUEUE, wrongCoreAndSession));
    }

    @Test
    @DisplayName("AB-RT-018 the para's cores at a depth are the cores claimed for it there, ascending")
    void coresAtDepth() {
        assertEquals(List.of(0, 1), RuntimeAcceptance.coresAt(QUEUE, PARA, 0));
        assertEquals(List.of(1, 2), RuntimeAcceptance.coresAt(QUEUE, OTHER, 1));
        assertEquals(List.of(), RuntimeAcceptance.coresAt(QUEUE, PARA, 2));
        assertEquals(List.of(), RuntimeAcceptance.coresAt(QUEUE, ParaId.of(300), 0));
    }
}
