package dev.abkit.reference.prospective;

import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.PARA;
import static dev.abkit.reference.prospective.Fixture.POV;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.hash;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.Fixture.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueriesTest {
    private static final Candidate A = candidate(5, INCLUDED, head("a"), block(9));
    private static final Candidate B = candidate(6, head("a"), head("b"), block(10));
    private static final Candidate C = candidate(7, head("b"), head("c"), block(10));

    private static BackableCandidate backable(Candidate c) {
        return new BackableCandidate(c.hash(), c.relayParent());
    }

    private static Fixture chainOfThree() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(A, B, C);
        return f;
    }

    @Test
    @DisplayName("AB-QUERY-001 backable candidates start after the ancestors that form a prefix of the best chain")
    void prefixSemantics() {
        Fixture f = chainOfThree();
        assertEquals(List.of(backable(A), backable(B)), f.backable(10, 2, Set.of()));
        assertEquals(List.of(backable(B), backable(C)), f.backable(10, 2, Set.of(A.hash())));
        assertEquals(List.of(backable(C)), f.backable(10, 5, Set.of(A.hash(), B.hash())));
        assertEquals(List.of(), f.backable(10, 5, Set.of(A.hash(), B.hash(), C.hash())));
        // B alone is not a prefix; A and C without B stop after A.
        assertEquals(List.of(backable(A), backable(B)), f.backable(10, 2, Set.of(B.hash())));
        assertEquals(List.of(backable(B), backable(C)), f.backable(10, 2, Set.of(A.hash(), C.hash(), hash(99))));
    }

    @Test
    @DisplayName("AB-QUERY-002 the answer stops before a pending candidate; with it among the ancestors the next "
            + "follows")
    void stopsAtPending() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8), pending(1, head("p"), block(9)));
        Candidate x = candidate(5, head("p"), head("x"), block(10));
        f.introduceAndBack(x);
        assertEquals(List.of(hash(1), x.hash()), f.best(10));
        assertEquals(List.of(), f.backable(10, 2, Set.of()));
        assertEquals(List.of(backable(x)), f.backable(10, 2, Set.of(hash(1))));
    }

    @Test
    @DisplayName("AB-QUERY-003 count 0, a deactivated leaf or an unscheduled para give no backable candidates; count "
            + "1 gives one")
    void emptyAnswers() {
        Fixture f = chainOfThree();
        assertEquals(List.of(), f.backable(10, 0, Set.of()));
        assertEquals(List.of(backable(A)), f.backable(10, 1, Set.of()));
        assertEquals(List.of(), f.model.backableCandidates(block(10).hash(), ParaId.of(7), 1, Set.of()));
        f.activate(11, 2, base(INCLUDED, 9));
        f.deactivate(10);
        assertEquals(List.of(block(10).hash(), block(11).hash()), f.model.retainedRelayParents());
        assertEquals(List.of(), f.backable(10, 1, Set.of()));
        assertEquals(List.of(backable(A)), f.backable(11, 1, Set.of()));
    }

    @Test
    @DisplayName("AB-QUERY-004 a child of a full chain and a candidate with an unknown parent are members; an "
            + "expired one is not")
    void hypotheticalMembership() {
        Fixture f = new Fixture(0, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(A);
        RelayHash leaf = block(10).hash();
        assertEquals(List.of(leaf), f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(B)));
        assertEquals(List.of(leaf), f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(A)));
        assertEquals(List.of(leaf), f.model.hypotheticalMembership(
                new HypotheticalCandidate.Incomplete(hash(8), PARA, head("unknown"), block(10).hash())));
        assertEquals(List.of(), f.model.hypotheticalMembership(
                new HypotheticalCandidate.Incomplete(hash(9), PARA, head("unknown"), block(7).hash())));
        assertFalse(f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(B)).contains(block(11).hash()),
                "a block that is not an active leaf is never a member");
    }

    @Test
    @DisplayName("AB-QUERY-004 membership is per leaf: a candidate is a member only under the fork whose scope holds "
            + "its relay parent")
    void membershipPerLeaf() {
        Fixture f = new Fixture(3, 0);
        RelayBlock x = RelayBlock.ofLabel("x10", 10, "r9", 0);
        RelayBlock y = RelayBlock.ofLabel("y10", 10, "r9", 0);
        f.activate(x, List.of(), base(INCLUDED, 10));
        f.activate(y, List.of(), base(INCLUDED, 10));
        Candidate underY = candidate(3, INCLUDED, head("a"), y);
        assertEquals(List.of(y.hash()), f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(underY)));
    }

    @Test
    @DisplayName("AB-QUERY-005 an incomplete candidate skips the zero-length and constraint checks a complete one "
            + "fails")
    void incompleteSkipsOutputChecks() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        RelayHash leaf = block(10).hash();
        Candidate zeroLength = candidate(1, INCLUDED, INCLUDED, block(10));
        Candidate wrongCode = new Candidate(hash(2), PARA, block(10).hash(), A.validationData(), A.commitments(),
                ValidationCodeHash.ofLabel("other"));
        assertEquals(List.of(), f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(zeroLength)));
        assertEquals(List.of(), f.model.hypotheticalMembership(new HypotheticalCandidate.Complete(wrongCode)));
        assertEquals(List.of(leaf), f.model.hypotheticalMembership(
                new HypotheticalCandidate.Incomplete(hash(1), PARA, INCLUDED, block(10).hash())));
        // The relay-parent checks still apply to an incomplete candidate.
        f.introduceAndBack(candidate(3, INCLUDED, head("a"), block(9)));
        assertEquals(List.of(), f.model.hypotheticalMembership(
                new HypotheticalCandidate.Incomplete(hash(4), PARA, head("a"), block(8).hash())));
    }

    @Test
    @DisplayName("AB-QUERY-006 the minimum relay parent is the scope's earliest block, the leaf without ancestors, "
            + "none when inactive")
    void minimumRelayParents() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        assertEquals(Map.of(PARA, RelayBlockNumber.of(8)), f.model.minimumRelayParents(block(10).hash()));
        Fixture g = new Fixture(3, 2);
        g.activate(10, 2, base(INCLUDED, 9));
        assertEquals(Map.of(PARA, RelayBlockNumber.of(9)), g.model.minimumRelayParents(block(10).hash()));
        Fixture h = new Fixture(3, 0);
        h.activate(10, 2, base(INCLUDED, 10));
        assertEquals(Map.of(PARA, RelayBlockNumber.of(10)), h.model.minimumRelayParents(block(10).hash()));
        assertEquals(Map.of(), h.model.minimumRelayParents(block(9).hash()));
    }

    @Test
    @DisplayName("AB-QUERY-007 validation data needs a relay parent in scope and a known or supplied parent head")
    void prospectiveValidationData() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate u = candidate(5, head("far"), head("u"), block(10));
        assertAccepted(f.introduce(u));
        RelayHash r9 = block(9).hash();
        PersistedValidationData onIncluded = PersistedValidationData.of(INCLUDED, block(9).info(), POV);
        assertEquals(Optional.of(onIncluded),
                f.model.prospectiveValidationData(new ValidationDataRequest(PARA, r9, INCLUDED, false)));
        assertEquals(Optional.of(PersistedValidationData.of(head("u"), block(9).info(), POV)),
                f.model.prospectiveValidationData(new ValidationDataRequest(PARA, r9, head("u"), false)));
        assertEquals(Optional.of(PersistedValidationData.of(head("far"), block(9).info(), POV)),
                f.model.prospectiveValidationData(new ValidationDataRequest(PARA, r9, head("far"), false)));
        assertEquals(Optional.empty(),
                f.model.prospectiveValidationData(new ValidationDataRequest(PARA, r9, head("new"), false)));
        assertEquals(Optional.of(PersistedValidationData.of(head("new"), block(9).info(), POV)),
                f.model.prospectiveValidationData(new ValidationDataRequest(PARA, r9, head("new"), true)));
        assertEquals(Optional.empty(), f.model.prospectiveValidationData(
                new ValidationDataRequest(PARA, block(7).hash(), INCLUDED, true)));
    }

    @Test
    @DisplayName("the whole view lists leaves, retained relay parents and every chain")
    void wholeView() {
        Fixture f = chainOfThree();
        ProspectiveView view = f.model.view();
        assertEquals(List.of(block(10).hash()), view.activeLeaves());
        assertEquals(List.of(new ChainView(block(10).hash(), PARA, List.<CandidateHash>of(A.hash(), B.hash(),
                C.hash()), new TreeMap<>())), view.chains());
    }
}
