package dev.abkit.reference.prospective;

import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_001;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_007;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_015;
import static dev.abkit.reference.prospective.Fixture.CODE;
import static dev.abkit.reference.prospective.Fixture.INCLUDED;
import static dev.abkit.reference.prospective.Fixture.PARA;
import static dev.abkit.reference.prospective.Fixture.assertAccepted;
import static dev.abkit.reference.prospective.Fixture.assertRejected;
import static dev.abkit.reference.prospective.Fixture.base;
import static dev.abkit.reference.prospective.Fixture.block;
import static dev.abkit.reference.prospective.Fixture.candidate;
import static dev.abkit.reference.prospective.Fixture.head;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_002;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_005;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_007;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_011;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdmissionRulesTest {

    private static Candidate withCode(Candidate c, ValidationCodeHash code) {
        return new Candidate(c.hash(), c.para(), c.relayParent(), c.validationData(), c.commitments(), code);
    }

    private static Candidate withUpward(Candidate c, int messages) {
        return new Candidate(c.hash(), c.para(), c.relayParent(), c.validationData(),
                c.commitments().withUpwardMessages(Collections.nCopies(messages, 10L)), c.codeHash());
    }

    private static Candidate withReceipt(Candidate c, dev.abkit.model.Hash32 descriptorPvdHash) {
        dev.abkit.encoding.Receipts.Built receipt = dev.abkit.encoding.Receipts.build(c.para(), c.relayParent(),
                descriptorPvdHash, dev.abkit.encoding.ValidationDataEncoding.headHash(c.outputHead()),
                c.commitments(), c.codeHash(), dev.abkit.encoding.Receipts.BASELINE, 0);
        return new Candidate(new dev.abkit.model.CandidateHash(receipt.candidateHash()), c.para(), c.relayParent(),
                c.validationData(), c.commitments(), c.codeHash(), receipt.receipt());
    }

    @Test
    @DisplayName("AB-ADMIT-011 a receipt committing to other validation data is rejected, before the cycle check")
    void validationDataHashMismatch() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate a = candidate(1, INCLUDED, head("a"), block(10));
        dev.abkit.model.Hash32 real = dev.abkit.encoding.Receipts.validationDataHash(a.validationData());
        Candidate other = withReceipt(a, dev.abkit.model.Hash32.ofLabel("other validation data"));
        assertRejected(f.introduce(other), AB_ADMIT_011);
        Candidate cycle = candidate(2, INCLUDED, INCLUDED, block(10));
        assertRejected(f.introduce(withReceipt(cycle, dev.abkit.model.Hash32.ofLabel("other"))), AB_ADMIT_011);
        assertRejected(f.introduce(withReceipt(cycle, dev.abkit.encoding.Receipts.validationDataHash(
                cycle.validationData()))), AB_ADMIT_001);
        Candidate truncated = new Candidate(a.hash(), a.para(), a.relayParent(), a.validationData(), a.commitments(),
                a.codeHash(), new dev.abkit.model.EncodedReceipt("0x00"));
        assertRejected(f.introduce(truncated), AB_ADMIT_011);
        assertAccepted(f.introduce(withReceipt(a, real)));
        assertAccepted(f.introduce(candidate(3, head("a"), head("b"), block(10))));
    }

    @Test
    @DisplayName("AB-ADMIT-001 a candidate whose output head equals its parent head is rejected, connected or not")
    void zeroLengthCycle() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        assertRejected(f.introduce(candidate(1, INCLUDED, INCLUDED, block(10))), AB_ADMIT_001);
        assertRejected(f.introduce(candidate(2, head("u"), head("u"), block(10))), AB_ADMIT_001);
        assertAccepted(f.introduce(candidate(3, INCLUDED, head("a"), block(10))));
    }

    @Test
    @DisplayName("AB-ADMIT-002 a candidate of a para without fragment chain is rejected, one of a scheduled para kept")
    void unscheduledPara() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate scheduled = candidate(1, INCLUDED, head("a"), block(10));
        Candidate other = new Candidate(scheduled.hash(), ParaId.of(7), scheduled.relayParent(),
                scheduled.validationData(), scheduled.commitments(), scheduled.codeHash());
        assertRejected(f.introduce(other), AB_ADMIT_002);
        assertAccepted(f.introduce(scheduled));
    }

    @Test
    @DisplayName("AB-ADMIT-003 a candidate with an unknown parent is kept despite a wrong code hash; on the included "
            + "head it is not")
    void unconnectedCandidateSkipsConstraints() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        ValidationCodeHash wrong = ValidationCodeHash.ofLabel("other code");
        assertAccepted(f.introduce(withCode(candidate(1, head("unknown"), head("x"), block(9)), wrong)));
        assertRejected(f.introduce(withCode(candidate(2, INCLUDED, head("y"), block(9)), wrong)), AB_CONS_001);
        assertEquals(Map.of(Fixture.hash(1), CandidateState.SECONDED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-ADMIT-004 a child of the chain tip outputting the included head is a cycle; a fresh head is not")
    void cycle() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(candidate(5, INCLUDED, head("a"), block(10)));
        assertRejected(f.introduce(candidate(6, head("a"), INCLUDED, block(10))), AB_ADMIT_004);
        assertAccepted(f.introduce(candidate(7, head("a"), head("b"), block(10))));
    }

    @Test
    @DisplayName("AB-ADMIT-005 a lower-hash fork reaching the output of a best-chain candidate is rejected; another "
            + "output is not")
    void multiplePaths() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(candidate(5, INCLUDED, head("a"), block(10)), candidate(6, head("a"), head("b"),
                block(10)));
        assertRejected(f.introduce(candidate(1, INCLUDED, head("b"), block(10))), AB_ADMIT_005);
        assertAccepted(f.introduce(candidate(2, INCLUDED, head("c"), block(10))));
    }

    @Test
    @DisplayName("AB-ADMIT-006 a child gets the upward budget its chain parent left: 4 remaining, parent sent 3, "
            + "child 2 fails, 1 fits")
    void constraintsAfterAncestorModifications() {
        Fixture f = new Fixture(3, 2);
        Constraints constraints = base(INCLUDED, 8).withUmp(4, Constraints.DEFAULT_LIMIT, Constraints.DEFAULT_LIMIT);
        f.activate(10, 2, constraints);
        f.introduceAndBack(withUpward(candidate(5, INCLUDED, head("a"), block(10)), 3));
        assertRejected(f.introduce(withUpward(candidate(6, head("a"), head("b"), block(10)), 2)), AB_CONS_015);
        assertAccepted(f.introduce(withUpward(candidate(7, head("a"), head("c"), block(10)), 1)));
    }

    @Test
    @DisplayName("AB-ADMIT-007 under a parent with relay parent #9 a child with #8 is rejected, with #9 accepted")
    void relayParentNotBeforeParents() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        f.introduceAndBack(candidate(5, INCLUDED, head("a"), block(9)));
        assertRejected(f.introduce(candidate(6, head("a"), head("b"), block(8))), AB_ADMIT_007);
        assertAccepted(f.introduce(candidate(7, head("a"), head("c"), block(9))));
    }

    @Test
    @DisplayName("AB-ADMIT-008 introducing a known candidate again is accepted and changes nothing")
    void alreadyKnown() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        Candidate u = candidate(6, head("x"), head("y"), block(10));
        f.introduceAndBack(a);
        assertAccepted(f.introduce(u));
        assertAccepted(f.introduce(a));
        assertAccepted(f.introduce(u));
        assertEquals(List.of(a.hash()), f.best(10));
        assertEquals(Map.of(u.hash(), CandidateState.SECONDED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-ADMIT-009 with max_candidate_depth 1 a third candidate is accepted and waits outside the full "
            + "chain")
    void depthDoesNotReject() {
        Fixture f = new Fixture(1, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate a = candidate(5, INCLUDED, head("a"), block(10));
        Candidate b = candidate(6, head("a"), head("b"), block(10));
        Candidate c = candidate(7, head("b"), head("c"), block(10));
        f.introduceAndBack(a, b);
        assertAccepted(f.introduce(c));
        f.back(c);
        assertEquals(List.of(a.hash(), b.hash()), f.best(10));
        assertEquals(Map.of(c.hash(), CandidateState.BACKED), f.unconnected(10));
    }

    @Test
    @DisplayName("AB-ADMIT-010 a candidate kept under one of two relay-chain forks is accepted")
    void acceptedUnderOneLeaf() {
        Fixture f = new Fixture(3, 0);
        RelayBlock x = RelayBlock.ofLabel("x10", 10, "r9", 0);
        RelayBlock y = RelayBlock.ofLabel("y10", 10, "r9", 0);
        f.activate(x, List.of(), base(INCLUDED, 10));
        f.activate(y, List.of(), base(INCLUDED, 10));
        Candidate underX = candidate(1, INCLUDED, head("a"), x);
        assertAccepted(f.introduce(underX));
        assertEquals(Map.of(underX.hash(), CandidateState.SECONDED), f.chain(x.hash()).unconnected());
        assertEquals(Map.of(), f.chain(y.hash()).unconnected());
    }

    @Test
    @DisplayName("AB-ADMIT-010 when every relay parent rejects, the rule reported is the most recently activated one's")
    void rejectionFromMostRecentLeaf() {
        ValidationCodeHash wrong = ValidationCodeHash.ofLabel("other code");
        RelayBlock x = RelayBlock.ofLabel("x10", 10, "r9", 0);
        RelayBlock y = RelayBlock.ofLabel("y10", 10, "r9", 0);
        // Under x the candidate is connected and has the wrong code; under y its relay parent x is out of scope.
        Candidate c = withCode(candidate(1, INCLUDED, head("a"), x), wrong);

        Fixture xThenY = new Fixture(3, 0);
        xThenY.activate(x, List.of(), base(INCLUDED, 10));
        xThenY.activate(y, List.of(), base(INCLUDED, 10));
        assertRejected(xThenY.introduce(c), AB_SCOPE_001);

        Fixture yThenX = new Fixture(3, 0);
        yThenX.activate(y, List.of(), base(INCLUDED, 10));
        yThenX.activate(x, List.of(), base(INCLUDED, 10));
        assertRejected(yThenX.introduce(c), AB_CONS_001);
    }

    @Test
    @DisplayName("AB-ADMIT-006 the validation data of a connected candidate must match the scope's relay parent")
    void validationDataMismatchIsAConstraintViolation() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, base(INCLUDED, 8));
        Candidate good = candidate(1, INCLUDED, head("a"), block(9));
        PersistedValidationData wrongNumber = new PersistedValidationData(INCLUDED, RelayBlockNumber.of(8),
                block(9).storageRoot(), Fixture.POV);
        Candidate bad = new Candidate(Fixture.hash(2), PARA, block(9).hash(), wrongNumber,
                CandidateCommitments.producing(head("b"), RelayBlockNumber.of(9)), CODE);
        assertRejected(f.introduce(bad), AB_CONS_007);
        assertAccepted(f.introduce(good));
    }
}
