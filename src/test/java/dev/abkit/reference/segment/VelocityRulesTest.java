package dev.abkit.reference.segment;

import static dev.abkit.reference.segment.SegmentFixtures.assertAccepted;
import static dev.abkit.reference.segment.SegmentFixtures.assertRejected;
import static dev.abkit.reference.segment.SegmentFixtures.authorAll;
import static dev.abkit.reference.segment.SegmentFixtures.block;
import static dev.abkit.reference.segment.SegmentFixtures.head;
import static dev.abkit.reference.segment.SegmentFixtures.included;
import static dev.abkit.reference.segment.SegmentFixtures.model;
import static dev.abkit.reference.segment.SegmentFixtures.with;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_002;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_006;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.RelayBlockNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VelocityRulesTest {
    private static final Profile EXPECT_PARENT = Profile.of(Variant.EXPECT_PARENT_INCLUDED);
    private static final Profile PARA_SLOT = Profile.of(Variant.VELOCITY_PER_PARA_SLOT);
    private static final Profile STRICT = Profile.of(Variant.RELAY_NUMBER_STRICTLY_INCREASES);

    /** A block with its own parachain slot, independent of the relay slot. */
    private static AuthorBlock inSlots(String label, long relayNumber, long relaySlot, long paraSlot) {
        AuthorBlock event = block(label, relayNumber, relaySlot, included("genesis"));
        ParaBlock b = event.block();
        return with(event, new ParaBlock(b.head(), b.used(), b.hrmpWatermark(), paraSlot, false));
    }

    @Nested
    class RelayParentNumber {
        private UnincludedSegment atTen(Profile profile) {
            UnincludedSegment model = model(SegmentParams.of(5, 5).withProfile(profile));
            authorAll(model, block("a", 10, 10, included("genesis")));
            return model;
        }

        @Test
        @DisplayName("AB-VEL-001 a relay-parent number equal to the previous block's (10 after 10) is accepted")
        void equalAccepted() {
            assertAccepted(atTen(Profile.BASELINE).author(block("b", 10, 10, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-001 a relay-parent number below the previous block's (9 after 10) is rejected")
        void lowerRejected() {
            assertRejected(AB_VEL_001, atTen(Profile.BASELINE).author(block("b", 9, 10, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-001 relay-number-strictly-increases: 10 after 10 is rejected")
        void strictEqualRejected() {
            assertRejected(AB_VEL_001, atTen(STRICT).author(block("b", 10, 10, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-001 relay-number-strictly-increases: 11 after 10 is accepted")
        void strictHigherAccepted() {
            UnincludedSegment model = atTen(STRICT);
            assertAccepted(model.author(block("b", 11, 11, included("genesis"))));
            assertEquals(RelayBlockNumber.of(11), model.view().lastRelayParentNumber());
        }

        @Test
        @DisplayName("AB-VEL-001 relay-number-strictly-increases: the first block on relay parent 0 is rejected"
                + " (previous is 0)")
        void strictFromZero() {
            UnincludedSegment model = model(SegmentParams.of(3, 1).withProfile(STRICT));
            assertRejected(AB_VEL_001, model.author(block("a", 0, 0, included("genesis"))));
        }
    }

    @Nested
    class BlocksPerSlot {
        @Test
        @DisplayName("AB-VEL-002 velocity 1 accepts a second block in the same relay-chain slot (1 previous <= 1)")
        void secondInSlotAccepted() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 7, included("genesis")));
            assertAccepted(model.author(block("b", 2, 7, included("genesis"))));
            assertEquals(SlotInfo.of(7, 2), model.view().slotInfo());
        }

        @Test
        @DisplayName("AB-VEL-002 velocity 1 rejects a third block in the same relay-chain slot (2 previous > 1)")
        void thirdInSlotRejected() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")));
            assertRejected(AB_VEL_002, model.author(block("c", 3, 7, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-002 velocity 2 accepts three blocks per relay-chain slot and rejects the fourth")
        void velocityTwo() {
            UnincludedSegment model = model(SegmentParams.of(5, 2));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 1, 7, included("genesis")),
                    block("c", 1, 7, included("genesis")));
            assertRejected(AB_VEL_002, model.author(block("d", 1, 7, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-002 velocity-per-para-slot: velocity 1 accepts 2 blocks per parachain slot (count"
                + " includes the block)")
        void paraSlotSecondAccepted() {
            UnincludedSegment model = model(SegmentParams.of(5, 1).withProfile(PARA_SLOT));
            authorAll(model, block("a", 1, 7, included("genesis")));
            assertAccepted(model.author(block("b", 2, 7, included("genesis"))));
            assertEquals(SlotInfo.of(7, 2), model.view().slotInfo());
        }

        @Test
        @DisplayName("AB-VEL-002 velocity-per-para-slot: velocity 1 rejects a third block in the parachain slot (3 >"
                + " 2)")
        void paraSlotThirdRejected() {
            UnincludedSegment model = model(SegmentParams.of(5, 1).withProfile(PARA_SLOT));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")));
            assertRejected(AB_VEL_002, model.author(block("c", 3, 7, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-002 expect-parent-included: no velocity check, any number of blocks per slot")
        void expectParentNoVelocity() {
            UnincludedSegment model = model(SegmentParams.of(1, 1).withProfile(EXPECT_PARENT));
            authorAll(model, block("a", 1, 7, IncludedHead.absent()), block("b", 1, 7, IncludedHead.absent()),
                    block("c", 1, 7, IncludedHead.absent()), block("d", 1, 7, IncludedHead.absent()));
            assertEquals(SlotInfo.unrecorded(), model.view().slotInfo());
        }

        @Test
        @DisplayName("AB-VEL-003 velocity 0 accepts a second block in the relay-chain slot, like velocity 1")
        void zeroAsOneSecond() {
            UnincludedSegment model = model(SegmentParams.of(5, 0));
            authorAll(model, block("a", 1, 7, included("genesis")));
            assertAccepted(model.author(block("b", 2, 7, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-003 velocity 0 rejects a third block in the relay-chain slot, like velocity 1")
        void zeroAsOneThird() {
            UnincludedSegment model = model(SegmentParams.of(5, 0));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")));
            assertRejected(AB_VEL_002, model.author(block("c", 3, 7, included("genesis"))));
        }

        @Test
        @DisplayName("AB-VEL-003 velocity 0 in can_build_upon: true after 1 block in the slot, false after 2")
        void zeroAsOneCanBuildUpon() {
            UnincludedSegment model = model(SegmentParams.of(5, 0));
            authorAll(model, block("a", 1, 7, included("genesis")));
            assertTrue(model.canBuildUpon(head("genesis"), 7));
            authorAll(model, block("b", 2, 7, included("genesis")));
            assertFalse(model.canBuildUpon(head("genesis"), 7));
        }

        @Test
        @DisplayName("AB-VEL-004 a block in a later relay-chain slot restarts the count at 1")
        void newSlotResets() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")));
            assertAccepted(model.author(block("c", 3, 8, included("genesis"))));
            assertEquals(SlotInfo.of(8, 1), model.view().slotInfo());
            assertAccepted(model.author(block("d", 4, 8, included("genesis"))));
            assertEquals(SlotInfo.of(8, 2), model.view().slotInfo());
        }

        @Test
        @DisplayName("AB-VEL-004 the first block records its slot with a count of 1")
        void firstBlockCounts() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 7, included("genesis")));
            assertEquals(SlotInfo.of(7, 1), model.view().slotInfo());
        }

        @Test
        @DisplayName("AB-VEL-004 velocity-per-para-slot: a later parachain slot restarts the count at 1")
        void paraSlotResets() {
            UnincludedSegment model = model(SegmentParams.of(5, 1).withProfile(PARA_SLOT));
            authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")),
                    block("c", 3, 8, included("genesis")));
            assertEquals(SlotInfo.of(8, 1), model.view().slotInfo());
        }
    }

    @Nested
    class Slots {
        @Test
        @DisplayName("AB-VEL-005 a relay-chain slot below the recorded one (7 after 8) is rejected")
        void relaySlotBackwards() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 8, included("genesis")));
            assertRejected(AB_VEL_005, model.author(inSlots("b", 2, 7, 7)));
        }

        @Test
        @DisplayName("AB-VEL-005 a relay-chain slot equal to the recorded one (8 after 8) is accepted")
        void relaySlotEqual() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 1, 8, included("genesis")));
            assertAccepted(model.author(inSlots("b", 2, 8, 8)));
        }

        @Test
        @DisplayName("AB-VEL-005 the baseline decides the relay-parent number before the slot")
        void baselineOrder() {
            UnincludedSegment model = model(SegmentParams.of(5, 1));
            authorAll(model, block("a", 5, 8, included("genesis")));
            assertRejected(AB_VEL_001, model.author(inSlots("b", 4, 7, 7)));
        }

        @Test
        @DisplayName("AB-VEL-005 velocity-per-para-slot: a parachain slot moving backwards is rejected before the"
                + " relay-parent number")
        void paraSlotBackwardsFirst() {
            UnincludedSegment model = model(SegmentParams.of(5, 1).withProfile(PARA_SLOT));
            authorAll(model, block("a", 5, 8, included("genesis")));
            assertRejected(AB_VEL_005, model.author(inSlots("b", 4, 7, 7)));
        }

        @Test
        @DisplayName("AB-VEL-006 a parachain slot equal to the derived slot (10 from relay slot 10) is accepted")
        void paraSlotEqualDerived() {
            assertAccepted(model(SegmentParams.of(5, 1)).author(inSlots("a", 1, 10, 10)));
        }

        @Test
        @DisplayName("AB-VEL-006 a parachain slot ahead of the derived slot (11 from relay slot 10) is rejected")
        void paraSlotAhead() {
            assertRejected(AB_VEL_006, model(SegmentParams.of(5, 1)).author(inSlots("a", 1, 10, 11)));
        }

        @Test
        @DisplayName("AB-VEL-006 a parachain slot behind the derived slot (9 from relay slot 10) is accepted in the"
                + " baseline")
        void paraSlotBehindBaseline() {
            assertAccepted(model(SegmentParams.of(5, 1)).author(inSlots("a", 1, 10, 9)));
        }

        @Test
        @DisplayName("AB-VEL-006 with 12 s parachain slots, relay slot 11 derives slot 5: 5 accepted, 6 rejected")
        void derivedWithLongerParaSlot() {
            SegmentParams params = SegmentParams.of(5, 1).withSlotDurations(6000, 12000);
            assertAccepted(model(params).author(inSlots("a", 1, 11, 5)));
            assertRejected(AB_VEL_006, model(params).author(inSlots("a", 1, 11, 6)));
        }

        @Test
        @DisplayName("AB-VEL-006 velocity-per-para-slot: a parachain slot behind the derived slot (9 from 10) is"
                + " rejected")
        void paraSlotBehindVariant() {
            assertRejected(AB_VEL_006,
                    model(SegmentParams.of(5, 1).withProfile(PARA_SLOT)).author(inSlots("a", 1, 10, 9)));
        }

        @Test
        @DisplayName("AB-VEL-006 velocity-per-para-slot: a parachain slot equal to the derived slot is accepted")
        void paraSlotEqualVariant() {
            UnincludedSegment model = model(SegmentParams.of(5, 1).withProfile(PARA_SLOT));
            assertAccepted(model.author(inSlots("a", 1, 10, 10)));
            assertEquals(SlotInfo.of(10, 1), model.view().slotInfo());
        }
    }

    @Nested
    class CanBuildUpon {
        @Test
        @DisplayName("AB-VEL-007 capacity 2, size after included 1, same slot with 1 of V+1=2 blocks: true")
        void roomAndSlot() {
            UnincludedSegment model = model(SegmentParams.of(2, 1));
            authorAll(model, block("a", 1, 5, included("genesis")));
            assertTrue(model.canBuildUpon(head("genesis"), 5));
        }

        @Test
        @DisplayName("AB-VEL-007 capacity 2, size after included 2: false")
        void fullSegment() {
            UnincludedSegment model = model(SegmentParams.of(2, 1));
            authorAll(model, block("a", 1, 5, included("genesis")), block("b", 2, 6, included("genesis")));
            assertFalse(model.canBuildUpon(head("genesis"), 7));
        }

        @Test
        @DisplayName("AB-VEL-007 included a of [a, b] leaves size 1 < capacity 2: true on a later slot")
        void afterIncludedAncestor() {
            UnincludedSegment model = model(SegmentParams.of(2, 1));
            authorAll(model, block("a", 1, 5, included("genesis")), block("b", 2, 6, included("genesis")));
            assertTrue(model.canBuildUpon(head("a"), 7));
        }

        @Test
        @DisplayName("AB-VEL-007 the tip as included head counts the full segment (size 2 >= capacity 2): false")
        void tipAsIncluded() {
            UnincludedSegment model = model(SegmentParams.of(2, 1));
            authorAll(model, block("a", 1, 5, included("genesis")), block("b", 2, 6, included("genesis")));
            assertFalse(model.canBuildUpon(head("b"), 7));
        }

        @Test
        @DisplayName("AB-VEL-007 capacity 3 with 2 blocks in slot 5: same slot false (2 of 2), later slot true,"
                + " earlier slot false")
        void slotExhausted() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, block("a", 1, 5, included("genesis")), block("b", 2, 5, included("genesis")));
            assertFalse(model.canBuildUpon(head("genesis"), 5));
            assertTrue(model.canBuildUpon(head("genesis"), 6));
            assertFalse(model.canBuildUpon(head("genesis"), 4));
        }

        @Test
        @DisplayName("AB-VEL-007 velocity-per-para-slot: the slot passed is the parachain slot")
        void paraSlotVariant() {
            UnincludedSegment model = model(
                    SegmentParams.of(3, 1).withSlotDurations(6000, 3000).withProfile(PARA_SLOT));
            authorAll(model, inSlots("a", 1, 5, 10), inSlots("b", 2, 5, 10));
            assertEquals(SlotInfo.of(10, 2), model.view().slotInfo());
            assertFalse(model.canBuildUpon(head("genesis"), 10));
            assertTrue(model.canBuildUpon(head("genesis"), 11));
        }

        @Test
        @DisplayName("AB-VEL-008 with no slot recorded can_build_upon is true")
        void noSlotRecorded() {
            assertTrue(model(SegmentParams.of(1, 1)).canBuildUpon(head("genesis"), 0));
        }

        @Test
        @DisplayName("AB-VEL-008 expect-parent-included records no slot, so can_build_upon stays true on a full"
                + " segment")
        void noSlotQuirk() {
            UnincludedSegment model = model(SegmentParams.of(1, 1).withProfile(EXPECT_PARENT));
            authorAll(model, block("a", 1, 5, IncludedHead.absent()));
            assertEquals(1, model.sizeAfterIncluded(head("genesis")));
            assertTrue(model.canBuildUpon(head("genesis"), 5));
        }
    }

    @Test
    @DisplayName("AB-VEL-002 a rejected block does not advance the slot count or the relay-parent number")
    void rejectedLeavesSlotUnchanged() {
        UnincludedSegment model = model(SegmentParams.of(5, 1));
        authorAll(model, block("a", 1, 7, included("genesis")), block("b", 2, 7, included("genesis")));
        SegmentView before = model.view();
        assertRejected(AB_VEL_002, model.author(block("c", 3, 7, included("a"))));
        assertEquals(before, model.view());
    }

    @Test
    @DisplayName("AB-SEG-001 parameters reject a capacity of 0 and negative velocities")
    void paramsValidated() {
        assertThrows(IllegalArgumentException.class, () -> SegmentParams.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SegmentParams.of(1, -1));
    }
}
