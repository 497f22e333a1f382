package dev.abkit.vectors.subjects;

import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_002;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_003;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_004;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_006;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_007;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_008;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_009;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_010;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_011;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_012;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_002;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_003;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_004;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_005;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_006;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_007;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_VEL_008;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.ParaBlock;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.CaseSource;
import java.util.List;

/**
 * The vectors of areas SEG and VEL: for every rule, cases on both sides of its boundary, under the baseline and
 * under each profile variant that changes the rule, with checks of the segment view, size_after_included and
 * can_build_upon.
 */
public final class SegmentVectors extends CaseSource {
    private static final SegmentDriver DRIVER = new SegmentDriver();
    private static final String GENESIS = "genesis";
    private static final ParaId P2001 = ParaId.of(2001);
    private static final ParaId P2002 = ParaId.of(2002);
    private static final Profile WATERMARK_EQUAL = Profile.of(Variant.WATERMARK_EQUAL_ALLOWED);
    private static final Profile SLOT_EXACT = Profile.of(Variant.AURA_SLOT_EXACT);
    private static final Profile PARA_SLOT = Profile.of(Variant.VELOCITY_PER_PARA_SLOT);
    private static final Profile STRICT_RELAY = Profile.of(Variant.RELAY_NUMBER_STRICTLY_INCREASES);
    private static final Profile PARENT_INCLUDED = Profile.of(Variant.EXPECT_PARENT_INCLUDED);


    public SegmentVectors() {
        super("segment-boundaries", 1);
    }

    @Override
    protected void write() {
        capacity();
        eviction();
        includedHead();
        ump();
        hrmp();
        watermark();
        upgradeSignal();
        sizeAfterIncluded();
        relayNumber();
        velocity();
        slots();
        canBuildUpon();
    }

    private void capacity() {
        add(start(AB_SEG_001, "last-free-place", "with capacity 3, two unincluded ancestors leave room for a third",
                params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .view());
        add(start(AB_SEG_001, "full-segment", "with capacity 3 and three unincluded ancestors a fourth block is"
                + " rejected", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .rejected(blk("d", 13, 13), AB_SEG_001)
                .view());
        add(start(AB_SEG_001, "room-after-eviction", "a full segment has room again once its oldest block is included",
                params(2, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("a"))
                .view());
        add(start(AB_SEG_001, "capacity-one-on-included-parent", "with capacity 1 a block builds on its included"
                + " parent", params(1, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11).included("a"))
                .view());
        add(start(AB_SEG_001, "capacity-one-on-unincluded-parent", "with capacity 1 a block on an unincluded parent"
                + " is rejected", params(1, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 11, 11), AB_SEG_001)
                .view());
        add(start(AB_SEG_001, "empty-segment-has-room", "the first block always fits, even with capacity 1",
                params(1, 1))
                .accepted(blk("a", 10, 10))
                .view());
        add(start(AB_SEG_001, "expect-parent-included-capacity-one", "under expect-parent-included the segment holds"
                + " one block whatever the configured capacity", PARENT_INCLUDED, params(3, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10).included("a"))
                .accepted(blk("c", 10, 10).included("b"))
                .view());
    }

    private void eviction() {
        add(start(AB_SEG_002, "included-block-evicted", "the included block and every block before it leave the"
                + " segment", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .accepted(blk("d", 13, 13).included("b"))
                .view());
        add(start(AB_SEG_002, "whole-segment-included", "including the tip's parent empties the segment before the new"
                + " block is appended", params(2, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("b"))
                .view()
                .size("b", 1));
        add(start(AB_SEG_002, "oldest-included-frees-place", "including the oldest block of a full segment frees"
                + " the place the next block needs", params(2, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("a"))
                .view());
        BandwidthLimits four = BandwidthLimits.ump(4, 1000);
        add(start(AB_SEG_002, "eviction-releases-ump", "the UMP messages of evicted ancestors no longer count",
                params(3, 3))
                .accepted(blk("a", 10, 10).ump(2, 20).limits(four))
                .accepted(blk("b", 11, 11).ump(2, 20).limits(four))
                .accepted(blk("c", 12, 12).included("a").ump(2, 20).limits(four))
                .view());
        BandwidthLimits channels = BandwidthLimits.ump(100, 1000).withChannel(P2001, ChannelLimits.of(5, 500))
                .withChannel(P2002, ChannelLimits.of(5, 500));
        add(start(AB_SEG_002, "eviction-drops-empty-channel", "a recipient only evicted ancestors sent to disappears"
                + " from the segment's bandwidth", params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 1, 10).limits(channels))
                .accepted(blk("b", 11, 11).hrmp(P2002, 1, 10).limits(channels))
                .accepted(blk("c", 12, 12).included("a").limits(channels))
                .view());
        add(start(AB_SEG_002, "eviction-releases-upgrade-signal", "an evicted consumer of the go-ahead releases it",
                params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .accepted(blk("b", 11, 11).included("a"))
                .view());
    }

    private void includedHead() {
        add(start(AB_SEG_003, "unknown-head-evicts-nothing", "an included head not in the segment evicts no ancestor",
                params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("elsewhere"))
                .view());
        add(start(AB_SEG_003, "unknown-head-full-segment", "an included head not in the segment leaves a full segment"
                + " full", params(2, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .rejected(blk("c", 12, 12).included("elsewhere"), AB_SEG_001)
                .view());
        add(start(AB_SEG_003, "already-evicted-head", "an included head evicted by an earlier block evicts nothing"
                + " more", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("a"))
                .accepted(blk("d", 13, 13).included("a"))
                .view());
        add(start(AB_SEG_004, "proven-head-absent", "a relay-parent proof without an included head is rejected",
                params(3, 3))
                .rejected(blk("a", 10, 10).absent(), AB_SEG_004)
                .view());
        add(start(AB_SEG_004, "proven-head-absent-later", "a later block whose proof lacks the included head is"
                + " rejected", params(3, 3))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 11, 11).absent(), AB_SEG_004)
                .view());
        add(start(AB_SEG_004, "proven-head-not-parent", "the proven included head is used even when it is not the"
                + " parent", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12).included("a"))
                .view());
        add(start(AB_SEG_004, "expect-parent-included-parent-proven", "under expect-parent-included a proof of the"
                + " parent as included is accepted", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11).included("a"))
                .view());
        add(start(AB_SEG_004, "expect-parent-included-other-head", "under expect-parent-included a proven head other"
                + " than the parent is rejected", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 11, 11), AB_SEG_004)
                .view());
        add(start(AB_SEG_004, "expect-parent-included-absent-head", "under expect-parent-included a proof without an"
                + " included head counts the parent as included", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10).absent())
                .accepted(blk("b", 11, 11).absent())
                .view());
    }

    private void ump() {
        BandwidthLimits four = BandwidthLimits.ump(4, 1000);
        add(start(AB_SEG_005, "ump-count-at-limit", "UMP messages of the segment and the block equal to the remaining"
                + " count are accepted", params(3, 3))
                .accepted(blk("a", 10, 10).ump(2, 20).limits(four))
                .accepted(blk("b", 11, 11).ump(2, 20).limits(four))
                .view());
        add(start(AB_SEG_005, "ump-count-over-limit", "UMP messages of the segment and the block one over the"
                + " remaining count are rejected", params(3, 3))
                .accepted(blk("a", 10, 10).ump(2, 20).limits(four))
                .rejected(blk("b", 11, 11).ump(3, 30).limits(four), AB_SEG_005)
                .view());
        add(start(AB_SEG_005, "ump-count-single-block-over", "one block alone sending more UMP messages than remain is"
                + " rejected", params(3, 3))
                .rejected(blk("a", 10, 10).ump(5, 50).limits(four), AB_SEG_005)
                .view());
        BandwidthLimits fifty = BandwidthLimits.ump(100, 50);
        add(start(AB_SEG_006, "ump-bytes-at-limit", "UMP bytes of the segment and the block equal to the remaining"
                + " size are accepted", params(3, 3))
                .accepted(blk("a", 10, 10).ump(1, 20).limits(fifty))
                .accepted(blk("b", 11, 11).ump(1, 30).limits(fifty))
                .view());
        add(start(AB_SEG_006, "ump-bytes-over-limit", "UMP bytes of the segment and the block one over the remaining"
                + " size are rejected", params(3, 3))
                .accepted(blk("a", 10, 10).ump(1, 20).limits(fifty))
                .rejected(blk("b", 11, 11).ump(1, 31).limits(fifty), AB_SEG_006)
                .view());
    }

    private void hrmp() {
        BandwidthLimits three = BandwidthLimits.GENEROUS.withChannel(P2001, ChannelLimits.of(3, 1000))
                .withChannel(P2002, ChannelLimits.of(3, 1000));
        add(start(AB_SEG_007, "hrmp-count-at-limit", "HRMP messages to a recipient equal to the channel's remaining"
                + " count are accepted", params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 1, 10).limits(three))
                .accepted(blk("b", 11, 11).hrmp(P2001, 2, 20).limits(three))
                .view());
        add(start(AB_SEG_007, "hrmp-count-over-limit", "HRMP messages to a recipient one over the channel's remaining"
                + " count are rejected", params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 1, 10).limits(three))
                .rejected(blk("b", 11, 11).hrmp(P2001, 3, 30).limits(three), AB_SEG_007)
                .view());
        add(start(AB_SEG_007, "hrmp-count-per-recipient", "messages to different recipients are counted per channel",
                params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 3, 30).limits(three))
                .accepted(blk("b", 11, 11).hrmp(P2002, 3, 30).limits(three))
                .view());
        BandwidthLimits onlyFirst = BandwidthLimits.GENEROUS.withChannel(P2001, ChannelLimits.of(3, 1000));
        add(start(AB_SEG_007, "hrmp-channel-missing", "a message to a recipient without channel limits at the relay"
                + " parent is rejected", params(3, 3))
                .rejected(blk("a", 10, 10).hrmp(P2002, 1, 10).limits(onlyFirst), AB_SEG_007)
                .view());
        BandwidthLimits hundred = BandwidthLimits.GENEROUS.withChannel(P2001, ChannelLimits.of(10, 100));
        add(start(AB_SEG_008, "hrmp-bytes-at-limit", "HRMP bytes to a recipient equal to the channel's remaining size"
                + " are accepted", params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 1, 60).limits(hundred))
                .accepted(blk("b", 11, 11).hrmp(P2001, 1, 40).limits(hundred))
                .view());
        add(start(AB_SEG_008, "hrmp-bytes-over-limit", "HRMP bytes to a recipient one over the channel's remaining"
                + " size are rejected", params(3, 3))
                .accepted(blk("a", 10, 10).hrmp(P2001, 1, 60).limits(hundred))
                .rejected(blk("b", 11, 11).hrmp(P2001, 1, 41).limits(hundred), AB_SEG_008)
                .view());
    }

    private void watermark() {
        add(start(AB_SEG_009, "first-block-any-watermark", "the first block's trunk watermark has nothing to exceed",
                params(3, 3))
                .accepted(blk("a", 10, 10).watermark(0))
                .view());
        add(start(AB_SEG_009, "trunk-watermark-advances", "a trunk watermark above the latest one is accepted",
                params(3, 3))
                .accepted(blk("a", 10, 10).watermark(5))
                .accepted(blk("b", 11, 11).watermark(6))
                .view());
        add(start(AB_SEG_009, "trunk-watermark-equal", "a trunk watermark equal to the latest one is rejected",
                params(3, 3))
                .accepted(blk("a", 10, 10).watermark(5))
                .rejected(blk("b", 11, 11).watermark(5), AB_SEG_009)
                .view());
        add(start(AB_SEG_009, "trunk-watermark-lower", "a trunk watermark below the latest one is rejected",
                params(3, 3))
                .accepted(blk("a", 10, 10).watermark(5))
                .rejected(blk("b", 11, 11).watermark(4), AB_SEG_009)
                .view());
        add(start(AB_SEG_009, "equal-allowed-trunk-watermark-equal", "under watermark-equal-allowed a trunk watermark"
                + " equal to the latest one is accepted", WATERMARK_EQUAL, params(3, 3))
                .accepted(blk("a", 10, 10).watermark(5))
                .accepted(blk("b", 11, 11).watermark(5))
                .view());
        add(start(AB_SEG_009, "equal-allowed-trunk-watermark-lower", "under watermark-equal-allowed a trunk watermark"
                + " below the latest one is rejected", WATERMARK_EQUAL, params(3, 3))
                .accepted(blk("a", 10, 10).watermark(5))
                .rejected(blk("b", 11, 11).watermark(4), AB_SEG_009)
                .view());
        add(start(AB_SEG_009, "head-watermark-equal-latest", "a watermark at the relay parent is accepted even when"
                + " it equals the latest one", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_SEG_009, "watermark-clamped", "a watermark above the relay-parent number is tracked as the"
                + " relay-parent number", params(3, 3))
                .accepted(blk("a", 10, 10).watermark(15))
                .view());
        add(start(AB_SEG_009, "watermark-not-rewound", "evicting every ancestor does not rewind the tracked"
                + " watermark", params(3, 3))
                .accepted(blk("a", 10, 10).watermark(7))
                .rejected(blk("b", 11, 11).included("a").watermark(7), AB_SEG_009)
                .view());
    }

    private void upgradeSignal() {
        add(start(AB_SEG_010, "second-consumer", "a second block consuming the go-ahead while the first is in the"
                + " segment is rejected", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .rejected(blk("b", 11, 11).signal(UpgradeSignal.GO_AHEAD).consumes(), AB_SEG_010)
                .view());
        add(start(AB_SEG_010, "consumer-after-eviction", "a block may consume the go-ahead once the earlier consumer"
                + " is evicted", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.ABORT).consumes())
                .accepted(blk("b", 11, 11).included("a").signal(UpgradeSignal.GO_AHEAD).consumes())
                .view());
        add(start(AB_SEG_011, "signal-still-reported", "a block whose relay parent still reports the consumed signal"
                + " is accepted", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .accepted(blk("b", 11, 11).signal(UpgradeSignal.GO_AHEAD))
                .view());
        add(start(AB_SEG_011, "signal-no-longer-reported", "a block whose relay parent no longer reports the consumed"
                + " signal is rejected", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .rejected(blk("b", 11, 11), AB_SEG_011)
                .view());
        add(start(AB_SEG_011, "signal-kind-differs", "a block whose relay parent reports an abort after a consumed"
                + " go-ahead is rejected", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .rejected(blk("b", 11, 11).signal(UpgradeSignal.ABORT), AB_SEG_011)
                .view());
        add(start(AB_SEG_011, "consumer-evicted", "once the consumer is evicted the relay parent need not report the"
                + " signal", params(3, 3))
                .accepted(blk("a", 10, 10).signal(UpgradeSignal.GO_AHEAD).consumes())
                .accepted(blk("b", 11, 11).included("a"))
                .view());
    }

    private void sizeAfterIncluded() {
        add(start(AB_SEG_012, "size-after-oldest", "the size after the oldest ancestor counts the ancestors after it",
                params(5, 5))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .accepted(blk("d", 13, 13))
                .size("a", 3)
                .size("b", 2)
                .size("c", 1));
        add(start(AB_SEG_012, "size-after-tip", "the newest ancestor is not yet known, so its head counts the full"
                + " segment", params(5, 5))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .size("c", 3));
        add(start(AB_SEG_012, "size-after-unknown-head", "an unknown included head counts the full segment",
                params(5, 5))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .size(GENESIS, 2)
                .size("elsewhere", 2));
        add(start(AB_SEG_012, "size-of-empty-segment", "an empty segment has size 0 after any head", params(5, 5))
                .size(GENESIS, 0)
                .view());
        add(start(AB_SEG_012, "size-after-eviction", "after an eviction the size counts only the remaining ancestors",
                params(5, 5))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .accepted(blk("d", 13, 13).included("b"))
                .size("a", 2)
                .size("c", 1)
                .size("d", 2));
    }

    private void relayNumber() {
        add(start(AB_VEL_001, "equal-relay-parent", "two blocks on the same relay parent are accepted", params(3, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_VEL_001, "lower-relay-parent", "a block on an older relay parent than its parent's is rejected",
                params(3, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 9, 10), AB_VEL_001)
                .view());
        add(start(AB_VEL_001, "first-block-relay-zero", "the first block may use relay block 0", params(3, 1))
                .accepted(blk("a", 0, 0))
                .view());
        add(start(AB_VEL_001, "strict-equal-relay-parent", "under relay-number-strictly-increases two blocks on the"
                + " same relay parent are rejected", STRICT_RELAY, params(3, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 10, 10), AB_VEL_001)
                .view());
        add(start(AB_VEL_001, "strict-next-relay-parent", "under relay-number-strictly-increases a block on the next"
                + " relay parent is accepted", STRICT_RELAY, params(3, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .view());
        add(start(AB_VEL_001, "strict-first-block-relay-zero", "under relay-number-strictly-increases the first block"
                + " may not use relay block 0", STRICT_RELAY, params(3, 1))
                .rejected(blk("a", 0, 0), AB_VEL_001)
                .view());
        add(start(AB_VEL_001, "para-slot-lower-relay-parent", "under velocity-per-para-slot, a block on an older"
                + " relay parent than its parent's is rejected, in the parent's parachain slot", PARA_SLOT,
                params(3, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 9, 10), AB_VEL_001)
                .view());
        add(start(AB_VEL_001, "expect-parent-included-equal-relay-parent", "under expect-parent-included blocks may"
                + " share a relay parent", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10).included("a"))
                .view());
    }

    private void velocity() {
        add(start(AB_VEL_002, "v-plus-one-in-slot", "with velocity 2, three blocks in one relay-chain slot are"
                + " accepted", params(5, 2))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .accepted(blk("c", 10, 10))
                .view());
        add(start(AB_VEL_002, "beyond-v-plus-one", "with velocity 2, a fourth block in one relay-chain slot is"
                + " rejected", params(5, 2))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .accepted(blk("c", 10, 10))
                .rejected(blk("d", 10, 10), AB_VEL_002)
                .view());
        add(start(AB_VEL_002, "velocity-one-third-block", "with velocity 1, a third block in one relay-chain slot is"
                + " rejected", params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .rejected(blk("c", 11, 10), AB_VEL_002)
                .view());
        add(start(AB_VEL_002, "relay-slots-in-one-para-slot", "with 12 s parachain slots, blocks in two relay-chain"
                + " slots are counted per relay-chain slot", slowPara(5, 1))
                .accepted(blk("a", 20, 20).paraSlot(10))
                .accepted(blk("b", 20, 20).paraSlot(10))
                .accepted(blk("c", 21, 21).paraSlot(10))
                .view());
        add(start(AB_VEL_002, "para-slot-v-plus-one", "under velocity-per-para-slot, V+1 blocks in one parachain slot"
                + " are accepted", PARA_SLOT, params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_VEL_002, "para-slot-beyond-v-plus-one", "under velocity-per-para-slot, a block beyond V+1 in one"
                + " parachain slot is rejected", PARA_SLOT, params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .rejected(blk("c", 10, 10), AB_VEL_002)
                .view());
        add(start(AB_VEL_002, "para-slot-across-relay-slots", "under velocity-per-para-slot, blocks in two relay-chain"
                + " slots of one 12 s parachain slot are counted together", PARA_SLOT, slowPara(5, 1))
                .accepted(blk("a", 20, 20).paraSlot(10))
                .accepted(blk("b", 20, 20).paraSlot(10))
                .rejected(blk("c", 21, 21).paraSlot(10), AB_VEL_002)
                .view());
        add(start(AB_VEL_002, "expect-parent-included-no-velocity", "under expect-parent-included no velocity limits"
                + " blocks in one slot", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10).included("a"))
                .accepted(blk("c", 10, 10).included("b"))
                .view());
        add(start(AB_VEL_003, "velocity-zero-two-blocks", "velocity 0 allows two blocks in one relay-chain slot",
                params(5, 0))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_VEL_003, "velocity-zero-third-block", "velocity 0 rejects a third block in one relay-chain slot",
                params(5, 0))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .rejected(blk("c", 10, 10), AB_VEL_002)
                .view());
        add(start(AB_VEL_003, "para-slot-velocity-zero-two-blocks", "under velocity-per-para-slot, velocity 0 allows"
                + " two blocks in one parachain slot", PARA_SLOT, params(5, 0))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_VEL_003, "para-slot-velocity-zero-third-block", "under velocity-per-para-slot, velocity 0 rejects"
                + " a third block in one parachain slot", PARA_SLOT, params(5, 0))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .rejected(blk("c", 10, 10), AB_VEL_002)
                .view());
        add(start(AB_VEL_003, "velocity-zero-can-build", "with velocity 0, can_build_upon allows a second block in the"
                + " slot and refuses a third", params(5, 0))
                .accepted(blk("a", 10, 10))
                .canBuild(GENESIS, 10, true)
                .accepted(blk("b", 10, 10))
                .canBuild(GENESIS, 10, false));
        add(start(AB_VEL_004, "new-slot-restarts", "a block in a new relay-chain slot is the first of that slot",
                params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .accepted(blk("c", 11, 11))
                .view()
                .accepted(blk("d", 11, 11))
                .view());
        add(start(AB_VEL_004, "skipped-slots", "a block several relay-chain slots later restarts the count",
                params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .accepted(blk("c", 15, 15))
                .view());
        add(start(AB_VEL_004, "new-slot-full-count", "the count of a new slot reaches V+1 and no further",
                params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 11, 11))
                .rejected(blk("d", 11, 11), AB_VEL_002)
                .view());
        add(start(AB_VEL_004, "para-slot-new-slot-restarts", "under velocity-per-para-slot, a block in a new parachain"
                + " slot is the first of that slot", PARA_SLOT, params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .accepted(blk("c", 11, 11))
                .view());
        add(start(AB_VEL_004, "expect-parent-included-no-slot", "under expect-parent-included no slot is recorded",
                PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .view());
    }

    private void slots() {
        add(start(AB_VEL_005, "equal-slot", "a block in the recorded relay-chain slot is accepted", params(5, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .view());
        add(start(AB_VEL_005, "slot-backwards", "a block in a relay-chain slot before the recorded one is rejected",
                params(5, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 10, 9), AB_VEL_005)
                .view());
        add(start(AB_VEL_005, "para-slot-backwards", "under velocity-per-para-slot, a block in a parachain slot before"
                + " the recorded one is rejected", PARA_SLOT, params(5, 1))
                .accepted(blk("a", 10, 10))
                .rejected(blk("b", 10, 9), AB_VEL_005)
                .view());
        add(start(AB_VEL_005, "para-slot-equal-slot", "under velocity-per-para-slot, a block in the recorded parachain"
                + " slot is accepted", PARA_SLOT, slowPara(5, 1))
                .accepted(blk("a", 20, 20).paraSlot(10))
                .accepted(blk("b", 21, 21).paraSlot(10))
                .view());
        add(start(AB_VEL_006, "para-slot-equal-derived", "a parachain slot equal to the one derived from the relay"
                + " chain is accepted", slowPara(5, 1))
                .accepted(blk("a", 21, 21).paraSlot(10))
                .view());
        add(start(AB_VEL_006, "para-slot-ahead", "a parachain slot one ahead of the derived slot is rejected",
                slowPara(5, 1))
                .rejected(blk("a", 21, 21).paraSlot(11), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "para-slot-behind", "a parachain slot behind the derived slot is accepted",
                params(5, 1))
                .accepted(blk("a", 10, 10).paraSlot(9))
                .view());
        add(start(AB_VEL_006, "fast-para-slot-derived", "with 2 s parachain slots the derived slot is three per"
                + " relay-chain slot", new SegmentDriver.Parameters(5, 1, 6000, 2000, head(GENESIS)))
                .accepted(blk("a", 10, 10).paraSlot(30))
                .rejected(blk("b", 10, 10).paraSlot(31), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "para-slot-must-equal-derived", "under velocity-per-para-slot, a parachain slot behind"
                + " the derived slot is rejected", PARA_SLOT, params(5, 1))
                .rejected(blk("a", 10, 10).paraSlot(9), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "para-slot-ahead-of-derived", "under velocity-per-para-slot, a parachain slot ahead of"
                + " the derived slot is rejected", PARA_SLOT, slowPara(5, 1))
                .rejected(blk("a", 21, 21).paraSlot(11), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "para-slot-exact-derived", "under velocity-per-para-slot, the derived parachain slot is"
                + " accepted", PARA_SLOT, slowPara(5, 1))
                .accepted(blk("a", 21, 21).paraSlot(10))
                .view());
        add(start(AB_VEL_006, "exact-slot-behind-rejected", "under aura-slot-exact a parachain slot behind the derived"
                + " slot is rejected", SLOT_EXACT, params(5, 1))
                .rejected(blk("a", 10, 10).paraSlot(9), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "exact-slot-equal-accepted", "under aura-slot-exact the derived parachain slot is"
                + " accepted and one ahead of it is rejected", SLOT_EXACT, slowPara(5, 1))
                .accepted(blk("a", 21, 21).paraSlot(10))
                .rejected(blk("b", 21, 21).paraSlot(11), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "exact-slot-long-para-slots", "under aura-slot-exact with 24 s parachain slots, relay"
                + " slot 7 derives slot 1 and relay slot 12 derives slot 3, so slot 2 there is rejected", SLOT_EXACT,
                new SegmentDriver.Parameters(5, 1, 6000, 24000, head(GENESIS)))
                .accepted(blk("a", 7, 7).paraSlot(1))
                .rejected(blk("b", 12, 12).paraSlot(2), AB_VEL_006)
                .view());
        add(start(AB_VEL_006, "expect-parent-included-no-slot-check", "under expect-parent-included a parachain slot"
                + " ahead of the relay chain is not checked", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10).paraSlot(11))
                .view());
    }

    private void canBuildUpon() {
        add(start(AB_VEL_007, "same-slot-room", "with velocity 1 and one block in the slot, can_build_upon allows"
                + " another in that slot", params(3, 1))
                .accepted(blk("a", 10, 10))
                .canBuild(GENESIS, 10, true));
        add(start(AB_VEL_007, "same-slot-exhausted", "with velocity 1 and two blocks in the slot, can_build_upon"
                + " refuses that slot and allows the next", params(3, 1))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 10, 10))
                .canBuild(GENESIS, 10, false)
                .canBuild(GENESIS, 11, true));
        add(start(AB_VEL_007, "earlier-slot", "can_build_upon refuses a slot before the recorded one", params(3, 1))
                .accepted(blk("a", 10, 10))
                .canBuild(GENESIS, 9, false));
        add(start(AB_VEL_007, "segment-one-below-capacity", "can_build_upon allows building while the size after the"
                + " included head is capacity - 1", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .canBuild(GENESIS, 12, true));
        add(start(AB_VEL_007, "segment-at-capacity", "can_build_upon refuses when the size after the included head"
                + " equals the capacity", params(3, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .accepted(blk("c", 12, 12))
                .canBuild(GENESIS, 13, false)
                .canBuild("a", 13, true));
        add(start(AB_VEL_007, "included-tip-counts-full", "an included head equal to the tip still counts the full"
                + " segment for can_build_upon", params(2, 3))
                .accepted(blk("a", 10, 10))
                .accepted(blk("b", 11, 11))
                .canBuild("b", 12, false)
                .canBuild("a", 12, true));
        add(start(AB_VEL_007, "para-slot-exhausted", "under velocity-per-para-slot, can_build_upon counts per"
                + " parachain slot", PARA_SLOT, slowPara(5, 1))
                .accepted(blk("a", 20, 20).paraSlot(10))
                .accepted(blk("b", 21, 21).paraSlot(10))
                .canBuild(GENESIS, 10, false)
                .canBuild(GENESIS, 11, true));
        add(start(AB_VEL_007, "para-slot-room", "under velocity-per-para-slot, one block in the parachain slot leaves"
                + " room for another", PARA_SLOT, slowPara(5, 1))
                .accepted(blk("a", 20, 20).paraSlot(10))
                .canBuild(GENESIS, 10, true));
        add(start(AB_VEL_008, "nothing-recorded", "before the first block can_build_upon allows building",
                params(1, 1))
                .canBuild(GENESIS, 0, true)
                .canBuild("elsewhere", 7, true));
        add(start(AB_VEL_008, "recorded-slot-consulted", "once a slot is recorded can_build_upon consults the segment",
                params(1, 1))
                .accepted(blk("a", 10, 10))
                .canBuild(GENESIS, 11, false));
        add(start(AB_VEL_008, "expect-parent-included-always", "under expect-parent-included no slot is recorded, so"
                + " can_build_upon allows building on a full segment", PARENT_INCLUDED, params(1, 1))
                .accepted(blk("a", 10, 10))
                .canBuild(GENESIS, 10, true));
    }

    private SegmentCase start(RuleId rule, String slug, String description, SegmentDriver.Parameters parameters) {
        return start(rule, slug, description, Profile.BASELINE, parameters);
    }

    private SegmentCase start(RuleId rule, String slug, String description, Profile profile,
            SegmentDriver.Parameters parameters) {
        String id = rule.areaCode().toLowerCase() + "-" + rule.value().substring(rule.value().lastIndexOf('-') + 1)
                + "-" + slug;
        return new SegmentCase(CaseBuilder.start(DRIVER, id, description, List.of(rule), profile, parameters), id);
    }

    private void add(SegmentCase segmentCase) {
        add(segmentCase.builder.build(name(), version(), 0));
    }

    /** Capacity and velocity with 6 s slots on both chains, so the parachain slot equals the relay-chain slot. */
    private static SegmentDriver.Parameters params(int capacity, int velocity) {
        return new SegmentDriver.Parameters(capacity, velocity, 6000, 6000, head(GENESIS));
    }

    /** 12 s parachain slots: relay-chain slots 2k and 2k+1 derive parachain slot k. */
    private static SegmentDriver.Parameters slowPara(int capacity, int velocity) {
        return new SegmentDriver.Parameters(capacity, velocity, 6000, 12000, head(GENESIS));
    }

    private static HeadData head(String label) {
        return HeadData.ofLabel(label);
    }

    /**
     * One case under construction: events are stated with their intent, and the answers of size_after_included and
     * can_build_upon are stated too, so that generation stops when the reference disagrees with the rule.
     */
    private static final class SegmentCase {
        private final CaseBuilder<SegmentDriver.Parameters, SegmentDriver.Event, SegmentDriver.Query,
                UnincludedSegmentSubject> builder;
        private final String id;

        SegmentCase(CaseBuilder<SegmentDriver.Parameters, SegmentDriver.Event, SegmentDriver.Query,
                UnincludedSegmentSubject> builder, String id) {
            this.builder = builder;
            this.id = id;
        }

        SegmentCase accepted(Blk block) {
            builder.accepted(block.event());
            return this;
        }

        SegmentCase rejected(Blk block, RuleId rule) {
            builder.rejected(block.event(), rule);
            return this;
        }

        SegmentCase view() {
            builder.check(new SegmentDriver.Segment());
            return this;
        }

        SegmentCase size(String included, int expected) {
            return intended(new SegmentDriver.SizeAfterIncluded(head(included)), (long) expected);
        }

        SegmentCase canBuild(String included, long slot, boolean expected) {
            return intended(new SegmentDriver.CanBuildUpon(head(included), slot), expected);
        }

        private SegmentCase intended(SegmentDriver.Query query, Object expected) {
            Object answer = builder.peek(query);
            if (!expected.equals(answer)) {
                throw new IllegalStateException("vector " + id + ": intended " + query + " = " + expected
                        + " but the reference answers " + answer);
            }
            builder.check(query);
            return this;
        }
    }

    private static Blk blk(String label, long relayNumber, long relaySlot) {
        return new Blk(label, relayNumber, relaySlot);
    }

    /** A block under construction: by default it proves genesis included, sends nothing and sets a head watermark. */
    private static final class Blk {
        private final String label;
        private final long relayNumber;
        private final long relaySlot;
        private long paraSlot;
        private long watermark;
        private IncludedHead included = IncludedHead.of(head(GENESIS));
        private UsedBandwidth used = UsedBandwidth.NONE;
        private BandwidthLimits limits = BandwidthLimits.GENEROUS;
        private UpgradeSignal signal = UpgradeSignal.NONE;
        private boolean consumes;

        Blk(String label, long relayNumber, long relaySlot) {
            this.label = label;
            this.relayNumber = relayNumber;
            this.relaySlot = relaySlot;
            this.paraSlot = relaySlot;
            this.watermark = relayNumber;
        }

        Blk included(String head) {
            included = IncludedHead.of(head(head));
            return this;
        }

        Blk absent() {
            included = IncludedHead.absent();
            return this;
        }

        Blk paraSlot(long slot) {
            paraSlot = slot;
            return this;
        }

        Blk watermark(long number) {
            watermark = number;
            return this;
        }

        Blk ump(long messages, long bytes) {
            used = used.plus(UsedBandwidth.ump(messages, bytes));
            return this;
        }

        Blk hrmp(ParaId recipient, long messages, long bytes) {
            used = used.plus(UsedBandwidth.hrmp(recipient, messages, bytes));
            return this;
        }

        Blk limits(BandwidthLimits newLimits) {
            limits = newLimits;
            return this;
        }

        Blk signal(UpgradeSignal newSignal) {
            signal = newSignal;
            return this;
        }

        Blk consumes() {
            consumes = true;
            return this;
        }

        SegmentDriver.Event event() {
            RelayParentProof proof = new RelayParentProof(RelayBlockNumber.of(relayNumber), relaySlot, included,
                    signal, limits);
            return new SegmentDriver.Author(proof, new ParaBlock(head(label), used, RelayBlockNumber.of(watermark),
                    paraSlot, consumes));
        }
    }
}
