package dev.abkit.fuzz;

import static dev.abkit.reference.collator.CollatorRules.AB_COL_003;

import dev.abkit.model.ParaId;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BlockName;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.CollatorKind;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.EgressChannel;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessage;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.Message;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.ParaBlockInfo;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.Pending;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.RelayBlockInfo;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.vectors.subjects.CollatorDriver;
import dev.abkit.vectors.subjects.CollatorDriver.Event;
import dev.abkit.vectors.subjects.CollatorDriver.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collators that know a random relay chain (a session may change on the way) and a random tree of local parachain
 * blocks built on relay parents that move forward, asked for potential parents with an included block that may be
 * unknown and a pending block that may be a descendant, a block on another branch or unknown, with ancestry_lookback,
 * max_depth and alternative branches around their edges; asked the build decision with and without the slot claim,
 * on the included block or another, under each API version; asked the slot-based interval and the blocks per relay
 * slot on a grid of slot lengths, cores and velocities; and asked the runtime's choices: outbound messages against
 * limits and segment usage at, under and over the edge, upgrade signals in every combination, outbound limits with
 * channels over capacity, inbound messages around the last relay number. The chosen parent is asked only where one
 * potential parent is deepest (upstream breaks ties by search order).
 */
public final class CollatorFuzz extends FuzzSubject<CollatorView, Event, Query, CollatorSubject> {
    private static final List<ParaId> PARAS = List.of(ParaId.of(2000), ParaId.of(2001), ParaId.of(2002));
    private static final List<Long> PARA_SLOTS = List.of(1000L, 2000L, 3000L, 6000L, 12000L, 18000L);

    public CollatorFuzz() {
        super(new CollatorDriver(), "fuzz-collator", 1, AB_COL_003);
    }

    @Override
    public FuzzCase<CollatorView, Event, Query> generate(long seed) {
        return generateRecorded(seed).c();
    }

    @Override
    Generated<CollatorView, Event, Query, CollatorSubject> generateRecorded(long seed) {
        Dice d = new Dice(seed);
        int relayBlocks = d.between(2, 9);
        List<RelayBlockInfo> relay = new ArrayList<>();
        long session = 0;
        for (int i = 0; i < relayBlocks; i++) {
            if (i > 0 && d.chance(0.05)) {
                session++;
            }
            relay.add(new RelayBlockInfo(name("R" + i), i, name(i == 0 ? "R-1" : "R" + (i - 1)), session));
        }
        List<ParaBlockInfo> para = new ArrayList<>();
        List<Integer> relayOf = new ArrayList<>();
        para.add(new ParaBlockInfo(name("P0"), name("H"), name("R" + d.between(0, Math.min(2, relayBlocks - 1)))));
        relayOf.add(Integer.parseInt(para.get(0).relayParent().value().substring(1)));
        int blocks = d.between(1, 12);
        for (int i = 1; i <= blocks; i++) {
            int parent = d.chance(0.6) ? i - 1 : d.between(0, i - 1);
            int rp = Math.min(relayBlocks - 1, relayOf.get(parent) + d.weighted(3, 4, 2));
            para.add(new ParaBlockInfo(name("P" + i), para.get(parent).name(), name("R" + rp)));
            relayOf.add(rp);
        }
        CollatorView view = new CollatorView(relay, para);
        ReferenceRun<CollatorView, Event, Query, CollatorSubject> ran = new ReferenceRun<>(driver(), view);
        CollatorSubject model = ran.model();
        List<FuzzStep<Event, Query>> steps = new ArrayList<>();
        if (d.chance(0.5)) {
            ran.look(steps, new CollatorDriver.PotentialParents(branchSearch(d, relayBlocks, para)));
        }
        for (int q = d.between(2, 8); q > 0; q--) {
            ParentSearchParams search = search(d, relayBlocks, para);
            ran.look(steps, new CollatorDriver.PotentialParents(search));
            if (uniqueDeepest(model.potentialParents(search))) {
                ran.look(steps, new CollatorDriver.BuildParent(search));
            }
        }
        for (int q = d.between(1, 4); q > 0; q--) {
            ran.look(steps, new CollatorDriver.DecideBuild(opportunity(d, para)));
        }
        ran.look(steps, new CollatorDriver.ProductionInterval(timing(d)));
        ran.look(steps, new CollatorDriver.WaitForNextAttempt(timing(d), d.betweenLong(0, 40_000),
                d.chance(0.5) ? 0 : d.betweenLong(0, 8000)));
        ran.look(steps, new CollatorDriver.BlocksPerRelaySlot(new AuthoringPace(d.chance(0.5)
                ? CollatorKind.LOOKAHEAD : CollatorKind.SLOT_BASED, d.between(0, 4), timing(d))));
        for (int q = d.between(1, 3); q > 0; q--) {
            ran.look(steps, new CollatorDriver.SelectOutbound(outbound(d)));
        }
        ran.look(steps, new CollatorDriver.GoAhead(new GoAheadSituation(d.pick(List.of(UpgradeSignal.values())),
                d.chance(0.5) ? UpgradeSignal.NONE : d.pick(List.of(UpgradeSignal.values())), d.chance(0.7))));
        ran.look(steps, new CollatorDriver.OutboundLimits(state(d)));
        ran.look(steps, new CollatorDriver.InboundToProcess(inbound(d)));
        return new Generated<>(new FuzzCase<>(generatorName(), generatorVersion(), seed, view, steps), ran);
    }

    private static BlockName name(String value) {
        return BlockName.of(value);
    }

    private static ParentSearchParams search(Dice d, int relayBlocks, List<ParaBlockInfo> para) {
        return d.chance(0.3) ? branchSearch(d, relayBlocks, para) : edgeSearch(d, relayBlocks, para);
    }

    /**
     * A known pending block above the included block, the whole relay chain in the ancestry and no depth limit:
     * the branches beside the path to the pending block decide.
     */
    private static ParentSearchParams branchSearch(Dice d, int relayBlocks, List<ParaBlockInfo> para) {
        ParaBlockInfo pendingBlock = d.pick(para);
        List<BlockName> below = new ArrayList<>();
        for (BlockName b = pendingBlock.parent(); index(para, b) >= 0; b = para.get(index(para, b)).parent()) {
            below.add(b);
        }
        BlockName included = below.isEmpty() ? pendingBlock.name() : d.pick(below);
        return new ParentSearchParams(name("R" + (relayBlocks - 1)), included,
                new Pending.PendingBlock(pendingBlock.name()), relayBlocks, 20, true);
    }

    /** An included block that may be unknown, any pending block, lookback and depth around their edges. */
    private static ParentSearchParams edgeSearch(Dice d, int relayBlocks, List<ParaBlockInfo> para) {
        BlockName included = d.chance(0.1) ? name("X") : d.pick(para).name();
        Pending pending = switch (d.weighted(3, 5, 1)) {
            case 0 -> new Pending.NoPending();
            case 1 -> new Pending.PendingBlock(d.pick(para).name());
            default -> new Pending.PendingBlock(name("Y"));
        };
        return new ParentSearchParams(name("R" + d.between(0, relayBlocks - 1)), included, pending,
                d.between(0, 4), d.pick(List.of(0, 1, 1, 2, 2, 3, 4, 6, 10)), d.chance(0.6));
    }

    private static int index(List<ParaBlockInfo> para, BlockName name) {
        for (int i = 0; i < para.size(); i++) {
            if (para.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean uniqueDeepest(List<PotentialParent> parents) {
        if (parents.isEmpty()) {
            return true;
        }
        int deepest = parents.get(parents.size() - 1).depth();
        return parents.stream().filter(p -> p.depth() == deepest).count() == 1;
    }

    private static BuildOpportunity opportunity(Dice d, List<ParaBlockInfo> para) {
        BlockName included = d.pick(para).name();
        BlockName parent = d.chance(0.4) ? included : d.pick(para).name();
        long paraSlot = d.betweenLong(0, 200);
        return new BuildOpportunity(parent, included, d.chance(0.8), d.between(0, 3), paraSlot,
                paraSlot / d.between(1, 3), d.chance(0.5));
    }

    private static SlotTiming timing(Dice d) {
        return new SlotTiming(d.pick(PARA_SLOTS), d.chance(0.8) ? 6000 : d.pick(PARA_SLOTS), d.weighted(1, 5, 4, 3,
                2, 2) == 0 ? 0 : d.between(1, 16));
    }

    private static MessagingState state(Dice d) {
        TreeMap<ParaId, EgressChannel> channels = new TreeMap<>();
        for (ParaId p : PARAS) {
            if (d.chance(0.75)) {
                long capacity = d.between(0, 5);
                long size = d.between(0, 200);
                channels.put(p, new EgressChannel(capacity, size, d.between(0, 80), d.around(capacity),
                        d.around(size / 2)));
            }
        }
        return new MessagingState(d.between(0, 8), d.between(0, 300), channels);
    }

    private static OutboundRequest outbound(Dice d) {
        MessagingState state = state(d);
        TreeMap<ParaId, ChannelUsage> used = new TreeMap<>();
        for (ParaId p : PARAS) {
            if (d.chance(0.4)) {
                used.put(p, ChannelUsage.of(d.between(0, 3), d.between(0, 120)));
            }
        }
        UsedBandwidth segment = new UsedBandwidth(d.around(state.relayDispatchRemainingCount() / 2),
                d.around(state.relayDispatchRemainingSize() / 2), used);
        List<Message> upward = new ArrayList<>();
        for (int i = d.between(0, 6); i > 0; i--) {
            upward.add(new Message("u" + i, d.between(0, 90)));
        }
        TreeMap<ParaId, List<Message>> horizontal = new TreeMap<>();
        for (ParaId p : PARAS) {
            List<Message> queue = new ArrayList<>();
            for (int i = d.between(0, 3); i > 0; i--) {
                queue.add(new Message("h" + p.value() + "-" + i, d.between(0, 90)));
            }
            if (!queue.isEmpty() || d.chance(0.1)) {
                horizontal.put(p, queue);
            }
        }
        if (d.chance(0.3)) {
            horizontal.clear();
        }
        return new OutboundRequest(state, segment, d.between(0, 6), d.between(0, 4), upward, horizontal);
    }

    private static InboundRequest inbound(Dice d) {
        long last = d.between(0, 20);
        List<InboundMessage> downward = new ArrayList<>();
        long sentAt = Math.max(0, last - d.between(0, 4));
        for (int i = d.between(0, 5); i > 0; i--) {
            downward.add(new InboundMessage("d" + i, sentAt));
            sentAt += d.between(0, 2);
        }
        TreeMap<ParaId, List<InboundMessage>> horizontal = new TreeMap<>();
        for (ParaId p : PARAS) {
            if (d.chance(0.5)) {
                List<InboundMessage> queue = new ArrayList<>();
                long at = Math.max(0, last - d.between(0, 3));
                for (int i = d.between(0, 4); i > 0; i--) {
                    queue.add(new InboundMessage("x" + p.value() + "-" + i, at));
                    at += d.between(0, 2);
                }
                horizontal.put(p, queue);
            }
        }
        return new InboundRequest(last, new InboundMessages(downward, horizontal));
    }

    @Override
    public List<CollatorView> simplerParameters(CollatorView view) {
        if (view.paraBlocks().size() <= 1) {
            return List.of();
        }
        List<ParaBlockInfo> fewer = new ArrayList<>(view.paraBlocks());
        fewer.remove(fewer.size() - 1);
        return Optional.of(new CollatorView(view.relayChain(), fewer)).stream().toList();
    }
}
