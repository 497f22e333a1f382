package dev.abkit.reference.runtime;

import static dev.abkit.reference.runtime.RuntimeFixture.GENESIS_HEAD;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The receipt checks of the candidate-descriptor-v2 runtime (AB-RT-015 .. AB-RT-017), and their absence at baseline. */
class ReceiptChecksTest {
    private static final Profile V2 = Profile.of(Variant.CANDIDATE_DESCRIPTOR_V2);
    private static final Bytes SELECT_CORE = new UmpSignal.SelectCore(0, 0).encode();
    private static final Bytes APPROVED_PEER = new UmpSignal.ApprovedPeer(Bytes.ofHex("0x" + "ab".repeat(32)))
            .encode();
    private static final Bytes XCM = Bytes.ofHex("0x050c0000");

    /** The candidate "c" on the included head at relay parent 9, with this descriptor and these upward messages. */
    private static BackedCandidate withReceipt(Receipts.DescriptorChoice choice, Bytes... upward) {
        BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
        Receipts.Built built = Receipts.forBacked(c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                c.paraHead(), c.validationCodeHash(), 0, c.hash().hash(), choice, List.of(upward));
        return new BackedCandidate(new CandidateHash(built.candidateHash()), c.para(), c.relayParent(),
                c.validationData(), c.outputHead(), c.paraHead(), c.validationCodeHash(), 0, built.receipt());
    }

    private static Outcome verdict(Profile profile, int sessionChanges, BackedCandidate c) {
        RuntimeFixture f = RuntimeFixture.withProfile(profile).advanceTo(8 - sessionChanges);
        for (int i = 0; i < sessionChanges; i++) {
            f.newSession();
        }
        f.advanceTo(10);
        return f.back(c).verdicts().get(0).outcome();
    }

    private static void assertRejected(RuleId rule, Outcome outcome) {
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
        assertEquals(rule, rejected.rule(), rejected.detail());
    }

    @Test
    @DisplayName("AB-RT-015 a V2 descriptor is accepted in the session it names and dropped in another")
    void sessionIndex() {
        BackedCandidate session0 = withReceipt(new Receipts.V2(0, 0));
        BackedCandidate session1 = withReceipt(new Receipts.V2(0, 1));
        assertTrue(verdict(V2, 0, session0).isAccepted());
        assertRejected(RuntimeAcceptanceRules.AB_RT_015, verdict(V2, 0, session1));
        assertTrue(verdict(V2, 1, session1).isAccepted());
        Outcome previous = verdict(V2, 1, session0);
        assertRejected(RuntimeAcceptanceRules.AB_RT_015, previous);
        String detail = ((Outcome.Rejected) previous).detail();
        assertTrue(detail.contains("names session 0") && detail.endsWith("in session 1"), detail);
        assertTrue(verdict(Profile.BASELINE, 1, session0).isAccepted(), "the baseline reads no session index");
    }

    @Test
    @DisplayName("AB-RT-016 after the separator come at most two signals, at most one of each kind")
    void signals() {
        Receipts.DescriptorChoice v2 = new Receipts.V2(0, 0);
        assertTrue(verdict(V2, 0, withReceipt(v2, XCM, Bytes.EMPTY, SELECT_CORE, APPROVED_PEER)).isAccepted());
        assertTrue(verdict(V2, 0, withReceipt(v2, Bytes.EMPTY, APPROVED_PEER, SELECT_CORE)).isAccepted());
        assertTrue(verdict(V2, 0, withReceipt(v2, Bytes.EMPTY)).isAccepted(), "a separator alone has no signal");
        assertTrue(verdict(V2, 0, withReceipt(v2, XCM)).isAccepted(), "messages without a separator are not signals");
        Bytes trailing = Bytes.ofHex(SELECT_CORE.hex() + "ff");
        assertTrue(verdict(V2, 0, withReceipt(v2, Bytes.EMPTY, trailing)).isAccepted(),
                "upstream decodes a signal from the element's start and ignores what follows");
        List<List<Bytes>> bad = List.of(
                List.of(Bytes.EMPTY, SELECT_CORE, SELECT_CORE),
                List.of(Bytes.EMPTY, APPROVED_PEER, APPROVED_PEER),
                List.of(Bytes.EMPTY, XCM),
                List.of(Bytes.EMPTY, SELECT_CORE, XCM),
                List.of(Bytes.EMPTY, Bytes.ofHex("0x00")),
                List.of(Bytes.EMPTY, Bytes.ofHex("0x01" + "01".repeat(65))),
                List.of(Bytes.EMPTY, SELECT_CORE, APPROVED_PEER, SELECT_CORE),
                List.of(Bytes.EMPTY, SELECT_CORE, APPROVED_PEER, Bytes.EMPTY));
        for (List<Bytes> upward : bad) {
            BackedCandidate c = withReceipt(v2, upward.toArray(Bytes[]::new));
            assertRejected(RuntimeAcceptanceRules.AB_RT_016, verdict(V2, 0, c));
            assertTrue(verdict(Profile.BASELINE, 0, c).isAccepted(), "the baseline parses no signal");
        }
    }

    @Test
    @DisplayName("AB-RT-017 a V1 descriptor sends no UMP signal; a separator alone is no signal")
    void signalsNeedV2() {
        Receipts.DescriptorChoice v1 = Receipts.BASELINE;
        assertTrue(verdict(V2, 0, withReceipt(v1, XCM)).isAccepted());
        assertTrue(verdict(V2, 0, withReceipt(v1, XCM, Bytes.EMPTY)).isAccepted());
        for (Bytes signal : List.of(SELECT_CORE, APPROVED_PEER)) {
            BackedCandidate c = withReceipt(v1, XCM, Bytes.EMPTY, signal);
            assertRejected(RuntimeAcceptanceRules.AB_RT_017, verdict(V2, 0, c));
            assertTrue(verdict(Profile.BASELINE, 0, c).isAccepted());
        }
    }

    @Test
    @DisplayName("AB-RT-015 a candidate without a receipt is judged by its fields alone under candidate-descriptor-v2")
    void withoutReceipt() {
        BackedCandidate c = candidate("c", 9, GENESIS_HEAD, head("h1"));
        assertTrue(verdict(V2, 1, c).isAccepted());
        List<BackedCandidate> both = new ArrayList<>(List.of(withReceipt(new Receipts.V2(0, 1)), c));
        RuntimeFixture f = RuntimeFixture.withProfile(V2).advanceTo(10);
        List<CandidateVerdict> verdicts = f.back(both.toArray(BackedCandidate[]::new)).verdicts();
        assertRejected(RuntimeAcceptanceRules.AB_RT_011, verdicts.get(1).outcome());
    }
}
