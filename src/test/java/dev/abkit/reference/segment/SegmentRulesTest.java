package dev.abkit.reference.segment;

import static dev.abkit.reference.segment.SegmentFixtures.GENESIS;
import static dev.abkit.reference.segment.SegmentFixtures.assertAccepted;
import static dev.abkit.reference.segment.SegmentFixtures.assertRejected;
import static dev.abkit.reference.segment.SegmentFixtures.authorAll;
import static dev.abkit.reference.segment.SegmentFixtures.block;
import static dev.abkit.reference.segment.SegmentFixtures.head;
import static dev.abkit.reference.segment.SegmentFixtures.heads;
import static dev.abkit.reference.segment.SegmentFixtures.included;
import static dev.abkit.reference.segment.SegmentFixtures.model;
import static dev.abkit.reference.segment.SegmentFixtures.with;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_004;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_006;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_007;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_008;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_009;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_010;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_011;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {
    private static final Profile EXPECT_PARENT = Profile.of(Variant.EXPECT_PARENT_INCLUDED);
    private static final ParaId RECIPIENT = ParaId.of(2000);

    /** Three blocks a, b, c on relay parents 1..3 (one per relay slot), none included yet. */
    private static UnincludedSegment withABC(SegmentParams params) {
        UnincludedSegment model = model(params);
        authorAll(model,
                block("a", 1, 1, included("genesis")),
                block("b", 2, 2, included("genesis")),
                block("c", 3, 3, included("genesis")));
        return model;
    }

    @Nested
    class Capacity {
        @Test
        @DisplayName("AB-SEG-001 a segment of capacity 3 with 2 unincluded ancestors accepts one more block")
        void capacityThreeTwoLeft() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, block("a", 1, 1, included("genesis")), block("b", 2, 2, included("genesis")));
            assertAccepted(model.author(block("c", 3, 3, included("genesis"))));
            assertEquals(heads("a", "b", "c"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-001 a segment of capacity 3 with 3 unincluded ancestors rejects the next block")
        void capacityThreeFull() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertRejected(AB_SEG_001, model.author(block("d", 4, 4, included("genesis"))));
        }

        @Test
        @DisplayName("AB-SEG-001 an empty segment of capacity 1 accepts a block")
        void emptySegmentHasRoom() {
            UnincludedSegment model = model(SegmentParams.of(1, 1));
            assertAccepted(model.author(block("a", 1, 1, included("genesis"))));
            assertEquals(heads("a"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-001 capacity 1 rejects a block whose parent is not yet included (no pipelining)")
        void capacityOneNoPipelining() {
            UnincludedSegment model = model(SegmentParams.of(1, 1));
            authorAll(model, block("a", 1, 1, included("genesis")));
            assertRejected(AB_SEG_001, model.author(block("b", 2, 2, included("genesis"))));
        }

        @Test
        @DisplayName("AB-SEG-001 capacity 1 accepts a block once its parent is included")
        void capacityOneParentIncluded() {
            UnincludedSegment model = model(SegmentParams.of(1, 1));
            authorAll(model, block("a", 1, 1, included("genesis")));
            assertAccepted(model.author(block("b", 2, 2, included("a"))));
            assertEquals(heads("b"), model.view().heads());
        }
    }

    @Nested
    class Eviction {
        @Test
        @DisplayName("AB-SEG-002 including b of [a, b, c] evicts a and b and keeps c")
        void inclusiveEviction() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertAccepted(model.author(block("d", 4, 4, included("b"))));
            assertEquals(heads("c", "d"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-002 including the tip c of [a, b, c] evicts every ancestor")
        void evictsAll() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertAccepted(model.author(block("d", 4, 4, included("c"))));
            assertEquals(heads("d"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-002 including a of [a, b, c] with capacity 3 leaves 2 ancestors, room for one block")
        void evictsOnlyUpToIncluded() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertAccepted(model.author(block("d", 4, 4, included("a"))));
            assertEquals(heads("b", "c", "d"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-002 the bandwidth of evicted ancestors is released from the aggregate")
        void evictionReleasesBandwidth() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits oneMessage = BandwidthLimits.ump(1, 100);
            AuthorBlock a = block("a", 1, 1, included("genesis"));
            authorAll(model,
                    with(with(a, a.proof().withLimits(oneMessage)), a.block().withUsed(UsedBandwidth.ump(1, 10))));
            assertEquals(UsedBandwidth.ump(1, 10), model.view().usedBandwidth());

            AuthorBlock bKeepingA = block("b", 2, 2, included("genesis"));
            bKeepingA = with(with(bKeepingA, bKeepingA.proof().withLimits(oneMessage)),
                    bKeepingA.block().withUsed(UsedBandwidth.ump(1, 10)));
            assertRejected(AB_SEG_005, model.author(bKeepingA));

            AuthorBlock b = block("b", 2, 2, included("a"));
            b = with(with(b, b.proof().withLimits(oneMessage)), b.block().withUsed(UsedBandwidth.ump(1, 10)));
            assertAccepted(model.author(b));
            assertEquals(UsedBandwidth.ump(1, 10), model.view().usedBandwidth());
            assertEquals(heads("b"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-003 an included head not in [a, b, c] evicts nothing, so capacity 4 takes one more block")
        void notFoundDropsNothing() {
            UnincludedSegment model = withABC(SegmentParams.of(4, 1));
            assertAccepted(model.author(block("d", 4, 4, included("x"))));
            assertEquals(heads("a", "b", "c", "d"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-003 an included head not in [a, b, c] evicts nothing, so capacity 3 is full")
        void notFoundDropsNothingFull() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertRejected(AB_SEG_001, model.author(block("d", 4, 4, included("x"))));
        }
    }

    @Nested
    class IncludedHeadLookup {
        @Test
        @DisplayName("AB-SEG-004 a relay-parent proof without an included head is rejected")
        void absentHeadRejected() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            assertRejected(AB_SEG_004, model.author(block("a", 1, 1, IncludedHead.absent())));
        }

        @Test
        @DisplayName("AB-SEG-004 a proven included head other than the parent is used as is in the baseline")
        void provenHeadUsed() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertAccepted(model.author(block("d", 4, 4, included("a"))));
            assertEquals(heads("b", "c", "d"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-004 expect-parent-included: an absent head counts the parent as included")
        void expectParentAbsentFallsBack() {
            UnincludedSegment model = model(SegmentParams.of(3, 1).withProfile(EXPECT_PARENT));
            authorAll(model, block("a", 1, 1, IncludedHead.absent()), block("b", 2, 2, IncludedHead.absent()));
            assertEquals(heads("b"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-004 expect-parent-included: a proven head equal to the parent is accepted")
        void expectParentProvenParent() {
            UnincludedSegment model = model(SegmentParams.of(3, 1).withProfile(EXPECT_PARENT));
            authorAll(model, block("a", 1, 1, included("genesis")));
            assertAccepted(model.author(block("b", 2, 2, included("a"))));
            assertEquals(heads("b"), model.view().heads());
        }

        @Test
        @DisplayName("AB-SEG-004 expect-parent-included: a proven head other than the parent is rejected even with"
                + " capacity 3 configured")
        void expectParentProvenOther() {
            UnincludedSegment model = model(SegmentParams.of(3, 1).withProfile(EXPECT_PARENT));
            authorAll(model, block("a", 1, 1, included("genesis")));
            assertRejected(AB_SEG_004, model.author(block("b", 2, 2, included("genesis"))));
        }

        @Test
        @DisplayName("AB-SEG-001 expect-parent-included: the capacity is 1 whatever is configured")
        void expectParentCapacityOne() {
            SegmentParams params = SegmentParams.of(3, 1).withProfile(Profile.of(Variant.EXPECT_PARENT_INCLUDED));
            assertEquals(1, params.effectiveCapacity());
        }
    }

    @Nested
    class Bandwidth {
        private AuthorBlock sending(String label, long relay, IncludedHead inc, BandwidthLimits limits,
                UsedBandwidth used) {
            AuthorBlock event = block(label, relay, relay, inc);
            return with(with(event, event.proof().withLimits(limits)), event.block().withUsed(used));
        }

        @Test
        @DisplayName("AB-SEG-005 UMP messages summing to the remaining count (2 + 1 = 3) are accepted")
        void umpCountEqual() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits limits = BandwidthLimits.ump(3, 1000);
            authorAll(model, sending("a", 1, included("genesis"), limits, UsedBandwidth.ump(2, 0)));
            assertAccepted(model.author(sending("b", 2, included("genesis"), limits, UsedBandwidth.ump(1, 0))));
            assertEquals(UsedBandwidth.ump(3, 0), model.view().usedBandwidth());
        }

        @Test
        @DisplayName("AB-SEG-005 UMP messages exceeding the remaining count (2 + 2 > 3) are rejected")
        void umpCountOver() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits limits = BandwidthLimits.ump(3, 1000);
            authorAll(model, sending("a", 1, included("genesis"), limits, UsedBandwidth.ump(2, 0)));
            assertRejected(AB_SEG_005,
                    model.author(sending("b", 2, included("genesis"), limits, UsedBandwidth.ump(2, 0))));
        }

        @Test
        @DisplayName("AB-SEG-006 UMP bytes summing to the remaining size (40 + 10 = 50) are accepted")
        void umpBytesEqual() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits limits = BandwidthLimits.ump(10, 50);
            authorAll(model, sending("a", 1, included("genesis"), limits, UsedBandwidth.ump(1, 40)));
            assertAccepted(model.author(sending("b", 2, included("genesis"), limits, UsedBandwidth.ump(1, 10))));
        }

        @Test
        @DisplayName("AB-SEG-006 UMP bytes exceeding the remaining size (40 + 11 = 51 > 50) are rejected")
        void umpBytesOver() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits limits = BandwidthLimits.ump(10, 50);
            authorAll(model, sending("a", 1, included("genesis"), limits, UsedBandwidth.ump(1, 40)));
            var rejected = assertRejected(AB_SEG_006,
                    model.author(sending("b", 2, included("genesis"), limits, UsedBandwidth.ump(1, 11))));
            assertTrue(rejected.detail().contains("51") && rejected.detail().contains("50"), rejected.detail());
        }

        @Test
        @DisplayName("AB-SEG-005 the UMP message count is checked before the UMP bytes")
        void umpCountBeforeBytes() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            BandwidthLimits limits = BandwidthLimits.ump(1, 5);
            assertRejected(AB_SEG_005,
                    model.author(sending("a", 1, included("genesis"), limits, UsedBandwidth.ump(2, 6))));
        }

        private BandwidthLimits channel(long messages, long bytes) {
            return BandwidthLimits.GENEROUS.withChannel(RECIPIENT, ChannelLimits.of(messages, bytes));
        }

        @Test
        @DisplayName("AB-SEG-007 HRMP messages to a recipient summing to its remaining capacity (1 + 1 = 2) are"
                + " accepted")
        void hrmpCountEqual() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, sending("a", 1, included("genesis"), channel(2, 100),
                    UsedBandwidth.hrmp(RECIPIENT, 1, 10)));
            assertAccepted(model.author(
                    sending("b", 2, included("genesis"), channel(2, 100), UsedBandwidth.hrmp(RECIPIENT, 1, 10))));
            assertEquals(ChannelUsage.of(2, 20), model.view().usedBandwidth().toRecipient(RECIPIENT));
        }

        @Test
        @DisplayName("AB-SEG-007 HRMP messages to a recipient beyond its remaining capacity (1 + 2 > 2) are rejected")
        void hrmpCountOver() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, sending("a", 1, included("genesis"), channel(2, 100),
                    UsedBandwidth.hrmp(RECIPIENT, 1, 10)));
            assertRejected(AB_SEG_007, model.author(
                    sending("b", 2, included("genesis"), channel(2, 100), UsedBandwidth.hrmp(RECIPIENT, 2, 10))));
        }

        @Test
        @DisplayName("AB-SEG-007 HRMP messages to a recipient without channel limits in the proof are rejected")
        void hrmpMissingChannel() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            assertRejected(AB_SEG_007, model.author(sending("a", 1, included("genesis"), BandwidthLimits.GENEROUS,
                    UsedBandwidth.hrmp(RECIPIENT, 1, 1))));
        }

        @Test
        @DisplayName("AB-SEG-008 HRMP bytes to a recipient summing to its remaining size (20 + 5 = 25) are accepted")
        void hrmpBytesEqual() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, sending("a", 1, included("genesis"), channel(10, 25),
                    UsedBandwidth.hrmp(RECIPIENT, 1, 20)));
            assertAccepted(model.author(
                    sending("b", 2, included("genesis"), channel(10, 25), UsedBandwidth.hrmp(RECIPIENT, 1, 5))));
        }

        @Test
        @DisplayName("AB-SEG-008 HRMP bytes to a recipient beyond its remaining size (20 + 6 > 25) are rejected")
        void hrmpBytesOver() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, sending("a", 1, included("genesis"), channel(10, 25),
                    UsedBandwidth.hrmp(RECIPIENT, 1, 20)));
            assertRejected(AB_SEG_008, model.author(
                    sending("b", 2, included("genesis"), channel(10, 25), UsedBandwidth.hrmp(RECIPIENT, 1, 6))));
        }

        @Test
        @DisplayName("AB-SEG-007 a recipient's message count is checked before its bytes")
        void hrmpCountBeforeBytes() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            assertRejected(AB_SEG_007, model.author(
                    sending("a", 1, included("genesis"), channel(1, 5), UsedBandwidth.hrmp(RECIPIENT, 2, 6))));
        }

        @Test
        @DisplayName("AB-SEG-008 HRMP limits apply per recipient: another recipient's usage does not count")
        void hrmpPerRecipient() {
            ParaId other = ParaId.of(3000);
            BandwidthLimits limits = channel(10, 25).withChannel(other, ChannelLimits.of(10, 25));
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, sending("a", 1, included("genesis"), limits, UsedBandwidth.hrmp(other, 1, 25)));
            assertAccepted(model.author(
                    sending("b", 2, included("genesis"), limits, UsedBandwidth.hrmp(RECIPIENT, 1, 25))));
        }
    }

    @Nested
    class Watermark {
        private AuthorBlock watermarked(String label, long relay, IncludedHead inc, long watermark) {
            AuthorBlock event = block(label, relay, relay, inc);
            ParaBlock b = event.block();
            return with(event, new ParaBlock(b.head(), b.used(), RelayBlockNumber.of(watermark), b.paraSlot(),
                    b.consumesUpgradeSignal()));
        }

        private UnincludedSegment latestFour(Profile profile) {
            UnincludedSegment model = model(SegmentParams.of(3, 1).withProfile(profile));
            authorAll(model, watermarked("a", 4, included("genesis"), 4));
            assertEquals(SegmentWatermark.at(4), model.view().hrmpWatermark());
            return model;
        }

        @Test
        @DisplayName("AB-SEG-009 a trunk watermark equal to the latest (4 after 4) is rejected in the baseline")
        void equalRejected() {
            UnincludedSegment model = latestFour(Profile.BASELINE);
            assertRejected(AB_SEG_009, model.author(watermarked("b", 10, included("genesis"), 4)));
        }

        @Test
        @DisplayName("AB-SEG-009 a trunk watermark above the latest (5 after 4) is accepted")
        void aboveAccepted() {
            UnincludedSegment model = latestFour(Profile.BASELINE);
            assertAccepted(model.author(watermarked("b", 10, included("genesis"), 5)));
            assertEquals(SegmentWatermark.at(5), model.view().hrmpWatermark());
        }

        @Test
        @DisplayName("AB-SEG-009 watermark-equal-allowed: a trunk watermark equal to the latest (4 after 4) is"
                + " accepted")
        void equalAllowedVariant() {
            UnincludedSegment model = latestFour(Profile.of(Variant.WATERMARK_EQUAL_ALLOWED));
            assertAccepted(model.author(watermarked("b", 10, included("genesis"), 4)));
        }

        @Test
        @DisplayName("AB-SEG-009 watermark-equal-allowed: a trunk watermark below the latest (3 after 4) is rejected")
        void belowRejectedVariant() {
            UnincludedSegment model = latestFour(Profile.of(Variant.WATERMARK_EQUAL_ALLOWED));
            assertRejected(AB_SEG_009, model.author(watermarked("b", 10, included("genesis"), 3)));
        }

        @Test
        @DisplayName("AB-SEG-009 a watermark at the relay-parent number equal to the latest is a head update and"
                + " accepted")
        void headUpdateAccepted() {
            UnincludedSegment model = latestFour(Profile.BASELINE);
            assertAccepted(model.author(watermarked("b", 4, included("genesis"), 4)));
            assertEquals(SegmentWatermark.at(4), model.view().hrmpWatermark());
        }

        @Test
        @DisplayName("AB-SEG-009 a watermark above the relay-parent number is clamped to it")
        void clamped() {
            UnincludedSegment model = latestFour(Profile.BASELINE);
            assertAccepted(model.author(watermarked("b", 10, included("genesis"), 15)));
            assertEquals(SegmentWatermark.at(10), model.view().hrmpWatermark());
        }

        @Test
        @DisplayName("AB-SEG-009 the first block's trunk watermark has nothing to compare with")
        void firstBlockFree() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            assertAccepted(model.author(watermarked("a", 10, included("genesis"), 0)));
            assertEquals(SegmentWatermark.at(0), model.view().hrmpWatermark());
        }

        @Test
        @DisplayName("AB-SEG-009 eviction does not rewind the tracked watermark")
        void notRewoundByEviction() {
            UnincludedSegment model = latestFour(Profile.BASELINE);
            assertRejected(AB_SEG_009, model.author(watermarked("b", 10, included("a"), 4)));
        }
    }

    @Nested
    class UpgradeSignals {
        private AuthorBlock signalled(String label, long relay, IncludedHead inc, UpgradeSignal signal,
                boolean consumes) {
            AuthorBlock event = block(label, relay, relay, inc);
            AuthorBlock withSignal = with(event, event.proof().withUpgradeSignal(signal));
            return consumes ? with(withSignal, withSignal.block().consumingUpgradeSignal()) : withSignal;
        }

        private UnincludedSegment aConsumedGoAhead() {
            UnincludedSegment model = model(SegmentParams.of(3, 1));
            authorAll(model, signalled("a", 1, included("genesis"), UpgradeSignal.GO_AHEAD, true));
            assertEquals(UpgradeSignal.GO_AHEAD, model.view().consumedUpgradeSignal());
            return model;
        }

        @Test
        @DisplayName("AB-SEG-010 a second block consuming the go-ahead while the consumer is in the segment is"
                + " rejected")
        void secondConsumerRejected() {
            UnincludedSegment model = aConsumedGoAhead();
            assertRejected(AB_SEG_010,
                    model.author(signalled("b", 2, included("genesis"), UpgradeSignal.GO_AHEAD, true)));
        }

        @Test
        @DisplayName("AB-SEG-010 a block not consuming the go-ahead while the consumer is in the segment is accepted")
        void nonConsumerAccepted() {
            UnincludedSegment model = aConsumedGoAhead();
            assertAccepted(model.author(signalled("b", 2, included("genesis"), UpgradeSignal.GO_AHEAD, false)));
            assertEquals(UpgradeSignal.GO_AHEAD, model.view().consumedUpgradeSignal());
        }

        @Test
        @DisplayName("AB-SEG-010 once the consumer is evicted a new block may consume a signal again")
        void releasedByEviction() {
            UnincludedSegment model = aConsumedGoAhead();
            assertAccepted(model.author(signalled("b", 2, included("a"), UpgradeSignal.ABORT, true)));
            assertEquals(UpgradeSignal.ABORT, model.view().consumedUpgradeSignal());
        }

        @Test
        @DisplayName("AB-SEG-011 a relay parent still reporting the consumed go-ahead is accepted")
        void sameSignalAccepted() {
            UnincludedSegment model = aConsumedGoAhead();
            assertAccepted(model.author(signalled("b", 2, included("genesis"), UpgradeSignal.GO_AHEAD, false)));
        }

        @Test
        @DisplayName("AB-SEG-011 a relay parent reporting no signal while the consumer is in the segment is rejected")
        void missingSignalRejected() {
            UnincludedSegment model = aConsumedGoAhead();
            assertRejected(AB_SEG_011,
                    model.author(signalled("b", 2, included("genesis"), UpgradeSignal.NONE, false)));
        }

        @Test
        @DisplayName("AB-SEG-011 a relay parent reporting abort after a consumed go-ahead is rejected")
        void otherSignalRejected() {
            UnincludedSegment model = aConsumedGoAhead();
            assertRejected(AB_SEG_011,
                    model.author(signalled("b", 2, included("genesis"), UpgradeSignal.ABORT, false)));
        }

        @Test
        @DisplayName("AB-SEG-011 once the consumer is evicted the relay parent may report no signal")
        void noSignalAfterEviction() {
            UnincludedSegment model = aConsumedGoAhead();
            assertAccepted(model.author(signalled("b", 2, included("a"), UpgradeSignal.NONE, false)));
            assertEquals(UpgradeSignal.NONE, model.view().consumedUpgradeSignal());
        }
    }

    @Nested
    class SizeAfterIncluded {
        @Test
        @DisplayName("AB-SEG-012 size after a (of [a, b, c]) is 2 and after b is 1")
        void afterKnownHead() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertEquals(2, model.sizeAfterIncluded(head("a")));
            assertEquals(1, model.sizeAfterIncluded(head("b")));
        }

        @Test
        @DisplayName("AB-SEG-012 size after the tip c (of [a, b, c]) is the full 3: its head is not known yet")
        void tipNotKnown() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertEquals(3, model.sizeAfterIncluded(head("c")));
        }

        @Test
        @DisplayName("AB-SEG-012 size after a head not in the segment is the full length; an empty segment gives 0")
        void unknownHeadAndEmpty() {
            UnincludedSegment model = withABC(SegmentParams.of(3, 1));
            assertEquals(3, model.sizeAfterIncluded(head("x")));
            assertEquals(0, model(SegmentParams.of(3, 1)).sizeAfterIncluded(GENESIS));
        }
    }

    @Test
    @DisplayName("AB-SEG-005 a rejected block leaves the state unchanged, including eviction and slot count")
    void rejectedBlockLeavesStateUnchanged() {
        UnincludedSegment model = model(SegmentParams.of(3, 1));
        BandwidthLimits limits = BandwidthLimits.ump(2, 1000);
        AuthorBlock a = block("a", 1, 1, included("genesis"));
        authorAll(model, with(with(a, a.proof().withLimits(limits)), a.block().withUsed(UsedBandwidth.ump(1, 1))),
                block("b", 2, 2, included("genesis")));
        SegmentView before = model.view();

        AuthorBlock c = block("c", 3, 2, included("a"));
        c = with(with(c, c.proof().withLimits(BandwidthLimits.ump(0, 0))), c.block().withUsed(UsedBandwidth.ump(1, 1)));
        assertRejected(AB_SEG_005, model.author(c));

        assertEquals(before, model.view());
        assertEquals(heads("a", "b"), model.view().heads());
        assertEquals(SlotInfo.of(2, 1), model.view().slotInfo());
        assertEquals(RelayBlockNumber.of(2), model.view().lastRelayParentNumber());
    }

    @Test
    @DisplayName("AB-SEG-001 the view after three accepted blocks holds their heads, tip, relay number and slot")
    void viewAfterBlocks() {
        UnincludedSegment model = withABC(SegmentParams.of(3, 1));
        SegmentView view = model.view();
        assertEquals(List.of(head("a"), head("b"), head("c")), view.heads());
        assertEquals(head("c"), view.tip());
        assertEquals(RelayBlockNumber.of(3), view.lastRelayParentNumber());
        assertEquals(SlotInfo.of(3, 1), view.slotInfo());
        assertEquals(SegmentWatermark.at(3), view.hrmpWatermark());
        assertEquals(UsedBandwidth.NONE, view.usedBandwidth());
        assertEquals(new UsedBandwidth(0, 0, new TreeMap<>(Map.of())), view.usedBandwidth());
    }
}
