package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.assertRejected;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.hash;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_003;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_006;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.EncodedReceipt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScopeRulesTest {
    private static final Profile SCHEDULING = Profile.of(Variant.SCHEDULING_PARENT);

    /** {@code c} with scheduling parent {@code schedulingParent}, given by its hash without a receipt. */
    private static Candidate scheduledAt(Candidate c, RelayBlock schedulingParent) {
        return new Candidate(c.hash(), c.para(), c.relayParent(), c.validationData(), c.commitments(), c.codeHash(),
                EncodedReceipt.NONE, schedulingParent.hash());
    }

    @Test
    @DisplayName("AB-SCOPE-006 under scheduling-parent the window bounds the scheduling parent: #8 is in it, #7 is not,"
            + " whatever the relay parent")
    void schedulingParentIsBoundByTheWindow() {
        Fixture f = new Fixture(new AsyncBackingParams(3, 2), SCHEDULING);
        f.activate(10, 5, base(INCLUDED, 0));
        assertAccepted(f.introduce(scheduledAt(candidate(1, head("u1"), head("o1"), block(5)), block(8))));
        assertRejected(f.introduce(scheduledAt(candidate(2, head("u2"), head("o2"), block(10)), block(7))),
                AB_SCOPE_006);
        Fixture baseline = new Fixture(3, 2);
        baseline.activate(10, 5, base(INCLUDED, 0));
        assertRejected(baseline.introduce(scheduledAt(candidate(1, head("u1"), head("o1"), block(5)), block(8))),
                AB_SCOPE_001);
        assertAccepted(baseline.introduce(scheduledAt(candidate(2, head("u2"), head("o2"), block(10)), block(7))));
    }

    @Test
    @DisplayName("AB-SCOPE-001 under scheduling-parent a relay parent below the window enters the best chain, one below"
            + " min_relay_parent_number is rejected (AB-SCOPE-003), one off the chain too")
    void olderRelayParentUnderSchedulingParent() {
        Fixture f = new Fixture(new AsyncBackingParams(3, 2), SCHEDULING);
        f.activate(10, 5, base(INCLUDED, 6));
        Candidate old = scheduledAt(candidate(1, INCLUDED, head("a"), block(6)), block(10));
        f.introduceAndBack(old);
        assertEquals(List.of(old.hash()), f.best(10));
        assertRejected(f.introduce(scheduledAt(candidate(2, head("u2"), head("o2"), block(5)), block(10))),
                AB_SCOPE_003);
        assertRejected(f.introduce(scheduledAt(candidate(3, head("u3"), head("o3"),
                RelayBlock.ofLabel("x9", 9, "r8", 0)), block(10))), AB_SCOPE_001);
    }

    @Test
    @DisplayName("AB-SCOPE-002 under scheduling-parent a relay parent may be max_relay_parent_session_age sessions old")
    void relayParentSessionAge() {
        RelayBlock leaf = RelayBlock.ofLabel("r10", 10, "r9", 2);
        List<RelayBlock> ancestors = List.of(RelayBlock.ofLabel("r9", 9, "r8", 2), RelayBlock.ofLabel("r8", 8, "r7", 1),
                RelayBlock.ofLabel("r7", 7, "r6", 0));
        Fixture ageOne = new Fixture(new AsyncBackingParams(3, 2).withMaxRelayParentSessionAge(1), SCHEDULING);
        ageOne.activate(leaf, ancestors, base(INCLUDED, 0));
        assertAccepted(ageOne.introduce(scheduledAt(candidate(1, head("u1"), head("o1"), ancestors.get(1)), leaf)));
        assertRejected(ageOne.introduce(scheduledAt(candidate(2, head("u2"), head("o2"), ancestors.get(2)), leaf)),
                AB_SCOPE_002);
        Fixture ageZero = new Fixture(new AsyncBackingParams(3, 2), SCHEDULING);
        ageZero.activate(leaf, ancestors, base(INCLUDED, 0));
        assertRejected(ageZero.introduce(scheduledAt(candidate(1, head("u1"), head("o1"), ancestors.get(1)), leaf)),
                AB_SCOPE_002);
    }

    @Test
    @DisplayName("AB-SCOPE-001 with allowed_ancestry_len 2 the leaf #10 and ancestors #9 and #8 are relay parents, "
            + "#7 is not")
    void scopeIsLeafPlusAncestry() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 5, base(INCLUDED, 0));
        assertAccepted(f.introduce(candidate(1, head("u1"), head("o1"), block(10))));
        assertAccepted(f.introduce(candidate(2, head("u2"), head("o2"), block(8))));
        assertRejected(f.introduce(candidate(3, head("u3"), head("o3"), block(7))), AB_SCOPE_001);
    }

    @Test
    @DisplayName("AB-SCOPE-001 with allowed_ancestry_len 0 only the leaf itself is a relay parent")
    void zeroAncestryScopeIsTheLeaf() {
        Fixture f = new Fixture(3, 0);
        f.activate(10, 3, base(INCLUDED, 0));
        assertAccepted(f.introduce(candidate(1, head("u1"), head("o1"), block(10))));
        assertRejected(f.introduce(candidate(2, head("u2"), head("o2"), block(9))), AB_SCOPE_001);
    }

    @Test
    @DisplayName("AB-SCOPE-002 an ancestor whose children belong to another session ends the scope")
    void scopeStopsAtSessionBoundary() {
        Fixture f = new Fixture(3, 3);
        RelayBlock leaf = RelayBlock.ofLabel("r10", 10, "r9", 1);
        RelayBlock r9 = RelayBlock.ofLabel("r9", 9, "r8", 1);
        RelayBlock r8 = RelayBlock.ofLabel("r8", 8, "r7", 0);
        RelayBlock r7 = RelayBlock.ofLabel("r7", 7, "r6", 1);
        f.activate(leaf, List.of(r9, r8, r7), base(INCLUDED, 0));
        assertAccepted(f.introduce(candidate(1, head("u1"), head("o1"), r9)));
        assertRejected(f.introduce(candidate(2, head("u2"), head("o2"), r8)), AB_SCOPE_002);
        assertRejected(f.introduce(candidate(3, head("u3"), head("o3"), r7)), AB_SCOPE_002);
    }

    @Test
    @DisplayName("AB-SCOPE-003 with min_relay_parent_number 8 the ancestor #8 is in scope and #7 is not")
    void scopeStopsAtMinimumRelayParent() {
        Fixture f = new Fixture(3, 3);
        f.activate(10, 3, base(INCLUDED, 8));
        assertAccepted(f.introduce(candidate(1, head("u1"), head("o1"), block(8))));
        assertRejected(f.introduce(candidate(2, head("u2"), head("o2"), block(7))), AB_SCOPE_003);
        assertEquals(8, f.model.minimumRelayParents(block(10).hash()).get(Fixture.PARA).value());
    }

    @Test
    @DisplayName("AB-SCOPE-004 on leaf #11 candidates with relay parent #9 are dropped, those with #10 are kept")
    void expiredRelayParentDropsCandidates() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        Candidate a = candidate(1, INCLUDED, head("a"), block(9));
        Candidate b = candidate(2, head("a"), head("b"), block(10));
        Candidate lost = candidate(3, head("x"), head("y"), block(9));
        Candidate kept = candidate(4, head("p"), head("q"), block(10));
        f.introduceAndBack(a, b);
        assertAccepted(f.introduce(lost));
        assertAccepted(f.introduce(kept));
        assertEquals(List.of(a.hash(), b.hash()), f.best(10));

        f.activate(11, 1, base(INCLUDED, 10));

        // a's relay parent expired; b, built on a, goes with it (AB-SCOPE-005); the unconnected #9 one expires too.
        assertEquals(List.of(), f.best(11));
        assertEquals(Map.of(kept.hash(), CandidateState.SECONDED), f.unconnected(11));
    }

    @Test
    @DisplayName("AB-SCOPE-005 the stored child of a dropped candidate on the included head is dropped with it")
    void descendantsOfDroppedCandidateAreTrimmed() {
        Fixture f = new Fixture(3, 1);
        f.activate(10, 1, base(INCLUDED, 9));
        Candidate a = candidate(1, INCLUDED, head("a"), block(9));
        Candidate b = candidate(2, head("a"), head("b"), block(10));
        assertAccepted(f.introduce(a));
        assertAccepted(f.introduce(b));

        f.activate(11, 1, base(INCLUDED, 10));

        assertEquals(Map.of(), f.unconnected(11));
        assertEquals(List.of(), f.best(11));
        // Introduced on its own, the same child has potential: its parent is unknown at leaf #11.
        assertAccepted(f.introduce(b));
        assertEquals(Map.of(hash(2), CandidateState.SECONDED), f.unconnected(11));
    }
}
