package dev.abkit.reference.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.RuleId;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.RelayBlockNumber;
import java.util.Arrays;
import java.util.List;

/** Shorthands for the segment tests: labelled heads and blocks whose parachain slot follows the relay slot. */
final class SegmentFixtures {
    static final HeadData GENESIS = head("genesis");

    private SegmentFixtures() {
    }

    static HeadData head(String label) {
        return HeadData.ofLabel(label);
    }

    static List<HeadData> heads(String... labels) {
        return Arrays.stream(labels).map(SegmentFixtures::head).toList();
    }

    static UnincludedSegment model(SegmentParams params) {
        return new UnincludedSegment(params, GENESIS, Checks.unobserved());
    }

    static IncludedHead included(String label) {
        return IncludedHead.of(head(label));
    }

    /**
     * A block {@code label} on relay parent {@code relayNumber} in relay slot {@code relaySlot}, proving
     * {@code included}; it sends nothing, sets its watermark to the relay-parent number and uses the parachain slot
     * equal to the relay slot (6 s slots on both chains).
     */
    static AuthorBlock block(String label, long relayNumber, long relaySlot, IncludedHead included) {
        return new AuthorBlock(RelayParentProof.of(relayNumber, relaySlot, included),
                ParaBlock.of(head(label), relayNumber, relaySlot));
    }

    static AuthorBlock with(AuthorBlock event, ParaBlock block) {
        return new AuthorBlock(event.proof(), block);
    }

    static AuthorBlock with(AuthorBlock event, RelayParentProof proof) {
        return new AuthorBlock(proof, event.block());
    }

    static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.isAccepted(), () -> "expected accepted but was " + outcome
                + (outcome instanceof Outcome.Rejected r ? " " + r.detail() : ""));
    }

    static Outcome.Rejected assertRejected(RuleId rule, Outcome outcome) {
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome,
                () -> "expected rejected(" + rule + ") but was " + outcome);
        assertEquals(rule, rejected.rule(), () -> "detail: " + rejected.detail());
        return rejected;
    }

    /** Authors blocks that must all be accepted. */
    static void authorAll(UnincludedSegment model, AuthorBlock... events) {
        for (AuthorBlock event : events) {
            assertAccepted(model.author(event));
        }
    }

    static RelayBlockNumber relay(long number) {
        return RelayBlockNumber.of(number);
    }
}
