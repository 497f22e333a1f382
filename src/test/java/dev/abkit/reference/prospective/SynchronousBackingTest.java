package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.assertRejected;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.Fixture.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Synchronous backing as the corner case max_candidate_depth = 0, allowed_ancestry_len = 0 (upstream test
 * backwards_compatible_with_non_async_backing_params): the relay parent must be the leaf, and while a candidate is
 * pending availability nothing else is backable for the para.
 */
class SynchronousBackingTest {

    @Test
    @DisplayName("AB-SCOPE-001 with zero parameters the relay parent must be the leaf itself")
    void relayParentIsTheLeaf() {
        Fixture f = new Fixture(0, 0);
        f.activate(10, 3, base(INCLUDED, 10));
        assertRejected(f.introduce(candidate(1, INCLUDED, head("a"), block(9))), ProspectiveRules.AB_SCOPE_001);
        assertAccepted(f.introduce(candidate(2, INCLUDED, head("a"), block(10))));
    }

    @Test
    @DisplayName("AB-CHAIN-001 with zero parameters a pending candidate leaves nothing backable until it is included")
    void pendingBlocksThePara() {
        Fixture f = new Fixture(0, 0);
        f.activate(10, 0, base(INCLUDED, 10));
        Candidate a = candidate(1, INCLUDED, head("a"), block(10));
        f.introduceAndBack(a);
        assertEquals(List.of(new BackableCandidate(a.hash(), block(10).hash())), f.backable(10, 1, Set.of()));

        f.activate(11, 0, base(INCLUDED, 11), pending(1, head("a"), block(10)));
        f.deactivate(10);
        Candidate b = candidate(2, head("a"), head("b"), block(11));
        assertAccepted(f.introduce(b));
        f.back(b);
        assertEquals(List.of(a.hash()), f.best(11));
        assertEquals(List.of(), f.backable(11, 1, Set.of()));
        assertEquals(List.of(), f.backable(11, 1, Set.of(a.hash())));

        f.activate(12, 0, base(head("a"), 12));
        f.deactivate(11);
        assertEquals(List.of(), f.best(12));
        Candidate c = candidate(3, head("a"), head("c"), block(12));
        f.introduceAndBack(c);
        assertEquals(List.of(new BackableCandidate(c.hash(), block(12).hash())), f.backable(12, 1, Set.of()));
    }
}
