package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.assertRejected;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.hashes;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_FORK_001;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForkChoiceTest {

    private static Fixture leafTen() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        return f;
    }

    @Test
    @DisplayName("AB-FORK-001 a fork of best-chain candidate #50 is rejected with hash #60 and kept with hash #40")
    void forkAdmittedOnlyWithLowerHash() {
        Fixture f = leafTen();
        Candidate a = candidate(50, INCLUDED, head("a"), block(10));
        f.introduceAndBack(a);
        assertRejected(f.introduce(candidate(60, INCLUDED, head("f"), block(10))), AB_FORK_001);
        Candidate lower = candidate(40, INCLUDED, head("g"), block(10));
        assertAccepted(f.introduce(lower));
        assertEquals(List.of(a.hash()), f.best(10));
        assertEquals(Map.of(lower.hash(), CandidateState.SECONDED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-001 a seconded fork is kept while its sibling is only seconded, whatever the hashes")
    void forksKeptUntilBacked() {
        Fixture f = leafTen();
        Candidate low = candidate(10, INCLUDED, head("x"), block(10));
        Candidate high = candidate(20, INCLUDED, head("y"), block(10));
        assertAccepted(f.introduce(high));
        assertAccepted(f.introduce(low));
        assertEquals(Map.of(low.hash(), CandidateState.SECONDED, high.hash(), CandidateState.SECONDED),
                f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-002 the lower hash enters the chain when it is backed first; the higher sibling is dropped")
    void lowerHashBackedFirst() {
        Fixture f = leafTen();
        Candidate low = candidate(10, INCLUDED, head("x"), block(10));
        Candidate high = candidate(20, INCLUDED, head("y"), block(10));
        assertAccepted(f.introduce(low));
        assertAccepted(f.introduce(high));
        f.back(low);
        f.back(high);
        assertEquals(hashes(low), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-002 the lower hash replaces the higher one when it is backed second")
    void lowerHashBackedSecond() {
        Fixture f = leafTen();
        Candidate low = candidate(10, INCLUDED, head("x"), block(10));
        Candidate high = candidate(20, INCLUDED, head("y"), block(10));
        assertAccepted(f.introduce(low));
        assertAccepted(f.introduce(high));
        f.back(high);
        assertEquals(hashes(high), f.best(10));
        assertEquals(Map.of(low.hash(), CandidateState.SECONDED), f.unconnected(10));
        f.back(low);
        assertEquals(hashes(low), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-002 a lower-hash fork introduced after its sibling was backed still wins once backed")
    void lowerHashArrivesLate() {
        Fixture f = leafTen();
        Candidate low = candidate(10, INCLUDED, head("x"), block(10));
        Candidate high = candidate(20, INCLUDED, head("y"), block(10));
        f.introduceAndBack(high, low);
        assertEquals(hashes(low), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-003 backing a lower-hash fork of the second element reverts the chain after the first (PR "
            + "6417)")
    void partialRevert() {
        Fixture f = leafTen();
        Candidate a = candidate(30, INCLUDED, head("a"), block(10));
        Candidate b = candidate(50, head("a"), head("b"), block(10));
        Candidate c = candidate(60, head("b"), head("c"), block(10));
        f.introduceAndBack(a, b, c);
        assertEquals(hashes(a, b, c), f.best(10));
        Candidate fork = candidate(40, head("a"), head("b2"), block(10));
        Candidate forkChild = candidate(70, head("b2"), head("c2"), block(10));
        assertAccepted(f.introduce(fork));
        f.introduceAndBack(forkChild);
        assertEquals(hashes(a, b, c), f.best(10));

        f.back(fork);

        assertEquals(hashes(a, fork, forkChild), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-003 backing a lower-hash fork of the third element keeps the first two (the case PR 6417 "
            + "fixed)")
    void partialRevertDeeperInTheChain() {
        Fixture f = leafTen();
        Candidate a = candidate(30, INCLUDED, head("a"), block(10));
        Candidate b = candidate(50, head("a"), head("b"), block(10));
        Candidate c = candidate(60, head("b"), head("c"), block(10));
        f.introduceAndBack(a, b, c);
        Candidate fork = candidate(55, head("b"), head("c2"), block(10));
        assertAccepted(f.introduce(fork));

        f.back(fork);

        assertEquals(hashes(a, b, fork), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
        assertRejected(f.introduce(c), AB_FORK_001);
    }

    @Test
    @DisplayName("AB-FORK-003 backing a lower-hash fork of the first element replaces the whole chain")
    void fullRevert() {
        Fixture f = leafTen();
        Candidate a = candidate(30, INCLUDED, head("a"), block(10));
        Candidate b = candidate(50, head("a"), head("b"), block(10));
        f.introduceAndBack(a, b);
        Candidate fork = candidate(20, INCLUDED, head("a2"), block(10));
        f.introduceAndBack(fork);
        assertEquals(hashes(fork), f.best(10));
        assertEquals(Map.of(), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-FORK-003 backing a stored candidate whose parent is unknown changes nothing in the chain")
    void noRevertForUnconnected() {
        Fixture f = leafTen();
        Candidate a = candidate(30, INCLUDED, head("a"), block(10));
        Candidate u = candidate(10, head("elsewhere"), head("u"), block(10));
        f.introduceAndBack(a, u);
        assertEquals(hashes(a), f.best(10));
        assertEquals(Map.of(u.hash(), CandidateState.BACKED), f.unconnected(10));
    }
}
