package dev.abkit.reference.collator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Checks;
import dev.abkit.model.ParaId;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.vectors.subjects.CollatorVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The collator model on the world of the collator vectors (I included on R1; A, B, C, D in a chain on R2 .. R5; A2
 * beside A on R3; B2 beside B on R5; R6 opens session 1), one test per rule, each with both sides.
 */
class CollatorModelTest {
    private final List<String> reports = new ArrayList<>();
    private final Checks checks = new Checks((rule, held) -> reports.add(rule + (held ? " held" : " fired")));

    private ParentSearch search(Profile profile) {
        return new ParentSearch(checks, profile, CollatorVectors.world());
    }

    private String parents(String relayParent, String included, Pending pending, int lookback, int maxDepth,
            boolean ignore) {
        return parents(Profile.BASELINE, relayParent, included, pending, lookback, maxDepth, ignore);
    }

    private String parents(Profile profile, String relayParent, String included, Pending pending, int lookback,
            int maxDepth, boolean ignore) {
        return search(profile).potentialParents(params(relayParent, included, pending, lookback, maxDepth, ignore))
                .stream().map(CollatorVectors::describe).collect(Collectors.joining(" "));
    }

    private static ParentSearchParams params(String relayParent, String included, Pending pending, int lookback,
            int maxDepth, boolean ignore) {
        return new ParentSearchParams(BlockName.of(relayParent), BlockName.of(included), pending, lookback, maxDepth,
                ignore);
    }

    private static Pending pending(String name) {
        return new Pending.PendingBlock(BlockName.of(name));
    }

    private static final Pending NONE = new Pending.NoPending();

    private boolean reported(RuleId rule, boolean held) {
        return reports.contains(rule + (held ? " held" : " fired"));
    }

    @Test
    @DisplayName("AB-COL-001 an unknown included block leaves no potential parent; a known one starts the search")
    void unknownIncluded() {
        assertEquals("", parents("R4", "X", NONE, 2, 10, true));
        assertTrue(reported(CollatorRules.AB_COL_001, false));
        assertEquals("I@0 A@1 A2@1 B@2", parents("R3", "I", NONE, 1, 10, false));
        assertTrue(reported(CollatorRules.AB_COL_001, true));
    }

    @Test
    @DisplayName("AB-COL-002 the included block is at depth 0 and alone with max_depth 0, whatever its relay parent")
    void includedFirst() {
        assertEquals("I@0", parents("R4", "I", NONE, 2, 0, false));
        assertEquals("I@0", parents("R5", "I", NONE, 1, 10, false));
        assertEquals("I@0", parents("R5", "I", pending("B"), 1, 0, true));
    }

    @Test
    @DisplayName("AB-COL-003 relay parents within ancestry_lookback + 1, one session, not below block 1")
    void ancestry() {
        assertEquals("I@0 A@1 A2@1 B@2 C@3", parents("R4", "I", NONE, 2, 10, false));
        assertEquals("I@0 A2@1", parents("R4", "I", NONE, 1, 10, false));
        assertEquals("I@0", parents("R6", "I", NONE, 3, 10, false));
        assertEquals("I@0 A@1 A2@1 B@2 B2@2 C@3 D@4", parents("R5", "I", NONE, 4, 10, false));
        CollatorView early = new CollatorView(CollatorVectors.world().relayChain(), List.of(
                new ParaBlockInfo(BlockName.of("I"), BlockName.of("H"), BlockName.of("R1")),
                new ParaBlockInfo(BlockName.of("E"), BlockName.of("I"), BlockName.of("R0"))));
        assertEquals(List.of(new PotentialParent(BlockName.of("I"), 0, true)),
                new ParentSearch(checks, Profile.BASELINE, early).potentialParents(params("R2", "I", NONE, 5, 10,
                        false)));
        assertTrue(reported(CollatorRules.AB_COL_003, true) && reported(CollatorRules.AB_COL_003, false));
    }

    @Test
    @DisplayName("AB-COL-004 depth at most max_depth, on the path to the pending block as well")
    void depth() {
        assertEquals("I@0 A@1 A2@1 B@2 B2@2", parents("R5", "I", NONE, 4, 2, false));
        assertEquals("I@0 A@1 B@2", parents("R5", "I", pending("D"), 4, 2, true));
        assertEquals("I@0 A@1 B@2 C@3", parents("R5", "I", pending("B"), 4, 3, true));
        assertEquals("I@0 A@1 B@2 C@3 D@4", parents("R5", "I", pending("D"), 4, 4, true));
    }

    @Test
    @DisplayName("AB-COL-005 siblings of the path to the pending block are not aligned and are dropped when ignored")
    void alignment() {
        assertEquals("I@0 A@1 A2@1~ B@2 B2@2~ C@3 D@4", parents("R5", "I", pending("B"), 4, 10, false));
        assertEquals("I@0 A@1 B@2 C@3 D@4", parents("R5", "I", pending("B"), 4, 10, true));
        assertEquals("", parents("R5", "A", pending("A2"), 4, 10, true));
        assertEquals("A@0 B@1 B2@1 C@2 D@3", parents("R5", "A", pending("A2"), 4, 10, false).replace("~", ""));
    }

    @Test
    @DisplayName("AB-COL-006 unknown pending block: no parent, a search without it, or the included block by profile")
    void unknownPending() {
        assertEquals("", parents("R4", "I", pending("Y"), 2, 10, true));
        assertEquals("I@0 A@1 A2@1 B@2 C@3", parents("R4", "I", pending("Y"), 2, 10, false));
        assertEquals("I@0", parents(Profile.of(Variant.UNKNOWN_PENDING_INCLUDED_ONLY), "R4", "I", pending("Y"), 2, 10,
                true));
        assertEquals("I@0 A@1 A2@1 B@2 C@3", parents("R4", "I", pending("I"), 2, 10, true));
    }

    @Test
    @DisplayName("AB-COL-007 the collator builds on the deepest potential parent, or on nothing")
    void deepest() {
        ParentSearch search = search(Profile.BASELINE);
        assertEquals(new PotentialParent(BlockName.of("D"), 4, true),
                search.buildParent(params("R5", "I", pending("B"), 4, 10, true)).orElseThrow());
        assertEquals(new PotentialParent(BlockName.of("A2"), 1, true),
                search.buildParent(params("R4", "I", NONE, 1, 10, true)).orElseThrow());
        assertTrue(search.buildParent(params("R4", "X", NONE, 1, 10, true)).isEmpty());
        assertEquals(new PotentialParent(BlockName.of("I"), 0, true),
                search.buildParent(params("R4", "I", NONE, 1, 0, true)).orElseThrow());
        assertTrue(reported(CollatorRules.AB_COL_007, true) && reported(CollatorRules.AB_COL_007, false));
    }

    private static BuildOpportunity opportunity(String parent, boolean claims, int api, boolean allows) {
        return new BuildOpportunity(BlockName.of(parent), BlockName.of("I"), claims, api, 82, 41, allows);
    }

    @Test
    @DisplayName("AB-COL-008 no slot claim, no block and no runtime call")
    void slotClaim() {
        BuildRules rules = new BuildRules(checks, Profile.BASELINE);
        assertEquals(new BuildDecision(false, new RuntimeCall.NotCalled()), rules.decide(opportunity("I", false, 2,
                true)));
        assertEquals(new BuildDecision(true, new RuntimeCall.NotCalled()), rules.decide(opportunity("I", true, 2,
                true)));
    }

    @Test
    @DisplayName("AB-COL-009 the included parent bypasses the runtime, except under no-included-parent-bypass")
    void bypass() {
        assertEquals(new BuildDecision(true, new RuntimeCall.NotCalled()),
                new BuildRules(checks, Profile.BASELINE).decide(opportunity("I", true, 2, false)));
        assertEquals(new BuildDecision(false, new RuntimeCall.CalledWithSlot(41)),
                new BuildRules(checks, Profile.of(Variant.NO_INCLUDED_PARENT_BYPASS))
                        .decide(opportunity("I", true, 2, false)));
        assertEquals(new BuildDecision(false, new RuntimeCall.CalledWithSlot(41)),
                new BuildRules(checks, Profile.BASELINE).decide(opportunity("B", true, 2, false)));
    }

    @Test
    @DisplayName("AB-COL-010 relay slot from API version 2, para slot for version 1, no build without the API")
    void apiVersion() {
        BuildRules rules = new BuildRules(checks, Profile.BASELINE);
        assertEquals(new RuntimeCall.CalledWithSlot(41), rules.decide(opportunity("B", true, 2, true)).runtimeCall());
        assertEquals(new RuntimeCall.CalledWithSlot(82), rules.decide(opportunity("B", true, 1, true)).runtimeCall());
        assertEquals(new BuildDecision(false, new RuntimeCall.NotCalled()), rules.decide(opportunity("B", true, 0,
                true)));
    }

    @Test
    @DisplayName("AB-COL-011 intervals of upstream's slot timer table")
    void interval() {
        BuildRules rules = new BuildRules(checks, Profile.BASELINE);
        long[][] table = {{6000, 1, 6000}, {6000, 0, 6000}, {6000, 3, 2000}, {6000, 2, 3000}, {6000, 12, 500},
            {6000, 100, 500}, {2000, 1, 2000}, {2000, 3, 2000}, {12000, 1, 6000}, {12000, 2, 3000}, {12000, 3, 2000},
            {6000, 7, 857}};
        for (long[] row : table) {
            assertEquals(row[2], rules.productionIntervalMillis(new SlotTiming(row[0], 6000, (int) row[1])),
                    row[0] + " ms, " + row[1] + " cores");
        }
        assertThrows(IllegalArgumentException.class, () -> new SlotTiming(0, 6000, 1));
        SlotTiming three = new SlotTiming(6000, 6000, 3);
        assertEquals(1, rules.waitMillis(three, 11_999, 0));
        assertEquals(2000, rules.waitMillis(three, 12_000, 0));
        assertEquals(1500, rules.waitMillis(three, 12_000, 1500));
        assertEquals(2000, rules.waitMillis(three, 1000, 5000));
    }

    @Test
    @DisplayName("AB-COL-012 blocks per relay slot: attempts, at most velocity + 1")
    void blocksPerSlot() {
        BuildRules rules = new BuildRules(checks, Profile.BASELINE);
        SlotTiming oneCore = new SlotTiming(6000, 6000, 1);
        SlotTiming threeCores = new SlotTiming(6000, 6000, 3);
        assertEquals(2, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.LOOKAHEAD, 0, oneCore)));
        assertEquals(2, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.LOOKAHEAD, 5, oneCore)));
        assertEquals(1, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.SLOT_BASED, 1, oneCore)));
        assertEquals(2, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.SLOT_BASED, 1, threeCores)));
        assertEquals(3, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.SLOT_BASED, 2, threeCores)));
        assertEquals(7, rules.blocksPerRelaySlot(new AuthoringPace(CollatorKind.SLOT_BASED, 9,
                new SlotTiming(6000, 6000, 7))));
    }

    private static final ParaId P2000 = ParaId.of(2000);

    private static OutboundRequest upward(long count, long size, UsedBandwidth used, long perCandidate,
            long... sizes) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            messages.add(new Message("u" + (i + 1), sizes[i]));
        }
        return new OutboundRequest(new MessagingState(count, size, new TreeMap<>()), used, perCandidate, 4, messages,
                new TreeMap<>());
    }

    @Test
    @DisplayName("AB-RTD-001 the longest prefix of upward messages within the relay, segment and candidate limits")
    void upwardSelection() {
        AuthoringRuntime runtime = new AuthoringRuntime(checks);
        OutboundSelection s = runtime.selectOutbound(upward(5, 100, UsedBandwidth.ump(2, 30), 10, 20, 30, 20, 5));
        assertEquals(List.of("u1", "u2", "u3"), s.sentUpward().stream().map(Message::name).toList());
        assertEquals(List.of("u4"), s.keptUpward().stream().map(Message::name).toList());
        assertEquals(UsedBandwidth.ump(3, 70), s.used());
        assertEquals(1, runtime.selectOutbound(upward(10, 1000, UsedBandwidth.NONE, 1, 1, 1)).sentUpward().size());
        assertEquals(0, runtime.selectOutbound(upward(10, 80, UsedBandwidth.ump(1, 30), 10, 51, 1)).sentUpward()
                .size());
        assertEquals(2, runtime.selectOutbound(upward(3, 80, UsedBandwidth.ump(5, 90), 10, 0)).keptUpward().size()
                + 1);
    }

    private static OutboundRequest horizontal(EgressChannel channel, UsedBandwidth used, long perCandidate,
            Message... messages) {
        return new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(P2000, channel))), used, 10,
                perCandidate, List.of(), new TreeMap<>(Map.of(P2000, List.of(messages))));
    }

    @Test
    @DisplayName("AB-RTD-002 one horizontal message per channel with room after the segment's usage, the rest kept")
    void horizontalSelection() {
        AuthoringRuntime runtime = new AuthoringRuntime(checks);
        EgressChannel channel = new EgressChannel(3, 100, 50, 1, 10);
        Message m1 = new Message("h1", 40);
        Message m2 = new Message("h2", 10);
        OutboundSelection s = runtime.selectOutbound(horizontal(channel, UsedBandwidth.NONE, 10, m1, m2));
        assertEquals(Map.of(P2000, m1), s.sentHorizontal());
        assertEquals(Map.of(P2000, List.of(m2)), s.keptHorizontal());
        assertTrue(runtime.selectOutbound(horizontal(channel, UsedBandwidth.hrmp(P2000, 1, 60), 10, m1))
                .sentHorizontal().isEmpty());
        assertTrue(runtime.selectOutbound(horizontal(channel, UsedBandwidth.hrmp(P2000, 1, 10), 10, m1))
                .sentHorizontal().containsKey(P2000));
        assertTrue(runtime.selectOutbound(horizontal(channel, UsedBandwidth.hrmp(P2000, 2, 0), 10, m2))
                .sentHorizontal().isEmpty());
        assertTrue(runtime.selectOutbound(horizontal(channel, UsedBandwidth.NONE, 0, m2)).sentHorizontal().isEmpty());
        assertTrue(runtime.selectOutbound(horizontal(channel, UsedBandwidth.NONE, 1, new Message("big", 51)))
                .sentHorizontal().isEmpty());
    }

    @Test
    @DisplayName("AB-RTD-003 a signal is acted on once per segment; another one, or a go-ahead without code, panics")
    void goAhead() {
        AuthoringRuntime runtime = new AuthoringRuntime(checks);
        assertEquals(new GoAheadDecision(GoAheadAction.APPLY_CODE, UpgradeSignal.GO_AHEAD),
                runtime.goAhead(new GoAheadSituation(UpgradeSignal.GO_AHEAD, UpgradeSignal.NONE, true)));
        assertEquals(new GoAheadDecision(GoAheadAction.IGNORE_CONSUMED, UpgradeSignal.NONE),
                runtime.goAhead(new GoAheadSituation(UpgradeSignal.GO_AHEAD, UpgradeSignal.GO_AHEAD, true)));
        assertEquals(GoAheadAction.PANIC_SIGNAL_MISMATCH,
                runtime.goAhead(new GoAheadSituation(UpgradeSignal.ABORT, UpgradeSignal.GO_AHEAD, true)).action());
        assertEquals(GoAheadAction.PANIC_NO_PENDING_CODE,
                runtime.goAhead(new GoAheadSituation(UpgradeSignal.GO_AHEAD, UpgradeSignal.NONE, false)).action());
        assertEquals(new GoAheadDecision(GoAheadAction.DISCARD_CODE, UpgradeSignal.ABORT),
                runtime.goAhead(new GoAheadSituation(UpgradeSignal.ABORT, UpgradeSignal.NONE, false)));
    }

    @Test
    @DisplayName("AB-RTD-004 outbound limits are the remaining queue and capacity minus usage, saturating at zero")
    void limits() {
        AuthoringRuntime runtime = new AuthoringRuntime(checks);
        assertEquals(new BandwidthLimits(8, 900, new TreeMap<>(Map.of(P2000, ChannelLimits.of(7, 750)))),
                runtime.outboundLimits(new MessagingState(8, 900, new TreeMap<>(Map.of(P2000,
                        new EgressChannel(10, 1000, 100, 3, 250))))));
        assertEquals(ChannelLimits.of(0, 50), runtime.outboundLimits(new MessagingState(0, 0, new TreeMap<>(Map.of(
                P2000, new EgressChannel(2, 100, 100, 3, 50))))).hrmpChannels().get(P2000));
        assertEquals(ChannelLimits.of(1, 0), runtime.outboundLimits(new MessagingState(0, 0, new TreeMap<>(Map.of(
                P2000, new EgressChannel(2, 100, 100, 1, 101))))).hrmpChannels().get(P2000));
    }

    @Test
    @DisplayName("AB-RTD-005 messages sent at or before the parent's relay parent are dropped from the front")
    void inbound() {
        AuthoringRuntime runtime = new AuthoringRuntime(checks);
        InboundMessages offered = new InboundMessages(List.of(new InboundMessage("d1", 9),
                new InboundMessage("d2", 10), new InboundMessage("d3", 11), new InboundMessage("d4", 3)),
                new TreeMap<>(Map.of(P2000, List.of(new InboundMessage("x1", 12)))));
        InboundMessages left = runtime.toProcess(new InboundRequest(10, offered));
        assertEquals(List.of("d3", "d4"), left.downward().stream().map(InboundMessage::name).toList());
        assertEquals(1, left.horizontal().get(P2000).size());
        assertEquals(offered, runtime.toProcess(new InboundRequest(0, offered)));
        assertFalse(runtime.toProcess(new InboundRequest(12, offered)).horizontal().get(P2000).iterator().hasNext());
    }
}
