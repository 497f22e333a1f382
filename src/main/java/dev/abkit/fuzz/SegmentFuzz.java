package dev.abkit.fuzz;

import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_001;
import static dev.abkit.reference.segment.UnincludedSegmentRules.AB_SEG_002;

import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.segment.Ancestor;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.ParaBlock;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.SegmentWatermark;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.vectors.subjects.SegmentDriver;
import dev.abkit.vectors.subjects.SegmentDriver.Author;
import dev.abkit.vectors.subjects.SegmentDriver.Event;
import dev.abkit.vectors.subjects.SegmentDriver.Parameters;
import dev.abkit.vectors.subjects.SegmentDriver.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Block streams for the unincluded segment: capacities from 1, velocities from 0, several slot-duration ratios; each
 * block's proof reports an included head that is in the segment (oldest, middle, tip), outside it, stale or absent;
 * relay-parent numbers and slots that stay, advance or step back; bandwidth limits at, one under or one over what
 * the segment would use after eviction; watermarks around the tracked one; go-ahead and abort signals. The segment
 * view is checked after every block, with size-after-included and can-build-upon queries along the way.
 */
public final class SegmentFuzz extends FuzzSubject<Parameters, Event, Query, UnincludedSegmentSubject> {
    private static final ParaId FIRST = ParaId.of(2000);
    private static final ParaId SECOND = ParaId.of(2001);

    public SegmentFuzz() {
        super(new SegmentDriver(), "fuzz-segment", 1, AB_SEG_001);
    }

    @Override
    public FuzzCase<Parameters, Event, Query> generate(long seed) {
        return generateRecorded(seed).c();
    }

    @Override
    Generated<Parameters, Event, Query, UnincludedSegmentSubject> generateRecorded(long seed) {
        Dice d = new Dice(seed);
        int capacity = switch (d.weighted(3, 3, 3, 1)) {
            case 0 -> 1;
            case 1 -> 2;
            case 2 -> 3;
            default -> d.between(4, 8);
        };
        int velocity = switch (d.weighted(2, 3, 2, 1, 1)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> capacity;
            default -> Math.max(0, capacity - 1);
        };
        long[] slots = switch (d.weighted(6, 2, 1, 1, 1)) {
            case 0 -> new long[] {6000, 6000};
            case 1 -> new long[] {6000, 2000};
            case 2 -> new long[] {6000, 3000};
            case 3 -> new long[] {2000, 6000};
            default -> new long[] {6000, 12000};
        };
        HeadData genesis = HeadData.ofLabel("genesis");
        Parameters params = new Parameters(capacity, velocity, slots[0], slots[1], genesis);
        ReferenceRun<Parameters, Event, Query, UnincludedSegmentSubject> ran = new ReferenceRun<>(driver(), params);
        UnincludedSegmentSubject model = ran.model();
        List<FuzzStep<Event, Query>> steps = new ArrayList<>();
        long relayNumber = d.between(1, 20);
        long relaySlot = d.between(100, 200);
        HeadData included = genesis;
        if (d.chance(0.3)) {
            ran.look(steps, new SegmentDriver.CanBuildUpon(genesis, relaySlot));
        }
        int blocks = d.between(4, 32);
        for (int i = 0; i < blocks; i++) {
            SegmentView view = model.view();
            relayNumber = Math.max(0, relayNumber + switch (d.weighted(5, 5, 1, 1)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> d.between(2, 5);
                default -> -1;
            });
            relaySlot = Math.max(0, relaySlot + switch (d.weighted(6, 4, 1, 1)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> 2;
                default -> -1;
            });
            List<HeadData> heads = view.heads();
            IncludedHead includedHead;
            int choice = heads.isEmpty() ? d.weighted(0, 6, 1, 1) : d.weighted(8, 3, 1, 1);
            switch (choice) {
                case 0 -> {
                    int index = switch (d.weighted(3, 2, 1)) {
                        case 0 -> 0;
                        case 1 -> d.between(0, heads.size() - 1);
                        default -> heads.size() - 1;
                    };
                    includedHead = IncludedHead.of(heads.get(index));
                }
                case 1 -> includedHead = IncludedHead.of(included);
                case 2 -> includedHead = IncludedHead.of(HeadData.ofLabel("stale-" + d.between(0, 3)));
                default -> includedHead = IncludedHead.absent();
            }
            UpgradeSignal signal;
            if (view.consumedUpgradeSignal().isPresent()) {
                signal = switch (d.weighted(6, 1, 1)) {
                    case 0 -> view.consumedUpgradeSignal();
                    case 1 -> UpgradeSignal.NONE;
                    default -> view.consumedUpgradeSignal() == UpgradeSignal.GO_AHEAD
                            ? UpgradeSignal.ABORT : UpgradeSignal.GO_AHEAD;
                };
            } else {
                signal = switch (d.weighted(6, 1, 1)) {
                    case 0 -> UpgradeSignal.NONE;
                    case 1 -> UpgradeSignal.GO_AHEAD;
                    default -> UpgradeSignal.ABORT;
                };
            }
            boolean consumes = signal.isPresent() && d.chance(0.5);
            UsedBandwidth used = usage(d);
            UsedBandwidth keptUsage = keptUsage(view, includedHead).plus(used);
            BandwidthLimits limits = limits(d, keptUsage);
            long watermark;
            if (view.hrmpWatermark() instanceof SegmentWatermark.At at) {
                long latest = at.number().value();
                watermark = switch (d.weighted(3, 2, 2, 1)) {
                    case 0 -> relayNumber;
                    case 1 -> latest;
                    case 2 -> latest + 1;
                    default -> Math.max(0, latest - 1);
                };
            } else {
                watermark = d.chance(0.6) ? relayNumber : d.betweenLong(0, relayNumber);
            }
            long derived = relaySlot * slots[0] / slots[1];
            long paraSlot = Math.max(0, derived + switch (d.weighted(6, 2, 1)) {
                case 0 -> 0;
                case 1 -> -1;
                default -> 1;
            });
            ParaBlock block = new ParaBlock(HeadData.ofLabel("block-" + i), used, RelayBlockNumber.of(watermark),
                    paraSlot, consumes);
            Author author = new Author(new RelayParentProof(RelayBlockNumber.of(relayNumber), relaySlot,
                    includedHead, signal, limits), block);
            Outcome outcome = ran.act(steps, author);
            if (outcome.isAccepted() && includedHead instanceof IncludedHead.Proven proven) {
                included = proven.head();
            }
            ran.look(steps, new SegmentDriver.Segment());
            List<HeadData> known = new ArrayList<>(model.view().heads());
            known.add(included);
            if (d.chance(0.35)) {
                ran.look(steps, new SegmentDriver.SizeAfterIncluded(d.pick(known)));
            }
            if (d.chance(0.35)) {
                long slot = Math.max(0, relaySlot + d.between(-1, 1));
                ran.look(steps, new SegmentDriver.CanBuildUpon(d.pick(known), slot));
            }
        }
        return new Generated<>(new FuzzCase<>(generatorName(), generatorVersion(), seed, params, steps), ran);
    }

    private static UsedBandwidth usage(Dice d) {
        long messages = d.chance(0.5) ? 0 : d.between(1, 3);
        long bytes = messages == 0 ? 0 : messages * d.between(1, 40);
        TreeMap<ParaId, ChannelUsage> hrmp = new TreeMap<>();
        if (d.chance(0.4)) {
            int m = d.between(1, 2);
            hrmp.put(FIRST, ChannelUsage.of(m, m * d.between(1, 30)));
        }
        if (d.chance(0.15)) {
            hrmp.put(SECOND, ChannelUsage.of(1, d.between(1, 30)));
        }
        return new UsedBandwidth(messages, bytes, hrmp);
    }

    /** What the ancestors that survive eviction by {@code included} have used. */
    private static UsedBandwidth keptUsage(SegmentView view, IncludedHead included) {
        int pivot = included instanceof IncludedHead.Proven p ? view.heads().indexOf(p.head()) : -1;
        UsedBandwidth sum = UsedBandwidth.NONE;
        for (Ancestor ancestor : view.segment().subList(pivot + 1, view.size())) {
            sum = sum.plus(ancestor.used());
        }
        return sum;
    }

    private static BandwidthLimits limits(Dice d, UsedBandwidth total) {
        if (d.chance(0.35)) {
            return BandwidthLimits.GENEROUS;
        }
        boolean tightUmp = d.chance(0.6);
        long messages = tightUmp ? d.around(total.umpMessages()) : 1000;
        long bytes = tightUmp && d.chance(0.5) ? d.around(total.umpBytes()) : 100_000;
        BandwidthLimits limits = BandwidthLimits.ump(messages, bytes);
        for (ParaId recipient : List.of(FIRST, SECOND)) {
            ChannelUsage sum = total.toRecipient(recipient);
            int mode = d.weighted(3, 3, 1);
            if (mode == 2 && !sum.isEmpty()) {
                continue;
            }
            limits = limits.withChannel(recipient, mode == 0
                    ? ChannelLimits.of(d.around(sum.messages()), 100_000)
                    : ChannelLimits.of(1000, d.around(sum.bytes())));
        }
        return limits;
    }

    @Override
    public Invariants<Event, Query> invariants(Parameters parameters) {
        return new Invariants<>() {
            private Optional<HeadData> evicting = Optional.empty();

            @Override
            public void afterEvent(Event event, Outcome outcome) {
                evicting = outcome.isAccepted() && event instanceof Author a
                        && a.proof().includedHead() instanceof IncludedHead.Proven p
                        ? Optional.of(p.head()) : Optional.empty();
            }

            @Override
            public Optional<Violation> check(Query query, Object answer) {
                if (!(query instanceof SegmentDriver.Segment) || !(answer instanceof SegmentView view)) {
                    return Optional.empty();
                }
                if (view.size() > parameters.capacity()) {
                    return Optional.of(new Violation(AB_SEG_001, "the segment holds " + view.size()
                            + " blocks, more than its capacity " + parameters.capacity()));
                }
                List<HeadData> older = view.heads().subList(0, Math.max(0, view.size() - 1));
                if (evicting.isPresent() && older.contains(evicting.get())) {
                    return Optional.of(new Violation(AB_SEG_002, "the included head " + evicting.get()
                            + " is still in the segment " + view.heads()));
                }
                return Optional.empty();
            }
        };
    }

    @Override
    public List<Parameters> simplerParameters(Parameters p) {
        List<Parameters> simpler = new ArrayList<>();
        if (p.relaySlotMillis() != 6000 || p.paraSlotMillis() != 6000) {
            simpler.add(new Parameters(p.capacity(), p.velocity(), 6000, 6000, p.genesisHead()));
        }
        if (p.capacity() > 1) {
            simpler.add(new Parameters(p.capacity() - 1, p.velocity(), p.relaySlotMillis(), p.paraSlotMillis(),
                    p.genesisHead()));
        }
        return simpler;
    }

    @Override
    public List<Event> simplerEvents(Event event) {
        if (!(event instanceof Author a)) {
            return List.of();
        }
        RelayParentProof p = a.proof();
        ParaBlock b = a.block();
        List<Event> simpler = new ArrayList<>();
        if (!p.limits().equals(BandwidthLimits.GENEROUS)) {
            simpler.add(new Author(p.withLimits(BandwidthLimits.GENEROUS), b));
        }
        if (!b.used().equals(UsedBandwidth.NONE)) {
            simpler.add(new Author(p, b.withUsed(UsedBandwidth.NONE)));
        }
        if (p.upgradeSignal().isPresent()) {
            simpler.add(new Author(p.withUpgradeSignal(UpgradeSignal.NONE), new ParaBlock(b.head(), b.used(),
                    b.hrmpWatermark(), b.paraSlot(), false)));
        }
        if (!b.hrmpWatermark().equals(p.number())) {
            simpler.add(new Author(p, new ParaBlock(b.head(), b.used(), p.number(), b.paraSlot(),
                    b.consumesUpgradeSignal())));
        }
        return simpler;
    }
}
