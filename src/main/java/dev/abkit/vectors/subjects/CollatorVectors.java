package dev.abkit.vectors.subjects;

import static dev.abkit.reference.collator.CollatorRules.AB_COL_001;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_002;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_003;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_004;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_005;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_006;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_007;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_008;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_009;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_010;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_011;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_012;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_001;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_002;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_003;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_004;
import static dev.abkit.reference.collator.CollatorRules.AB_RTD_005;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.model.ParaId;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BlockName;
import dev.abkit.reference.collator.BuildDecision;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.CollatorKind;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.EgressChannel;
import dev.abkit.reference.collator.GoAheadAction;
import dev.abkit.reference.collator.GoAheadDecision;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessage;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.Message;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.OutboundSelection;
import dev.abkit.reference.collator.ParaBlockInfo;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.Pending;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.RelayBlockInfo;
import dev.abkit.reference.collator.RuntimeCall;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.CaseSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The vectors of areas COL and RTD. Parent searches run on a small world: relay blocks R0 .. R6 (blocks built on R6
 * are in session 1) and the local parachain blocks I (included, built on R1), A on R2, B on R3, C on R4, D on R5 in a
 * chain, with A2 (on R3) beside A and B2 (on R5) beside B, and Z (on R2), whose parent Q the collator does not have.
 * Every check states the answer it intends (potential parents as {@code name@depth}, a trailing {@code ~} for a block
 * not aligned with the pending block); generation stops when the reference disagrees.
 */
public final class CollatorVectors extends CaseSource {
    private static final CollatorDriver DRIVER = new CollatorDriver();
    private static final ParaId P2000 = ParaId.of(2000);
    private static final ParaId P3000 = ParaId.of(3000);
    private static final ParaId P4000 = ParaId.of(4000);
    private static final ParaId P5000 = ParaId.of(5000);

    public CollatorVectors() {
        super("collator-cases", 1);
    }

    /** The world of the parent searches. */
    public static CollatorView world() {
        List<RelayBlockInfo> relay = new ArrayList<>();
        relay.add(new RelayBlockInfo(name("R0"), 0, name("genesis-parent"), 0));
        for (int i = 1; i <= 6; i++) {
            relay.add(new RelayBlockInfo(name("R" + i), i, name("R" + (i - 1)), i == 6 ? 1 : 0));
        }
        List<ParaBlockInfo> para = List.of(
                block("I", "H", "R1"), block("A", "I", "R2"), block("A2", "I", "R3"), block("B", "A", "R3"),
                block("B2", "A", "R5"), block("C", "B", "R4"), block("D", "C", "R5"), block("Z", "Q", "R2"));
        return new CollatorView(relay, para);
    }

    @Override
    protected void write() {
        includedUnknown();
        includedFirst();
        ancestry();
        depth();
        alignment();
        unknownPending();
        deepest();
        slotClaim();
        includedBypass();
        apiVersion();
        interval();
        waitForNextAttempt();
        blocksPerSlot();
        upward();
        horizontal();
        horizontalFirstFit();
        horizontalBoundaries();
        goAhead();
        limits();
        inbound();
    }

    private void includedUnknown() {
        col("col-001-included-unknown-no-parents",
                "the included block X is not in the collator's database: no potential parent, nothing to build on",
                AB_COL_001)
                .parents(search("R4", "X", none(), 2, 10, true), "")
                .buildParent(search("R4", "X", none(), 2, 10, true), "none")
                .done();
        col("col-001-included-known-search-goes-on",
                "the included block I is known: the search starts from it and finds its descendants", AB_COL_001)
                .parents(search("R3", "I", none(), 1, 10, false), "I@0 A@1 A2@1 B@2")
                .done();
    }

    private void includedFirst() {
        col("col-002-max-depth-0-only-included", "with max_depth 0 the included block is the only potential parent",
                AB_COL_002)
                .parents(search("R4", "I", none(), 2, 0, false), "I@0")
                .buildParent(search("R4", "I", none(), 2, 0, false), "I@0")
                .done();
        col("col-002-included-although-relay-parent-left-ancestry",
                "the included block I, built on R1, is a potential parent for R5 with lookback 1 although R1 is out",
                AB_COL_002, AB_COL_003)
                .parents(search("R5", "I", none(), 1, 10, false), "I@0")
                .done();
    }

    private void ancestry() {
        col("col-003-lookback-2-from-r4",
                "relay parent R4 with ancestry_lookback 2 accepts relay parents R2 .. R4: A, A2, B and C, not D on R5",
                AB_COL_003)
                .parents(search("R4", "I", none(), 2, 10, false), "I@0 A@1 A2@1 B@2 C@3")
                .done();
        col("col-003-lookback-1-cuts-the-chain",
                "relay parent R4 with ancestry_lookback 1 accepts R3 and R4 only: A on R2 fails and its descendants "
                        + "are not searched", AB_COL_003)
                .parents(search("R4", "I", none(), 1, 10, false), "I@0 A2@1")
                .done();
        col("col-003-session-change-ends-the-ancestry",
                "relay parent R6 opens session 1: its ancestry is R6 alone, so nothing built on R5 is a parent",
                AB_COL_003)
                .parents(search("R6", "I", none(), 3, 10, false), "I@0")
                .done();
        CollatorView early = new CollatorView(world().relayChain(), List.of(block("I", "H", "R1"),
                block("E", "I", "R0"), block("F", "I", "R1")));
        col("col-003-ancestry-stops-at-block-1",
                "relay parent R2 with ancestry_lookback 5 reaches R1 and stops: E built on R0 is no parent, F on R1 is",
                early, Profile.BASELINE, AB_COL_003)
                .parents(search("R2", "I", none(), 5, 10, false), "I@0 F@1")
                .done();
    }

    private void depth() {
        col("col-004-max-depth-2", "with max_depth 2 the search stops at depth 2: B is a parent, C is not",
                AB_COL_004)
                .parents(search("R5", "I", none(), 4, 2, false), "I@0 A@1 A2@1 B@2 B2@2")
                .done();
        col("col-004-max-depth-caps-the-path-to-pending",
                "alternatives ignored, D pending at depth 4 and max_depth 2: the path is taken up to B, D is left out",
                AB_COL_004, AB_COL_005)
                .parents(search("R5", "I", pending("D"), 4, 2, true), "I@0 A@1 B@2")
                .done();
        col("col-004-pending-at-max-depth",
                "alternatives ignored, A pending at depth 1 and max_depth 1: the pending block is the deepest parent",
                AB_COL_004)
                .parents(search("R5", "I", pending("A"), 4, 1, true), "I@0 A@1")
                .buildParent(search("R5", "I", pending("A"), 4, 1, true), "A@1")
                .done();
        col("col-004-max-depth-reaches-pending",
                "alternatives ignored, B pending at depth 2 and max_depth 3: A and B, and C at depth 3, not D",
                AB_COL_004)
                .parents(search("R5", "I", pending("B"), 4, 3, true), "I@0 A@1 B@2 C@3")
                .done();
    }

    private void alignment() {
        col("col-005-siblings-of-the-path-not-aligned",
                "B pending: A2 beside A and B2 beside B are potential parents but not aligned with the pending block",
                AB_COL_005)
                .parents(search("R5", "I", pending("B"), 4, 10, false), "I@0 A@1 A2@1~ B@2 B2@2~ C@3 D@4")
                .done();
        col("col-005-alternatives-ignored",
                "B pending and alternative branches ignored: A2 and B2 are dropped, the search goes on from B",
                AB_COL_005)
                .parents(search("R5", "I", pending("B"), 4, 10, true), "I@0 A@1 B@2 C@3 D@4")
                .done();
        col("col-005-nothing-pending-all-aligned",
                "nothing pending: every potential parent is aligned, branches included", AB_COL_005)
                .parents(search("R5", "I", none(), 4, 10, true), "I@0 A@1 A2@1 B@2 B2@2 C@3 D@4")
                .done();
        col("col-005-pending-on-no-known-branch",
                "the pending block Z shares no known ancestor with the included block I: no parent, alternatives "
                        + "ignored or not", AB_COL_005)
                .parents(search("R5", "I", pending("Z"), 4, 10, true), "")
                .parents(search("R5", "I", pending("Z"), 4, 10, false), "")
                .done();
        col("col-005-pending-behind-the-included-block",
                "alternatives kept, the pending block A is an ancestor of the included block B: the route to it is "
                        + "empty, so every descendant of B is aligned", AB_COL_005)
                .parents(search("R5", "B", pending("A"), 4, 10, false), "B@0 C@1 D@2")
                .done();
        col("col-005-pending-off-the-included-chain",
                "alternatives ignored and the pending block A2 does not descend from the included block A: no parent",
                AB_COL_005)
                .parents(search("R5", "A", pending("A2"), 4, 10, true), "")
                .done();
    }

    private void unknownPending() {
        col("col-006-unknown-pending-no-parent",
                "the pending block Y is unknown and alternatives are ignored: no potential parent", AB_COL_006)
                .parents(search("R4", "I", pending("Y"), 2, 10, true), "")
                .buildParent(search("R4", "I", pending("Y"), 2, 10, true), "none")
                .done();
        col("col-006-unknown-pending-searched-without-it",
                "the pending block Y is unknown and alternatives are kept: the search runs as if nothing were pending",
                AB_COL_006)
                .parents(search("R4", "I", pending("Y"), 2, 10, false), "I@0 A@1 A2@1 B@2 C@3")
                .done();
        col("col-006-unknown-pending-included-only-profile",
                "under the unknown-pending-included-only profile an unknown pending block leaves the included block",
                world(), Profile.of(Variant.UNKNOWN_PENDING_INCLUDED_ONLY), AB_COL_006)
                .parents(search("R4", "I", pending("Y"), 2, 10, true), "I@0")
                .done();
    }

    private void deepest() {
        col("col-007-builds-on-the-deepest",
                "with relay parent R5 and B pending the collator builds on D, the deepest potential parent",
                AB_COL_007)
                .buildParent(search("R5", "I", pending("B"), 4, 10, true), "D@4")
                .done();
        col("col-007-builds-on-the-pending-block",
                "with relay parent R3 and A pending the collator builds on B at depth 2, not on A", AB_COL_007)
                .buildParent(search("R3", "I", pending("A"), 1, 10, true), "B@2")
                .done();
    }

    private void slotClaim() {
        col("col-008-no-slot-claim-no-block",
                "a collator without the slot claim builds nothing, even on the included block", AB_COL_008)
                .decide(opportunity("I", "I", false, 2, true), false, -1)
                .decide(opportunity("B", "I", false, 2, true), false, -1)
                .done();
        col("col-008-slot-claim-builds",
                "a collator with the slot claim builds on the included block", AB_COL_008, AB_COL_009)
                .decide(opportunity("I", "I", true, 2, true), true, -1)
                .done();
    }

    private void includedBypass() {
        col("col-009-included-parent-bypasses-the-runtime",
                "on the included block the collator builds although the runtime would refuse, without asking it",
                AB_COL_009)
                .decide(opportunity("I", "I", true, 2, false), true, -1)
                .done();
        col("col-009-other-parent-asks-the-runtime",
                "on an unincluded parent the collator asks the runtime, and a refusal stops it", AB_COL_009,
                AB_COL_010)
                .decide(opportunity("B", "I", true, 2, false), false, 41)
                .decide(opportunity("B", "I", true, 2, true), true, 41)
                .done();
        col("col-009-no-bypass-profile",
                "under the no-included-parent-bypass profile the runtime is asked on the included block too, and its "
                        + "refusal stops the collator", CollatorView.EMPTY,
                Profile.of(Variant.NO_INCLUDED_PARENT_BYPASS), AB_COL_009)
                .decide(opportunity("I", "I", true, 2, false), false, 41)
                .done();
    }

    private void apiVersion() {
        col("col-010-api-version-2-relay-slot", "API version 2 is asked with the relay slot 41", AB_COL_010)
                .decide(opportunity("B", "I", true, 2, true), true, 41)
                .decide(opportunity("B", "I", true, 3, true), true, 41)
                .done();
        col("col-010-api-version-1-para-slot", "API version 1 is asked with the parachain slot 82", AB_COL_010)
                .decide(opportunity("B", "I", true, 1, true), true, 82)
                .done();
        col("col-010-no-api-only-included", "a runtime without the API lets the collator build on the included "
                + "block only", AB_COL_010, AB_COL_009)
                .decide(opportunity("B", "I", true, 0, true), false, -1)
                .decide(opportunity("I", "I", true, 0, true), true, -1)
                .done();
    }

    private void interval() {
        col("col-011-one-core-every-slot", "6 s slots and one core: an attempt every 6 s; 2 s slots: every 2 s, the "
                + "cores ignored; no core reported: once per relay slot", AB_COL_011)
                .interval(6000, 6000, 1, 6000)
                .interval(2000, 6000, 3, 2000)
                .interval(12000, 6000, 1, 6000)
                .interval(6000, 6000, 0, 6000)
                .interval(12000, 6000, 0, 6000)
                .done();
        col("col-011-cores-split-the-relay-slot", "6 s slots and 3 cores: every 2 s; 12 s slots and 2 cores: every "
                + "3 s", AB_COL_011)
                .interval(6000, 6000, 3, 2000)
                .interval(12000, 6000, 2, 3000)
                .done();
        col("col-011-500-ms-floor", "12 cores give 500 ms; 13 and 100 cores stay at the 500 ms floor", AB_COL_011)
                .interval(6000, 6000, 12, 500)
                .interval(6000, 6000, 13, 500)
                .interval(6000, 6000, 100, 500)
                .done();
    }

    private void waitForNextAttempt() {
        col("col-011-wait-for-next-attempt", "upstream's slot timer table: the wait from now to the next multiple of "
                + "the interval, the clock shifted back by the offset", AB_COL_011)
                .waitFor(6000, 1, 1000, 0, 5000)
                .waitFor(6000, 1, 0, 0, 6000)
                .waitFor(6000, 1, 6000, 0, 6000)
                .waitFor(6000, 0, 6000, 0, 6000)
                .waitFor(6000, 1, 1000, 1000, 6000)
                .waitFor(6000, 1, 12000, 2000, 2000)
                .waitFor(6000, 1, 12000, 7000, 1000)
                .waitFor(6000, 3, 12000, 0, 2000)
                .waitFor(6000, 2, 12000, 0, 3000)
                .waitFor(6000, 3, 11999, 0, 1)
                .waitFor(6000, 12, 0, 0, 500)
                .waitFor(6000, 100, 0, 0, 500)
                .done();
        col("col-011-wait-with-other-slot-lengths", "upstream's slot timer table for 2 s and 12 s parachain slots",
                AB_COL_011)
                .waitFor(2000, 1, 1000, 0, 1000)
                .waitFor(2000, 1, 3000, 0, 1000)
                .waitFor(2000, 1, 10000, 0, 2000)
                .waitFor(2000, 2, 1000, 0, 1000)
                .waitFor(2000, 3, 3000, 0, 1000)
                .waitFor(12000, 1, 0, 0, 6000)
                .waitFor(12000, 1, 6100, 0, 5900)
                .waitFor(12000, 1, 6000, 2000, 2000)
                .waitFor(12000, 2, 6000, 0, 3000)
                .waitFor(12000, 3, 6000, 0, 2000)
                .waitFor(12000, 3, 8100, 0, 1900)
                .done();
    }

    private void blocksPerSlot() {
        col("col-012-lookahead-two-per-import", "the lookahead collator authors two blocks per relay slot with "
                + "velocity 1, 0 (counted as 1) or 3", AB_COL_012)
                .blocks(CollatorKind.LOOKAHEAD, 1, 6000, 1, 2)
                .blocks(CollatorKind.LOOKAHEAD, 0, 6000, 1, 2)
                .blocks(CollatorKind.LOOKAHEAD, 3, 6000, 1, 2)
                .done();
        col("col-012-slot-based-bounded-by-velocity", "the slot-based collator with three cores attempts three "
                + "blocks per relay slot: velocity 1 lets two through, velocity 2 all three", AB_COL_012, AB_COL_011)
                .blocks(CollatorKind.SLOT_BASED, 1, 6000, 3, 2)
                .blocks(CollatorKind.SLOT_BASED, 2, 6000, 3, 3)
                .blocks(CollatorKind.SLOT_BASED, 1, 6000, 1, 1)
                .done();
    }

    private void upward() {
        OutboundRequest request = outbound(5, 100, UsedBandwidth.ump(2, 30), 10, 4,
                List.of(msg("u1", 20), msg("u2", 30), msg("u3", 20), msg("u4", 5)), Map.of());
        col("rtd-001-segment-usage-leaves-three", "remaining 5 messages and 100 bytes, 2 and 30 used by the segment: "
                + "u1 .. u3 (70 bytes) go, u4 is kept", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_001)
                .outbound(request, "u1 u2 u3", "u4", "", "")
                .done();
        col("rtd-001-per-candidate-bottleneck", "max_upward_message_num_per_candidate 1: only u1 goes, u2 and u3 are "
                + "kept", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_001)
                .outbound(outbound(10, 1000, UsedBandwidth.NONE, 1, 4,
                        List.of(msg("u1", 10), msg("u2", 10), msg("u3", 10)), Map.of()), "u1", "u2 u3", "", "")
                .done();
        col("rtd-001-segment-count-bottleneck", "room for 3 messages, 1 used by the segment: u1 and u2 go, u3 is kept "
                + "although its bytes would fit", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_001)
                .outbound(outbound(3, 1000, UsedBandwidth.ump(1, 1), 10, 4,
                        List.of(msg("u1", 1), msg("u2", 1), msg("u3", 1)), Map.of()), "u1 u2", "u3", "", "")
                .done();
        col("rtd-001-relay-size-bottleneck", "50 bytes left after the segment: u1 of 60 bytes does not fit and stops "
                + "the queue, u2 of 5 bytes waits behind it", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_001)
                .outbound(outbound(10, 80, UsedBandwidth.ump(1, 30), 10, 4, List.of(msg("u1", 60), msg("u2", 5)),
                        Map.of()), "", "u1 u2", "", "")
                .outbound(outbound(10, 80, UsedBandwidth.ump(1, 30), 10, 4, List.of(msg("u1", 50), msg("u2", 1)),
                        Map.of()), "u1", "u2", "", "")
                .done();
    }

    private void horizontal() {
        Map<ParaId, List<Message>> queues = Map.of(P2000, List.of(msg("h1", 40), msg("h2", 10)),
                P3000, List.of(msg("h3", 10)), P4000, List.of(msg("h4", 10)), P5000, List.of(msg("h5", 60)));
        UsedBandwidth segment = new UsedBandwidth(0, 0, new TreeMap<>(Map.of(P3000, ChannelUsage.of(2, 20))));
        col("rtd-002-one-per-channel-within-room",
                "h1 goes to 2000 (one per channel, h2 kept); 3000 is full with the segment's two messages; 4000 has "
                        + "no channel; h5 is larger than 5000's maximum message size", CollatorView.EMPTY,
                Profile.BASELINE, AB_RTD_002)
                .outbound(horizontalRequest(queues, segment, 10), "", "", "2000:h1",
                        "2000:h2 3000:h3 4000:h4 5000:h5")
                .done();
        col("rtd-002-per-candidate-channel-limit",
                "hrmp_max_message_num_per_candidate 1: only the lowest recipient with room sends", CollatorView.EMPTY,
                Profile.BASELINE, AB_RTD_002)
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 10)), P5000, List.of(msg("h5", 10))),
                        UsedBandwidth.NONE, 1), "", "", "2000:h1", "5000:h5")
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 10)), P5000, List.of(msg("h5", 10))),
                        UsedBandwidth.NONE, 2), "", "", "2000:h1 5000:h5", "")
                .done();
        col("rtd-002-segment-bytes-fill-the-channel",
                "2000 holds 10 of 100 bytes and the segment sent 60 more: h1 of 40 bytes does not fit, one of 30 does",
                CollatorView.EMPTY, Profile.BASELINE, AB_RTD_002)
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 40))),
                        UsedBandwidth.hrmp(P2000, 1, 60), 10), "", "", "", "2000:h1")
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 30))),
                        UsedBandwidth.hrmp(P2000, 1, 60), 10), "", "", "2000:h1", "")
                .done();
    }

    private void horizontalFirstFit() {
        ParaId p400 = ParaId.of(400);
        List<Message> queue = List.of(msg("m2222", 4), msg("m444", 3), msg("m4", 1));
        col("rtd-002-first-message-that-fits",
                "a channel of 2 messages and 4 bytes to para 400 (upstream hrmp_outbound_respects_used_bandwidth): "
                        + "with 1 message of 1 byte queued on the relay chain, m2222 does not fit and m444 goes, the "
                        + "others kept; with the segment's message of 1 byte, m3 goes past m2222; with two messages "
                        + "in the segment the channel is full", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_002)
                .outbound(new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(p400,
                        new EgressChannel(2, 4, 10, 1, 1)))), UsedBandwidth.NONE, 10, 10, List.of(),
                        new TreeMap<>(Map.of(p400, queue))), "", "", "400:m444", "400:m2222 400:m4")
                .outbound(new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(p400,
                        new EgressChannel(2, 4, 10, 0, 0)))), UsedBandwidth.hrmp(p400, 1, 1), 10, 10, List.of(),
                        new TreeMap<>(Map.of(p400, List.of(msg("m2222", 4), msg("m3", 1))))), "", "", "400:m3",
                        "400:m2222")
                .outbound(new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(p400,
                        new EgressChannel(2, 4, 10, 0, 0)))), UsedBandwidth.hrmp(p400, 2, 2), 10, 10, List.of(),
                        new TreeMap<>(Map.of(p400, queue))), "", "", "", "400:m2222 400:m444 400:m4")
                .done();
        col("rtd-002-kept-until-the-channel-opens",
                "a channel with capacity 0 keeps the message; once the capacity is 1 it goes (upstream "
                        + "test_xcmp_source_keeps_messages)", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_002)
                .outbound(new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(ParaId.of(400),
                        new EgressChannel(0, 10, 10, 0, 0)))), UsedBandwidth.NONE, 10, 10, List.of(),
                        new TreeMap<>(Map.of(ParaId.of(400), List.of(msg("m22", 2))))), "", "", "", "400:m22")
                .outbound(new OutboundRequest(new MessagingState(10, 1000, new TreeMap<>(Map.of(ParaId.of(400),
                        new EgressChannel(1, 10, 10, 0, 0)))), UsedBandwidth.NONE, 10, 10, List.of(),
                        new TreeMap<>(Map.of(ParaId.of(400), List.of(msg("m22", 2))))), "", "", "400:m22", "")
                .done();
    }

    private void horizontalBoundaries() {
        col("rtd-002-exact-fit", "a channel with one message slot left, a message of exactly the bytes left, and one "
                + "of exactly the maximum message size all go", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_002)
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 30))),
                        UsedBandwidth.hrmp(P2000, 1, 60), 10), "", "", "2000:h1", "")
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 50))), UsedBandwidth.NONE, 10), "", "",
                        "2000:h1", "")
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 51))), UsedBandwidth.NONE, 10), "", "",
                        "", "2000:h1")
                .outbound(horizontalRequest(Map.of(P2000, List.of(msg("h1", 10))),
                        UsedBandwidth.hrmp(P2000, 2, 0), 10), "", "", "", "2000:h1")
                .done();
    }

    private void goAhead() {
        col("rtd-003-go-ahead-applied-once", "a go-ahead with code pending applies it and is recorded as consumed; "
                + "the next block, seeing it again in the relay state, ignores it", CollatorView.EMPTY,
                Profile.BASELINE, AB_RTD_003)
                .goAhead(UpgradeSignal.GO_AHEAD, UpgradeSignal.NONE, true, GoAheadAction.APPLY_CODE,
                        UpgradeSignal.GO_AHEAD)
                .goAhead(UpgradeSignal.GO_AHEAD, UpgradeSignal.GO_AHEAD, false, GoAheadAction.IGNORE_CONSUMED,
                        UpgradeSignal.NONE)
                .done();
        col("rtd-003-abort-and-mismatch", "an abort discards the pending code; a signal other than the consumed one "
                + "panics; a go-ahead without pending code panics", CollatorView.EMPTY, Profile.BASELINE,
                AB_RTD_003)
                .goAhead(UpgradeSignal.ABORT, UpgradeSignal.NONE, true, GoAheadAction.DISCARD_CODE,
                        UpgradeSignal.ABORT)
                .goAhead(UpgradeSignal.NONE, UpgradeSignal.GO_AHEAD, false, GoAheadAction.PANIC_SIGNAL_MISMATCH,
                        UpgradeSignal.NONE)
                .goAhead(UpgradeSignal.GO_AHEAD, UpgradeSignal.NONE, false, GoAheadAction.PANIC_NO_PENDING_CODE,
                        UpgradeSignal.GO_AHEAD)
                .goAhead(UpgradeSignal.NONE, UpgradeSignal.NONE, false, GoAheadAction.NOTHING, UpgradeSignal.NONE)
                .done();
    }

    private void limits() {
        MessagingState state = new MessagingState(8, 900, new TreeMap<>(Map.of(
                P2000, new EgressChannel(10, 1000, 100, 3, 250), P3000, new EgressChannel(4, 400, 100, 0, 0))));
        col("rtd-004-capacity-minus-usage", "dispatch queue 8 messages, 900 bytes; channel 2000 holds 3 of 10 "
                + "messages and 250 of 1000 bytes, 3000 is empty", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_004)
                .limits(state, new BandwidthLimits(8, 900, new TreeMap<>(Map.of(P2000, ChannelLimits.of(7, 750),
                        P3000, ChannelLimits.of(4, 400)))))
                .done();
        MessagingState upstream = new MessagingState(1, 50, new TreeMap<>(Map.of(
                ParaId.of(0), new EgressChannel(7, 60, 15, 5, 50),
                ParaId.of(1), new EgressChannel(50, 500, 15, 40, 500))));
        col("rtd-004-upstream-example", "upstream outbound_limits_constructed_correctly: channel 0 has 2 messages and "
                + "10 bytes left, channel 1 10 messages and no byte", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_004)
                .limits(upstream, new BandwidthLimits(1, 50, new TreeMap<>(Map.of(ParaId.of(0),
                        ChannelLimits.of(2, 10), ParaId.of(1), ChannelLimits.of(10, 0)))))
                .done();
        MessagingState over = new MessagingState(0, 0, new TreeMap<>(Map.of(
                P2000, new EgressChannel(2, 100, 100, 5, 100), P3000, new EgressChannel(5, 100, 100, 5, 150))));
        col("rtd-004-saturates-at-zero", "a channel holding more than its capacity leaves 0, never less",
                CollatorView.EMPTY, Profile.BASELINE, AB_RTD_004)
                .limits(over, new BandwidthLimits(0, 0, new TreeMap<>(Map.of(P2000, ChannelLimits.of(0, 0),
                        P3000, ChannelLimits.of(0, 0)))))
                .done();
    }

    private void inbound() {
        InboundMessages offered = new InboundMessages(
                List.of(in("d1", 9), in("d2", 10), in("d3", 11)),
                new TreeMap<>(Map.of(P2000, List.of(in("x1", 5), in("x2", 12)), P3000, List.of(in("y1", 10)))));
        col("rtd-005-processed-by-the-parent-dropped", "the parent was built on relay block 10: messages sent at 10 "
                + "or before were processed by it and are dropped", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_005)
                .inbound(new InboundRequest(10, offered), "d3", "2000:x2")
                .done();
        col("rtd-005-first-block-processes-all", "before the first block the last relay number is 0: every message "
                + "is processed", CollatorView.EMPTY, Profile.BASELINE, AB_RTD_005)
                .inbound(new InboundRequest(0, offered), "d1 d2 d3", "2000:x1 2000:x2 3000:y1")
                .done();
    }

    private static BlockName name(String value) {
        return BlockName.of(value);
    }

    private static ParaBlockInfo block(String name, String parent, String relayParent) {
        return new ParaBlockInfo(name(name), name(parent), name(relayParent));
    }

    private static Pending none() {
        return new Pending.NoPending();
    }

    private static Pending pending(String block) {
        return new Pending.PendingBlock(name(block));
    }

    private static ParentSearchParams search(String relayParent, String included, Pending pending, int lookback,
            int maxDepth, boolean ignoreAlternatives) {
        return new ParentSearchParams(name(relayParent), name(included), pending, lookback, maxDepth,
                ignoreAlternatives);
    }

    /** Parachain slot 82 and relay slot 41 (a 3 s parachain slot). */
    private static BuildOpportunity opportunity(String parent, String included, boolean claims, int apiVersion,
            boolean runtimeAllows) {
        return new BuildOpportunity(name(parent), name(included), claims, apiVersion, 82, 41, runtimeAllows);
    }

    private static Message msg(String name, long bytes) {
        return new Message(name, bytes);
    }

    private static InboundMessage in(String name, long sentAt) {
        return new InboundMessage(name, sentAt);
    }

    private static OutboundRequest outbound(long remainingCount, long remainingSize, UsedBandwidth segment,
            long maxUpward, long maxHorizontal, List<Message> upward, Map<ParaId, List<Message>> horizontal) {
        return new OutboundRequest(new MessagingState(remainingCount, remainingSize, new TreeMap<>()), segment,
                maxUpward, maxHorizontal, upward, new TreeMap<>(horizontal));
    }

    /** Channels: 2000 (3 messages, 100 bytes, 50 per message, 1 and 10 queued), 3000 (3 messages, 2000 bytes, 1000
     * per message, 1 queued), 5000 (5 messages, 1000 bytes, 50 per message); no channel to 4000. */
    private static OutboundRequest horizontalRequest(Map<ParaId, List<Message>> queues, UsedBandwidth segment,
            long maxHorizontal) {
        MessagingState state = new MessagingState(10, 1000, new TreeMap<>(Map.of(
                P2000, new EgressChannel(3, 100, 50, 1, 10),
                P3000, new EgressChannel(3, 2000, 1000, 1, 0),
                P5000, new EgressChannel(5, 1000, 50, 0, 0))));
        return new OutboundRequest(state, segment, 10, maxHorizontal, List.of(), new TreeMap<>(queues));
    }

    private ColCase col(String id, String description, RuleId... rules) {
        return col(id, description, world(), Profile.BASELINE, rules);
    }

    private ColCase col(String id, String description, CollatorView view, Profile profile, RuleId... rules) {
        return new ColCase(id, CaseBuilder.start(DRIVER, id, description, List.of(rules), profile, view));
    }

    /** One case under construction: each check first asserts the answer the author intends. */
    private final class ColCase {
        private final String id;
        private final CaseBuilder<CollatorView, CollatorDriver.Event, CollatorDriver.Query, CollatorSubject> builder;

        ColCase(String id,
                CaseBuilder<CollatorView, CollatorDriver.Event, CollatorDriver.Query, CollatorSubject> builder) {
            this.id = id;
            this.builder = builder;
        }

        ColCase parents(ParentSearchParams search, String intended) {
            CollatorDriver.PotentialParents query = new CollatorDriver.PotentialParents(search);
            @SuppressWarnings("unchecked")
            List<PotentialParent> actual = (List<PotentialParent>) builder.peek(query);
            intend("potential parents", intended, actual.stream().map(CollatorVectors::describe)
                    .collect(Collectors.joining(" ")));
            builder.check(query);
            return this;
        }

        ColCase buildParent(ParentSearchParams search, String intended) {
            CollatorDriver.BuildParent query = new CollatorDriver.BuildParent(search);
            Object actual = builder.peek(query);
            intend("build parent", intended, actual instanceof PotentialParent p ? describe(p) : actual);
            builder.check(query);
            return this;
        }

        /** {@code runtimeSlot} -1: the runtime is not asked. */
        ColCase decide(BuildOpportunity opportunity, boolean build, long runtimeSlot) {
            CollatorDriver.DecideBuild query = new CollatorDriver.DecideBuild(opportunity);
            intend("build decision", new BuildDecision(build, runtimeSlot < 0 ? new RuntimeCall.NotCalled()
                    : new RuntimeCall.CalledWithSlot(runtimeSlot)), builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase interval(long paraSlot, long relaySlot, int cores, long intended) {
            CollatorDriver.ProductionInterval query =
                    new CollatorDriver.ProductionInterval(new SlotTiming(paraSlot, relaySlot, cores));
            intend("interval", intended, builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase waitFor(long paraSlot, int cores, long now, long offset, long intended) {
            CollatorDriver.WaitForNextAttempt query = new CollatorDriver.WaitForNextAttempt(
                    new SlotTiming(paraSlot, 6000, cores), now, offset);
            intend("wait for the next attempt", intended, builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase blocks(CollatorKind kind, int velocity, long paraSlot, int cores, int intended) {
            CollatorDriver.BlocksPerRelaySlot query = new CollatorDriver.BlocksPerRelaySlot(
                    new AuthoringPace(kind, velocity, new SlotTiming(paraSlot, 6000, cores)));
            intend("blocks per relay slot", intended, builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase outbound(OutboundRequest request, String sentUp, String keptUp, String sentHorizontal,
                String keptHorizontal) {
            CollatorDriver.SelectOutbound query = new CollatorDriver.SelectOutbound(request);
            OutboundSelection actual = (OutboundSelection) builder.peek(query);
            intend("upward sent", sentUp, names(actual.sentUpward()));
            intend("upward kept", keptUp, names(actual.keptUpward()));
            intend("horizontal sent", sentHorizontal, actual.sentHorizontal().entrySet().stream()
                    .map(e -> e.getKey().value() + ":" + e.getValue().name()).collect(Collectors.joining(" ")));
            intend("horizontal kept", keptHorizontal, actual.keptHorizontal().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(m -> e.getKey().value() + ":" + m.name()))
                    .collect(Collectors.joining(" ")));
            builder.check(query);
            return this;
        }

        ColCase goAhead(UpgradeSignal relay, UpgradeSignal consumed, boolean pendingCode, GoAheadAction action,
                UpgradeSignal records) {
            CollatorDriver.GoAhead query = new CollatorDriver.GoAhead(new GoAheadSituation(relay, consumed,
                    pendingCode));
            intend("go-ahead decision", new GoAheadDecision(action, records), builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase limits(MessagingState state, BandwidthLimits intended) {
            CollatorDriver.OutboundLimits query = new CollatorDriver.OutboundLimits(state);
            intend("outbound limits", intended, builder.peek(query));
            builder.check(query);
            return this;
        }

        ColCase inbound(InboundRequest request, String downward, String horizontal) {
            CollatorDriver.InboundToProcess query = new CollatorDriver.InboundToProcess(request);
            InboundMessages actual = (InboundMessages) builder.peek(query);
            intend("downward to process", downward, actual.downward().stream().map(InboundMessage::name)
                    .collect(Collectors.joining(" ")));
            intend("horizontal to process", horizontal, actual.horizontal().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(m -> e.getKey().value() + ":" + m.name()))
                    .collect(Collectors.joining(" ")));
            builder.check(query);
            return this;
        }

        void done() {
            add(builder.build(name(), version(), 0));
        }

        private void intend(String what, Object intended, Object reference) {
            if (!intended.equals(reference)) {
                throw new IllegalStateException("vector " + id + ": intended " + what + " " + intended
                        + " but the reference gives " + reference);
            }
        }
    }

    /** A potential parent as {@code name@depth}, with {@code ~} when it is not aligned with the pending block. */
    public static String describe(PotentialParent parent) {
        return parent.block() + "@" + parent.depth() + (parent.alignedWithPending() ? "" : "~");
    }

    private static String names(List<Message> messages) {
        return messages.stream().map(Message::name).collect(Collectors.joining(" "));
    }
}
