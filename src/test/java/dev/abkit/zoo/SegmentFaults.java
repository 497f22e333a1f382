package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.reference.segment.UnincludedSegmentRules;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.UnincludedSegmentSubject;
import java.util.EnumSet;
import java.util.List;

/** Faulty parachain runtimes (areas SEG and VEL): the reference unincluded segment with one bug each. */
final class SegmentFaults {
    private SegmentFaults() {
    }

    static List<Fault> all() {
        return List.of(
                fault(new CapacityCheckedWithLessOrEqual(), UnincludedSegmentRules.AB_SEG_001,
                        "a block is authored while new_len <= capacity: one block more than the capacity fits"),
                fault(new EvictionKeepsIncludedBlock(), UnincludedSegmentRules.AB_SEG_002,
                        "eviction drops the ancestors before the included one but keeps the included block"),
                fault(new IncludedHeadMissingFromSegmentRejected(), UnincludedSegmentRules.AB_SEG_003,
                        "an included head that no ancestor has is treated as an error and rejects the block"),
                fault(new UmpMessagesCheckedWithGreaterOrEqual(), UnincludedSegmentRules.AB_SEG_005,
                        "a segment that uses the UMP queue exactly up to its limit is refused (>= for >)"),
                fault(new WatermarkEqualAcceptedUnderBaseline(), UnincludedSegmentRules.AB_SEG_009,
                        "a trunk HRMP watermark equal to the segment's latest is accepted although the baseline is"
                                + " declared (the watermark-equal-allowed variant's check)"),
                fault(new EqualRelayParentNumberRejected(), UnincludedSegmentRules.AB_VEL_001,
                        "a relay-parent number equal to the parent block's is refused (the strict variant's check)"),
                fault(new DecreasingRelayParentNumberAccepted(), UnincludedSegmentRules.AB_VEL_001,
                        "a relay-parent number lower than the parent block's is accepted, clamped to the previous"
                                + " one"),
                fault(new VelocityAllowsVBlocksPerSlot(), UnincludedSegmentRules.AB_VEL_002,
                        "at most V blocks per relay-chain slot instead of V + 1"),
                fault(new SlotExactUnderBaseline(), UnincludedSegmentRules.AB_VEL_006,
                        "a parachain slot behind the derived slot is refused although the baseline is declared (the"
                                + " aura-slot-exact variant's check)"));
    }

    private static Fault fault(Faulty implementation, RuleId rule, String description) {
        return new Fault(implementation.toString(), rule, description, implementation);
    }

    /** The reference served under a name, with one subject: the base of every faulty implementation. */
    private abstract static class Faulty implements Implementation {
        private final String name;
        private final Implementation reference = new ReferenceImplementation();

        Faulty(String name) {
            this.name = name;
        }

        @Override
        public Capabilities capabilities() {
            return new Capabilities(name, "0", Profile.BASELINE, EnumSet.of(Subject.UNINCLUDED_SEGMENT), true);
        }

        @Override
        public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
            return wrap(params, reference.unincludedSegment(params, genesisHead));
        }

        /** The bug, around a correct segment; the default has none. */
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return correct;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A subject that authors through {@link #author(SegmentView, AuthorBlock)} and answers the rest correctly. */
    private abstract static class Wrapped implements UnincludedSegmentSubject {
        final UnincludedSegmentSubject correct;

        Wrapped(UnincludedSegmentSubject correct) {
            this.correct = correct;
        }

        abstract Outcome author(SegmentView before, AuthorBlock block);

        @Override
        public Outcome author(AuthorBlock block) {
            return author(correct.view(), block);
        }

        @Override
        public SegmentView view() {
            return correct.view();
        }

        @Override
        public int sizeAfterIncluded(HeadData includedHead) {
            return correct.sizeAfterIncluded(includedHead);
        }

        @Override
        public boolean canBuildUpon(HeadData includedHead, long slot) {
            return correct.canBuildUpon(includedHead, slot);
        }
    }

    /** AB-SEG-001 checked as new_len <= capacity: one block more than the capacity fits. */
    private static final class CapacityCheckedWithLessOrEqual extends Faulty {
        CapacityCheckedWithLessOrEqual() {
            super("CapacityCheckedWithLessOrEqual");
        }

        @Override
        public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
            SegmentParams larger = new SegmentParams(params.capacity() + 1, params.velocity(),
                    params.relaySlotMillis(), params.paraSlotMillis(), params.profile());
            return new ReferenceImplementation().unincludedSegment(larger, genesisHead);
        }
    }

    /** AB-SEG-002 drains the ancestors before the included one but keeps the included block itself. */
    private static final class EvictionKeepsIncludedBlock extends Faulty {
        EvictionKeepsIncludedBlock() {
            super("EvictionKeepsIncludedBlock");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    if (!(block.proof().includedHead() instanceof IncludedHead.Proven proven)) {
                        return correct.author(block);
                    }
                    int index = before.heads().indexOf(proven.head());
                    if (index < 0) {
                        return correct.author(block);
                    }
                    HeadData shifted = index == 0 ? HeadData.ofLabel("not in any segment")
                            : before.heads().get(index - 1);
                    RelayParentProof p = block.proof();
                    return correct.author(new AuthorBlock(new RelayParentProof(p.number(), p.relaySlot(),
                            IncludedHead.of(shifted), p.upgradeSignal(), p.limits()), block.block()));
                }
            };
        }
    }

    /** AB-SEG-003 treated as an error: an included head that no ancestor has rejects the block. */
    private static final class IncludedHeadMissingFromSegmentRejected extends Faulty {
        IncludedHeadMissingFromSegmentRejected() {
            super("IncludedHeadMissingFromSegmentRejected");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    if (block.proof().includedHead() instanceof IncludedHead.Proven proven
                            && before.size() > 0 && !before.heads().contains(proven.head())) {
                        return new Outcome.Rejected(UnincludedSegmentRules.AB_SEG_003, "included head not in the segment");
                    }
                    return correct.author(block);
                }
            };
        }
    }

    /** AB-SEG-005 checked as sum >= remaining: a segment that uses the queue exactly up to its limit is refused. */
    private static final class UmpMessagesCheckedWithGreaterOrEqual extends Faulty {
        UmpMessagesCheckedWithGreaterOrEqual() {
            super("UmpMessagesCheckedWithGreaterOrEqual");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    RelayParentProof p = block.proof();
                    BandwidthLimits l = p.limits();
                    BandwidthLimits oneLess = new BandwidthLimits(Math.max(0, l.umpMessagesRemaining() - 1),
                            l.umpBytesRemaining(), l.hrmpChannels());
                    return correct.author(new AuthorBlock(new RelayParentProof(p.number(), p.relaySlot(),
                            p.includedHead(), p.upgradeSignal(), oneLess), block.block()));
                }
            };
        }
    }

    /** AB-VEL-001 checked as in the strict variant while targeting the baseline: an equal number is refused. */
    private static final class EqualRelayParentNumberRejected extends Faulty {
        EqualRelayParentNumberRejected() {
            super("EqualRelayParentNumberRejected");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    RelayBlockNumber previous = before.lastRelayParentNumber();
                    if (before.size() > 0 && block.proof().number().equals(previous)) {
                        return new Outcome.Rejected(UnincludedSegmentRules.AB_VEL_001, "relay-parent number not increased");
                    }
                    return correct.author(block);
                }
            };
        }
    }

    /** AB-VEL-002 with the bound V instead of V+1 blocks per relay-chain slot. */
    private static final class VelocityAllowsVBlocksPerSlot extends Faulty {
        VelocityAllowsVBlocksPerSlot() {
            super("VelocityAllowsVBlocksPerSlot");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    if (before.slotInfo() instanceof SlotInfo.Recorded recorded
                            && recorded.slot() == block.proof().relaySlot()
                            && recorded.authored() >= Math.max(params.velocity(), 1)) {
                        return new Outcome.Rejected(UnincludedSegmentRules.AB_VEL_002, recorded.authored()
                                + " blocks already in the slot");
                    }
                    return correct.author(block);
                }
            };
        }
    }

    /** AB-VEL-006 decided with the aura-slot-exact check (a slot behind is refused) while the baseline is declared. */
    private static final class SlotExactUnderBaseline extends Faulty {
        SlotExactUnderBaseline() {
            super("SlotExactUnderBaseline");
        }

        @Override
        public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
            return new ReferenceImplementation(Profile.of(Variant.AURA_SLOT_EXACT), RuleProbe.NONE)
                    .unincludedSegment(params, genesisHead);
        }
    }

    /** AB-SEG-009 decided with the watermark-equal-allowed check while the baseline is declared. */
    private static final class WatermarkEqualAcceptedUnderBaseline extends Faulty {
        WatermarkEqualAcceptedUnderBaseline() {
            super("WatermarkEqualAcceptedUnderBaseline");
        }

        @Override
        public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
            return new ReferenceImplementation(Profile.of(Variant.WATERMARK_EQUAL_ALLOWED), RuleProbe.NONE)
                    .unincludedSegment(params, genesisHead);
        }
    }

    /**
     * AB-VEL-001 not checked: a block whose relay-parent number is lower than its parent's is accepted, the segment
     * taking max(previous, current) as its relay parent.
     */
    private static final class DecreasingRelayParentNumberAccepted extends Faulty {
        DecreasingRelayParentNumberAccepted() {
            super("DecreasingRelayParentNumberAccepted");
        }

        @Override
        UnincludedSegmentSubject wrap(SegmentParams params, UnincludedSegmentSubject correct) {
            return new Wrapped(correct) {
                @Override
                Outcome author(SegmentView before, AuthorBlock block) {
                    RelayParentProof p = block.proof();
                    RelayBlockNumber previous = before.lastRelayParentNumber();
                    if (!p.number().isBefore(previous)) {
                        return correct.author(block);
                    }
                    return correct.author(new AuthorBlock(new RelayParentProof(previous, p.relaySlot(),
                            p.includedHead(), p.upgradeSignal(), p.limits()), block.block()));
                }
            };
        }
    }
}
