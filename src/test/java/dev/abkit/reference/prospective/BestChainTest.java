package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.hashes;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.Fixture.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BestChainTest {
    private static final Candidate A = candidate(5, INCLUDED, head("a"), block(10));
    private static final Candidate B = candidate(6, head("a"), head("b"), block(10));
    private static final Candidate C = candidate(7, head("b"), head("c"), block(10));

    @Test
    @DisplayName("AB-CHAIN-001 with max_candidate_depth 1 the chain holds 2 of 3 backed candidates")
    void depthOneHoldsTwo() {
        Fixture f = new Fixture(1, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(A, B, C);
        assertEquals(hashes(A, B), f.best(10));
        assertEquals(Map.of(C.hash(), CandidateState.BACKED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-001 with max_candidate_depth 2 the chain holds all 3 backed candidates")
    void depthTwoHoldsThree() {
        Fixture f = new Fixture(2, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(A, B, C);
        assertEquals(hashes(A, B, C), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-001 a candidate pending availability counts: depth 1 holds the pending one and one more")
    void pendingCounts() {
        Fixture f = new Fixture(1, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(1, head("p"), block(9)));
        Candidate x = candidate(5, head("p"), head("x"), block(10));
        Candidate y = candidate(6, head("x"), head("y"), block(10));
        f.introduceAndBack(x, y);
        assertEquals(List.of(Fixture.hash(1), x.hash()), f.best(10));
        assertEquals(Map.of(y.hash(), CandidateState.BACKED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-002 a seconded candidate on the included head stays unconnected until backed")
    void onlyBackedCandidates() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        assertAccepted(f.introduce(A));
        assertEquals(hashes(), f.best(10));
        assertEquals(Map.of(A.hash(), CandidateState.SECONDED), f.unconnected(10));
        f.back(A);
        assertEquals(hashes(A), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-003 backed descendants stored before their parent join the chain when the parent is backed")
    void descendantsJoinWithParent() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(C, B);
        assertEquals(hashes(), f.best(10));
        f.introduceAndBack(A);
        assertEquals(hashes(A, B, C), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-004 a stored child with relay parent #9 does not follow a parent with #10 and is dropped")
    void relayParentsDoNotDecrease() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate child = candidate(6, head("a"), head("b"), block(9));
        f.introduceAndBack(child, A);
        assertEquals(hashes(A), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-CHAIN-004 a stored child with the same relay parent #10 as its parent follows it")
    void equalRelayParentFollows() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(B, A);
        assertEquals(hashes(A, B), f.best(10));
    }
}
