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
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.abkit.model.RelayHash;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeafLifecycleTest {

    private static List<RelayHash> blocks(long... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> block(n).hash()).toList();
    }

    @Test
    @DisplayName("AB-LEAF-001 leaf #11 inherits the chain and the unconnected candidates of its parent #10")
    void inheritFromParent() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        Candidate b = candidate(6, head("a"), head("b"), block(10));
        Candidate u = candidate(7, head("x"), head("y"), block(10));
        f.introduceAndBack(a);
        assertAccepted(f.introduce(b));
        assertAccepted(f.introduce(u));

        f.activate(11, 1, base(INCLUDED, 10));

        assertEquals(List.of(a.hash()), f.best(11));
        assertEquals(Map.of(b.hash(), CandidateState.SECONDED, u.hash(), CandidateState.SECONDED), f.unconnected(11));
    }

    @Test
    @DisplayName("AB-LEAF-001 with allowed_ancestry_len 0 a new leaf inherits nothing")
    void noInheritanceWithoutAncestry() {
        Fixture f = new Fixture(3, 0);
        f.activate(10, 0, base(INCLUDED, 10));
        f.introduceAndBack(candidate(5, INCLUDED, head("a"), block(10)));
        f.activate(11, 0, base(INCLUDED, 11));
        assertEquals(List.of(), f.best(11));
        assertEquals(Map.of(), f.unconnected(11));
    }

    @Test
    @DisplayName("AB-LEAF-002 a candidate pending at #11 and included at #12 vanishes from leaf #12")
    void includedCandidateVanishes() {
        Fixture f = new Fixture(3, 2);
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        Candidate b = candidate(6, head("a"), head("b"), block(11));
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(a);
        f.activate(11, 2, base(INCLUDED, 9), pending(5, head("a"), block(10)));
        f.introduceAndBack(b);
        assertEquals(List.of(a.hash(), b.hash()), f.best(11));

        f.activate(12, 2, base(head("a"), 10));

        assertEquals(List.of(b.hash()), f.best(12));
        assertEquals(Map.of(), f.unconnected(12));
    }

    @Test
    @DisplayName("AB-LEAF-002 a candidate still pending at #12 is listed again by the runtime and heads the chain")
    void stillPendingCandidateStays() {
        Fixture f = new Fixture(3, 2);
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(a);
        f.activate(11, 2, base(INCLUDED, 9), pending(5, head("a"), block(10)));
        f.activate(12, 2, base(INCLUDED, 10), pending(5, head("a"), block(10)));
        assertEquals(List.of(a.hash()), f.best(12));
    }

    @Test
    @DisplayName("AB-LEAF-003 a deactivated parent keeps taking candidates, and a later sibling leaf inherits them")
    void deactivatedParentStillServes() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        f.activate(11, 1, base(INCLUDED, 10));
        f.deactivate(10);
        assertEquals(blocks(10, 11), f.model.retainedRelayParents());
        assertEquals(blocks(11), f.model.activeLeaves());
        // Relay parent #9 is out of #11's scope but in retained #10's.
        Candidate old = candidate(5, INCLUDED, head("a"), block(9));
        Candidate both = candidate(6, head("z"), head("zz"), block(10));
        assertAccepted(f.introduce(old));
        assertAccepted(f.introduce(both));

        RelayBlock sibling = RelayBlock.ofLabel("s11", 11, "r10", 0);
        f.activate(sibling, List.of(block(10)), base(INCLUDED, 10));

        assertEquals(Map.of(both.hash(), CandidateState.SECONDED), f.chain(sibling.hash()).unconnected());
        assertEquals(Map.of(old.hash(), CandidateState.SECONDED, both.hash(), CandidateState.SECONDED),
                f.unconnected(10));
    }

    @Test
    @DisplayName("AB-LEAF-003 relay parent #9 is served while deactivated #10 is retained, and rejected once it is "
            + "pruned")
    void prunedParentNoLongerServes() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        f.activate(11, 1, base(INCLUDED, 10));
        f.activate(12, 1, base(INCLUDED, 11));
        f.deactivate(10);
        f.deactivate(11);
        assertEquals(blocks(10, 11, 12), f.model.retainedRelayParents());
        assertAccepted(f.introduce(candidate(5, INCLUDED, head("a"), block(9))));
        f.activate(13, 1, base(INCLUDED, 12));
        f.deactivate(12);
        assertEquals(blocks(11, 12, 13), f.model.retainedRelayParents());
        assertRejected(f.introduce(candidate(6, INCLUDED, head("b"), block(9))), ProspectiveRules.AB_SCOPE_001);
    }

    @Test
    @DisplayName("AB-LEAF-004 with allowed_ancestry_len 3 a moving leaf retains exactly 4 relay parents")
    void retentionWindow() {
        Fixture f = new Fixture(3, 3);
        for (long n = 1; n <= 10; n++) {
            f.activate(n, 3, base(INCLUDED, Math.max(0, n - 3)));
            if (n > 1) {
                f.deactivate(n - 1);
            }
        }
        assertEquals(blocks(7, 8, 9, 10), f.model.retainedRelayParents());
        assertEquals(blocks(10), f.model.activeLeaves());
    }

    @Test
    @DisplayName("AB-LEAF-004 a block at the retain minimum is kept and one below it dropped; none remain without "
            + "leaves")
    void pruningBoundary() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        f.activate(11, 1, base(INCLUDED, 10));
        f.activate(12, 1, base(INCLUDED, 11));
        f.deactivate(10);
        f.deactivate(11);
        // #12's retain minimum is min(11, 12 - 2) = 10: #10 stays.
        assertEquals(blocks(10, 11, 12), f.model.retainedRelayParents());
        f.activate(13, 1, base(INCLUDED, 12));
        f.deactivate(12);
        // #13's retain minimum is 11: #10 goes.
        assertEquals(blocks(11, 12, 13), f.model.retainedRelayParents());
        f.deactivate(13);
        assertEquals(List.of(), f.model.retainedRelayParents());
    }

    @Test
    @DisplayName("AB-LEAF-004 activation alone prunes nothing")
    void activationDoesNotPrune() {
        Fixture f = new Fixture(3, 1);
        for (long n = 1; n <= 5; n++) {
            f.activate(n, 1, base(INCLUDED, n - 1));
        }
        assertEquals(blocks(1, 2, 3, 4, 5), f.model.retainedRelayParents());
    }

    @Test
    @DisplayName("an ancestry that is not a chain of parents is a malformed event")
    void malformedAncestry() {
        Fixture f = new Fixture(3, 2);
        assertThrows(IllegalArgumentException.class,
                () -> f.activate(block(10), List.of(block(8)), base(INCLUDED, 8)));
    }

    @Test
    @DisplayName("AB-LEAF-003 with allowed_ancestry_len 0 the retain minimum is 0: nothing is pruned while a leaf is"
            + " active")
    void noAncestryRetainsEverything() {
        Fixture f = new Fixture(3, 0);
        f.activate(10, 0, base(INCLUDED, 10));
        f.activate(13, 0, base(INCLUDED, 13));
        f.deactivate(10);
        assertEquals(blocks(10, 13), f.model.retainedRelayParents());
        assertAccepted(f.introduce(candidate(5, INCLUDED, head("a"), block(10))));
        f.deactivate(13);
        assertEquals(List.of(), f.model.retainedRelayParents());
    }

    @Test
    @DisplayName("AB-LEAF-005 an active leaf activated again is rebuilt from its parent block: a candidate on its own"
            + " relay parent is gone, one on the parent's stays")
    void activatedAgainIsRebuilt() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        f.activate(11, 1, base(INCLUDED, 10));
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        Candidate b = candidate(6, head("a"), head("b"), block(11));
        f.introduceAndBack(a);
        f.introduceAndBack(b);
        assertEquals(List.of(a.hash(), b.hash()), f.best(11));

        f.activate(11, 1, base(INCLUDED, 10));

        assertEquals(List.of(a.hash()), f.best(11));
        assertEquals(blocks(10, 11), f.model.activeLeaves());
        assertEquals(blocks(10, 11), f.model.retainedRelayParents());
    }

    @Test
    @DisplayName("AB-LEAF-006 an update activates first, and not a leaf it also deactivates")
    void updateActivatesFirst() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        f.introduceAndBack(a);
        ProspectiveEvent.ActivateLeaf eleven = ProspectiveEvent.ActivateLeaf.of(block(11), List.of(block(10),
                block(9)), Map.of(Fixture.PARA, new BackingState(base(INCLUDED, 9), List.of())));
        ProspectiveEvent.ActivateLeaf twelve = ProspectiveEvent.ActivateLeaf.of(block(12), List.of(block(11),
                block(10)), Map.of(Fixture.PARA, new BackingState(base(INCLUDED, 10), List.of())));

        assertAccepted(f.model.apply(new ProspectiveEvent.UpdateLeaves(List.of(eleven), List.of(block(10).hash()))));
        assertEquals(List.of(a.hash()), f.best(11));
        assertEquals(blocks(11), f.model.activeLeaves());

        assertAccepted(f.model.apply(new ProspectiveEvent.UpdateLeaves(List.of(twelve), List.of(block(12).hash()))));
        assertEquals(blocks(11), f.model.activeLeaves());
        assertEquals(blocks(10, 11), f.model.retainedRelayParents());
    }

    @Test
    @DisplayName("AB-LEAF-005 an active leaf activated again keeps its first retain minimum")
    void activatedAgainKeepsRetention() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        f.activate(11, 1, base(INCLUDED, 10));
        f.activate(12, 1, base(INCLUDED, 11));
        f.activate(12, 0, base(INCLUDED, 12));
        f.deactivate(10);
        f.deactivate(11);
        // #12 was first activated with ancestor #11: retain minimum min(11, 10) = 10, not 0 from the second time.
        assertEquals(blocks(10, 11, 12), f.model.retainedRelayParents());
        f.activate(13, 1, base(INCLUDED, 12));
        f.deactivate(12);
        assertEquals(blocks(11, 12, 13), f.model.retainedRelayParents());
    }
}
