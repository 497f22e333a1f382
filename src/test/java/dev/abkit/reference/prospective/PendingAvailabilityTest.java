package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.assertRejected;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.hash;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.Fixture.pending;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_PA_004;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PendingAvailabilityTest {

    @Test
    @DisplayName("AB-PA-001 pending candidates head the chain in runtime order, as backed")
    void pendingHeadTheChain() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(60, head("p1"), block(9)), pending(50, head("p2"), block(9)));
        assertEquals(List.of(hash(60), hash(50)), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-PA-001 on a new leaf a pending candidate wins over an inherited lower-hash sibling, which is "
            + "dropped")
    void pendingWinsOverLowerHash() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        Candidate low = candidate(1, INCLUDED, head("x"), block(10));
        f.introduceAndBack(low);
        assertEquals(List.of(low.hash()), f.best(10));

        f.activate(11, 1, base(INCLUDED, 10), pending(90, head("p"), block(10)));

        assertEquals(List.of(hash(90)), f.best(11));
        assertEquals(Map.of(), f.unconnected(11));
    }

    @Test
    @DisplayName("AB-PA-001 without a pending candidate the same inherited candidate stays at the head of the chain")
    void withoutPendingTheInheritedCandidateStays() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        Candidate low = candidate(1, INCLUDED, head("x"), block(10));
        f.introduceAndBack(low);
        f.activate(11, 1, base(INCLUDED, 10));
        assertEquals(List.of(low.hash()), f.best(11));
    }

    @Test
    @DisplayName("AB-PA-002 a pending candidate with relay parent #5 stays in the chain of leaf #10 whose scope "
            + "starts at #9")
    void pendingExemptFromScope() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9), pending(1, head("p"), block(5)));
        assertEquals(List.of(hash(1)), f.best(10));
        Candidate child = candidate(2, head("p"), head("c"), block(9));
        f.introduceAndBack(child);
        assertEquals(List.of(hash(1), child.hash()), f.best(10));
    }

    @Test
    @DisplayName("AB-PA-002 the same candidate not pending, with relay parent #5, is rejected at leaf #10")
    void nonPendingOutOfScopeRejected() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        assertRejected(f.introduce(candidate(1, INCLUDED, head("p"), block(5))), ProspectiveRules.AB_SCOPE_001);
    }

    @Test
    @DisplayName("AB-PA-003 with the last pending relay parent #9, a candidate at #8 is rejected and one at #9 kept, "
            + "even unconnected")
    void relayParentNotBeforePending() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(1, head("p1"), block(8)), pending(2, head("p2"), block(9)));
        assertRejected(f.introduce(candidate(5, head("unknown"), head("u"), block(8))), AB_PA_003);
        assertAccepted(f.introduce(candidate(6, head("unknown"), head("v"), block(9))));
        assertAccepted(f.introduce(candidate(7, head("p2"), head("w"), block(9))));
    }

    @Test
    @DisplayName("AB-PA-004 a fork of a pending candidate is rejected even with a lower hash; its child is kept")
    void forkOfPendingRejected() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(50, head("p"), block(9)));
        assertRejected(f.introduce(candidate(1, INCLUDED, head("f"), block(10))), AB_PA_004);
        assertAccepted(f.introduce(candidate(2, head("p"), head("c"), block(10))));
    }

    @Test
    @DisplayName("AB-PA-005 a second pending candidate with relay parent #8 after one with #9 is not chained, nor "
            + "the third")
    void pendingRelayParentsDoNotDecrease() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(1, head("p1"), block(9)), pending(2, head("p2"), block(8)),
                pending(3, head("p3"), block(10)));
        assertEquals(List.of(hash(1)), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-PA-005 pending candidates with relay parents #9, #9, #10 are all chained")
    void pendingEqualRelayParentsChain() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(1, head("p1"), block(9)), pending(2, head("p2"), block(9)),
                pending(3, head("p3"), block(10)));
        assertEquals(List.of(hash(1), hash(2), hash(3)), f.best(10));
    }
}
