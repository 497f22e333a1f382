package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SEG and VEL vectors catch implementations of the unincluded segment that each carry one plausible bug: the
 * runner reports at least one failed case, with a message naming the broken rule in the kit's failure layout.
 */
class UnincludedSegmentFaultsTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final List<VectorCase> VECTORS = VectorRepository.fromDirectory(Path.of("vectors")).stream()
            .filter(c -> c.subject() == Subject.UNINCLUDED_SEGMENT)
            .toList();

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(new CapacityCheckedWithLessOrEqual(), RuleId.of("AB-SEG-001")),
                Arguments.of(new EvictionKeepsIncludedBlock(), RuleId.of("AB-SEG-002")),
                Arguments.of(new IncludedHeadMissingFromSegmentRejected(), RuleId.of("AB-SEG-003")),
                Arguments.of(new UmpMessagesCheckedWithGreaterOrEqual(), RuleId.of("AB-SEG-005")),
                Arguments.of(new EqualRelayParentNumberRejected(), RuleId.of("AB-VEL-001")),
                Arguments.of(new VelocityAllowsVBlocksPerSlot(), RuleId.of("AB-VEL-002")));
    }

    @ParameterizedTest(name = "{1} broken by {0}")
    @MethodSource("faults")
    @DisplayName("a faulty unincluded segment fails a vector whose message names the broken rule")
    void caught(Implementation faulty, RuleId rule) {
        VectorRunner runner = new VectorRunner(faulty, CATALOG);
        List<CaseResult> failed = VECTORS.stream().map(runner::run)
                .filter(r -> r.status() == CaseResult.Status.FAILED)
                .toList();
        assertFalse(failed.isEmpty(), faulty + " passed every SEG and VEL vector");
        Pattern layout = Pattern.compile("^" + Pattern.quote("[" + rule + "] " + CATALOG.get(rule).title())
                + " \\| expected: .+ \\| but was: .+ \\| at: [a-z0-9-]+ step \\d+ .+ \\| hint: .+$");
        assertTrue(failed.stream().anyMatch(r -> layout.matcher(r.message()).matches()),
                () -> faulty + ": no failure names " + rule + " in the failure layout; failures were:\n"
                        + String.join("\n", failed.stream().map(CaseResult::message).toList()));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the unwrapped reference passes every baseline SEG and VEL vector")
    void referencePasses() {
        VectorRunner runner = new VectorRunner(new Faulty("reference") { }, CATALOG);
        List<CaseResult> results = VECTORS.stream().map(runner::run).toList();
        assertEquals(List.of(), results.stream().filter(r -> r.status() == CaseResult.Status.FAILED)
                .map(CaseResult::message).toList());
        assertTrue(results.stream().filter(r -> r.status() == CaseResult.Status.PASSED).count() >= 50);
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
                        return new Outcome.Rejected(RuleId.of("AB-SEG-003"), "included head not in the segment");
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
                        return new Outcome.Rejected(RuleId.of("AB-VEL-001"), "relay-parent number not increased");
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
                            && recorded.authored() >= params.effectiveVelocity()) {
                        return new Outcome.Rejected(RuleId.of("AB-VEL-002"), recorded.authored()
                                + " blocks already in the slot");
                    }
                    return correct.author(block);
                }
            };
        }
    }
}
