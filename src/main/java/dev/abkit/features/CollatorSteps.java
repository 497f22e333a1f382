package dev.abkit.features;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
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
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.spi.Implementation;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Steps of the collator features (areas COL and RTD): the relay chain and the local parachain blocks a collator
 * knows, a parent search, a build opportunity, the slot-based collator's clocks, and what a block finds when it
 * chooses its outbound messages, handles an upgrade signal, derives its outbound limits and filters its inbound
 * messages. Each question goes to the configured implementation's collator subject.
 *
 * <p>A scenario may name a profile variant; the embedded reference then serves that variant, and another
 * implementation runs the scenario only if it declares that profile.
 */
public final class CollatorSteps {

    private Profile profile = Profile.BASELINE;
    private Collection<String> tags = List.of();
    private final Map<String, RelayBlockInfo> relay = new LinkedHashMap<>();
    private final List<ParaBlockInfo> para = new ArrayList<>();
    private String included = "P0";
    private Pending pending = new Pending.NoPending();
    private List<PotentialParent> parents;
    private Optional<PotentialParent> buildParent;

    private boolean claims = true;
    private String parent = "P0";
    private int apiVersion = 2;
    private long paraSlot = 82;
    private long relaySlot = 41;
    private boolean runtimeAllows = true;
    private BuildDecision decision;
    private SlotTiming timing;
    private long interval;
    private int blocks;

    private long dispatchCount = 1000;
    private long dispatchSize = 100_000;
    private UsedBandwidth segmentUsed = UsedBandwidth.NONE;
    private long maxUpward = 10;
    private long maxHorizontal = 10;
    private final List<Message> upward = new ArrayList<>();
    private final TreeMap<ParaId, List<Message>> horizontal = new TreeMap<>();
    private final TreeMap<ParaId, EgressChannel> channels = new TreeMap<>();
    private OutboundSelection selection;
    private BandwidthLimits limits;

    private UpgradeSignal relaySignal = UpgradeSignal.NONE;
    private UpgradeSignal consumed = UpgradeSignal.NONE;
    private boolean pendingCode;
    private GoAheadDecision goAhead;

    private long lastRelayNumber;
    private final List<InboundMessage> downward = new ArrayList<>();
    private final TreeMap<ParaId, List<InboundMessage>> inbound = new TreeMap<>();
    private InboundMessages toProcess;

    @Before
    public void scenarioTags(Scenario scenario) {
        tags = scenario.getSourceTagNames();
    }

    @ParameterType("lookahead|slot-based")
    public CollatorKind collatorKind(String text) {
        return text.equals("lookahead") ? CollatorKind.LOOKAHEAD : CollatorKind.SLOT_BASED;
    }

    @ParameterType("go-ahead|abort")
    public UpgradeSignal upgradeSignal(String text) {
        return text.equals("go-ahead") ? UpgradeSignal.GO_AHEAD : UpgradeSignal.ABORT;
    }

    @Given("the collator follows the {variant} variant")
    public void variant(Variant v) {
        profile = Profile.of(v);
    }

    @Given("the collator knows relay blocks R0 to R{int}, each built on the one before, in session {long}")
    public void relayChain(int last, long session) {
        relay.clear();
        for (int i = 0; i <= last; i++) {
            relay.put("R" + i, new RelayBlockInfo(BlockName.of("R" + i), i, BlockName.of(i == 0 ? "R-1" : "R" + (i
                    - 1)), session));
        }
    }

    @Given("blocks built on {word} belong to session {long}")
    public void session(String block, long session) {
        RelayBlockInfo info = relay.get(block);
        if (info == null) {
            throw new IllegalArgumentException("the scenario names relay block " + block + " it does not set up");
        }
        relay.put(block, new RelayBlockInfo(info.name(), info.number(), info.parent(), session));
    }

    /** Columns {@code parablock}, {@code parent}, {@code relay parent}; children are searched in table order. */
    @Given("the collator's database holds these parablocks:")
    public void parablocks(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            para.add(new ParaBlockInfo(BlockName.of(cell(row, "parablock")), BlockName.of(cell(row, "parent")),
                    BlockName.of(cell(row, "relay parent"))));
        }
    }

    @Given("{word} is the included parablock and nothing is pending availability")
    public void includedOnly(String block) {
        included = block;
        pending = new Pending.NoPending();
    }

    @Given("{word} is the included parablock and parablock {word} is pending availability")
    public void includedAndPending(String block, String pendingBlock) {
        included = block;
        pending = new Pending.PendingBlock(BlockName.of(pendingBlock));
    }

    @When("the collator searches for parents on relay parent {word} with ancestry_lookback {int} and max_depth {int}")
    public void searchKeeping(String relayParent, int lookback, int maxDepth) {
        search(relayParent, lookback, maxDepth, false);
    }

    @When("the collator searches for parents on relay parent {word} with ancestry_lookback {int} and max_depth {int},"
            + " ignoring alternative branches")
    public void searchIgnoring(String relayParent, int lookback, int maxDepth) {
        search(relayParent, lookback, maxDepth, true);
    }

    private void search(String relayParent, int lookback, int maxDepth, boolean ignore) {
        ParentSearchParams params = new ParentSearchParams(BlockName.of(relayParent), BlockName.of(included), pending,
                lookback, maxDepth, ignore);
        CollatorSubject collator = collator();
        parents = collator.potentialParents(params);
        buildParent = collator.buildParent(params);
    }

    /** Columns {@code parablock}, {@code depth}, {@code aligned with pending} (yes or no), in depth and name order. */
    @Then("the potential parents are:")
    public void potentialParents(DataTable table) {
        List<String> expected = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            expected.add(cell(row, "parablock") + " at depth " + cell(row, "depth")
                    + (cell(row, "aligned with pending").equals("yes") ? "" : ", not aligned"));
        }
        FeatureSupport.assertEquals(expected, describe(searched()), "potential parents");
    }

    @Then("there is no potential parent")
    public void noParent() {
        FeatureSupport.assertEquals(List.of(), describe(searched()), "potential parents");
    }

    @Then("the collator builds on {word}")
    public void buildsOn(String block) {
        searched();
        FeatureSupport.assertEquals(Optional.of(block), buildParent.map(p -> p.block().value()), "parent built on");
    }

    @Then("the collator has no parent to build on")
    public void noBuildParent() {
        searched();
        FeatureSupport.assertEquals(Optional.empty(), buildParent.map(p -> p.block().value()), "parent built on");
    }

    private List<PotentialParent> searched() {
        if (parents == null) {
            throw new IllegalArgumentException("the scenario checks potential parents before any parent search");
        }
        return parents;
    }

    private static List<String> describe(List<PotentialParent> list) {
        return list.stream().map(p -> p.block() + " at depth " + p.depth() + (p.alignedWithPending() ? ""
                : ", not aligned")).toList();
    }

    @Given("the collator holds the slot claim")
    public void holdsClaim() {
        claims = true;
    }

    @Given("the collator does not hold the slot claim")
    public void noClaim() {
        claims = false;
    }

    @Given("the parent is {word} and the included parablock is {word}")
    public void parentAndIncluded(String newParent, String newIncluded) {
        parent = newParent;
        included = newIncluded;
    }

    @Given("the runtime's AuraUnincludedSegmentApi has version {int}")
    public void apiVersion(int version) {
        apiVersion = version;
    }

    @Given("the runtime has no AuraUnincludedSegmentApi")
    public void noApi() {
        apiVersion = 0;
    }

    @Given("the parachain slot is {long} and the relay-chain slot is {long}")
    public void slots(long para, long relaySlotNumber) {
        paraSlot = para;
        relaySlot = relaySlotNumber;
    }

    @Given("the runtime's can_build_upon would allow the block")
    public void runtimeAllows() {
        runtimeAllows = true;
    }

    @Given("the runtime's can_build_upon would refuse the block")
    public void runtimeRefuses() {
        runtimeAllows = false;
    }

    @When("the collator decides whether to build")
    public void decide() {
        decision = collator().decideBuild(new BuildOpportunity(BlockName.of(parent), BlockName.of(included), claims,
                apiVersion, paraSlot, relaySlot, runtimeAllows));
    }

    @Then("the collator builds a block")
    public void builds() {
        FeatureSupport.assertEquals(true, decided().build(), "builds");
    }

    @Then("the collator builds no block")
    public void buildsNothing() {
        FeatureSupport.assertEquals(false, decided().build(), "builds");
    }

    @Then("the runtime is not asked")
    public void notAsked() {
        FeatureSupport.assertEquals(new RuntimeCall.NotCalled(), decided().runtimeCall(), "runtime call");
    }

    @Then("the runtime is asked with slot {long}")
    public void askedWith(long slot) {
        FeatureSupport.assertEquals(new RuntimeCall.CalledWithSlot(slot), decided().runtimeCall(), "runtime call");
    }

    private BuildDecision decided() {
        if (decision == null) {
            throw new IllegalArgumentException("the scenario checks a build decision before deciding");
        }
        return decision;
    }

    @When("a slot-based collator has {long} ms parachain slots, {long} ms relay slots and {int} core(s)")
    public void slotTimer(long paraMillis, long relayMillis, int cores) {
        timing = new SlotTiming(paraMillis, relayMillis, cores);
        interval = collator().productionIntervalMillis(timing);
    }

    @Then("at {long} ms with an offset of {long} ms it waits {long} ms for its next attempt")
    public void waits(long now, long offset, long wait) {
        FeatureSupport.assertEquals(wait, collator().waitForNextAttemptMillis(timing, now, offset),
                "wait at " + now + " ms with offset " + offset + " ms");
    }

    @Then("it attempts a block every {long} ms")
    public void attemptsEvery(long millis) {
        FeatureSupport.assertEquals(millis, interval, "interval between attempts");
    }

    @When("a {collatorKind} collator runs with velocity {int}, {long} ms parachain slots and {int} core(s)")
    public void pace(CollatorKind kind, int velocity, long paraMillis, int cores) {
        blocks = collator().blocksPerRelaySlot(new AuthoringPace(kind, velocity, new SlotTiming(paraMillis, 6000,
                cores)));
    }

    @Then("it authors {int} block(s) per relay slot")
    public void authors(int expected) {
        FeatureSupport.assertEquals(expected, blocks, "blocks per relay slot");
    }

    @Given("the relay-parent state leaves room for {long} upward messages and {long} bytes in the dispatch queue")
    public void dispatchQueue(long count, long size) {
        dispatchCount = count;
        dispatchSize = size;
    }

    @Given("the unincluded ancestors already sent {long} upward message(s) of {long} bytes in all")
    public void segmentUpward(long count, long bytes) {
        segmentUsed = segmentUsed.plus(UsedBandwidth.ump(count, bytes));
    }

    @Given("the unincluded ancestors already sent {long} message(s) of {long} bytes in all to para {int}")
    public void segmentHorizontal(long count, long bytes, int recipient) {
        segmentUsed = segmentUsed.plus(UsedBandwidth.hrmp(ParaId.of(recipient), count, bytes));
    }

    @Given("at most {long} upward message(s) and {long} horizontal message(s) go out per candidate")
    public void perCandidate(long up, long across) {
        maxUpward = up;
        maxHorizontal = across;
    }

    @Given("the outbound channel to para {int} holds {long} of {long} messages and {long} of {long} bytes, messages up"
            + " to {long} bytes")
    public void channel(int recipient, long count, long capacity, long size, long maxSize, long maxMessage) {
        channels.put(ParaId.of(recipient), new EgressChannel(capacity, maxSize, maxMessage, count, size));
    }

    /** Columns {@code message}, {@code bytes} and, for horizontal messages, {@code to} (a para id). */
    @Given("the block has these outbound messages queued:")
    public void queued(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            Message m = new Message(cell(row, "message"), Long.parseLong(cell(row, "bytes")));
            String to = row.get("to");
            if (to == null || to.isBlank() || to.strip().equals("relay chain")) {
                upward.add(m);
            } else {
                horizontal.computeIfAbsent(ParaId.of(Integer.parseInt(to.strip())), p -> new ArrayList<>()).add(m);
            }
        }
    }

    @When("the block chooses its outbound messages")
    public void choose() {
        selection = collator().selectOutbound(new OutboundRequest(state(), segmentUsed, maxUpward, maxHorizontal,
                upward, horizontal));
    }

    @Then("it sends {parablocks} upward")
    public void sendsUpward(List<String> names) {
        FeatureSupport.assertEquals(names, names(selected().sentUpward()), "upward messages sent");
    }

    @Then("it sends nothing upward")
    public void sendsNothingUpward() {
        FeatureSupport.assertEquals(List.of(), names(selected().sentUpward()), "upward messages sent");
    }

    @Then("it keeps {parablocks} in the upward queue")
    public void keepsUpward(List<String> names) {
        FeatureSupport.assertEquals(names, names(selected().keptUpward()), "upward messages kept");
    }

    /** {@code nothing} when the block sends no message to the para. */
    @Then("it sends {word} to para {int}")
    public void sendsTo(String name, int recipient) {
        Message sent = selected().sentHorizontal().get(ParaId.of(recipient));
        FeatureSupport.assertEquals(name, sent == null ? "nothing" : sent.name(), "message sent to para " + recipient);
    }

    @Then("it keeps {parablocks} for para {int}")
    public void keepsFor(List<String> names, int recipient) {
        FeatureSupport.assertEquals(names, names(selected().keptHorizontal().getOrDefault(ParaId.of(recipient),
                List.of())), "messages kept for para " + recipient);
    }

    private OutboundSelection selected() {
        if (selection == null) {
            throw new IllegalArgumentException("the scenario checks outbound messages before the block chose them");
        }
        return selection;
    }

    private MessagingState state() {
        return new MessagingState(dispatchCount, dispatchSize, channels);
    }

    private static List<String> names(List<Message> messages) {
        return messages.stream().map(Message::name).toList();
    }

    @When("the block derives its outbound limits")
    public void derive() {
        limits = collator().outboundLimits(state());
    }

    @Then("the limits leave {long} upward messages and {long} bytes")
    public void upwardLimits(long count, long bytes) {
        FeatureSupport.assertEquals(count + " messages, " + bytes + " bytes", derived().umpMessagesRemaining()
                + " messages, " + derived().umpBytesRemaining() + " bytes", "upward limits");
    }

    @Then("the limits leave {long} messages and {long} bytes to para {int}")
    public void channelLimits(long count, long bytes, int recipient) {
        FeatureSupport.assertEquals(Optional.of(ChannelLimits.of(count, bytes)),
                Optional.ofNullable(derived().hrmpChannels().get(ParaId.of(recipient))), "limits to para " + recipient);
    }

    private BandwidthLimits derived() {
        if (limits == null) {
            throw new IllegalArgumentException("the scenario checks limits before the block derived them");
        }
        return limits;
    }

    @Given("the relay-parent state reports the {upgradeSignal} signal")
    public void relaySignal(UpgradeSignal signal) {
        relaySignal = signal;
    }

    @Given("the relay-parent state reports no upgrade signal")
    public void noRelaySignal() {
        relaySignal = UpgradeSignal.NONE;
    }

    @Given("an unincluded ancestor consumed the {upgradeSignal} signal")
    public void consumedSignal(UpgradeSignal signal) {
        consumed = signal;
    }

    @Given("validation code is pending")
    public void codePending() {
        pendingCode = true;
    }

    @Given("no validation code is pending")
    public void noCodePending() {
        pendingCode = false;
    }

    @When("the block handles the upgrade signal")
    public void handleSignal() {
        goAhead = collator().goAhead(new GoAheadSituation(relaySignal, consumed, pendingCode));
    }

    @Then("^the block (applies the pending validation code|discards the pending validation code|ignores the signal it"
            + " already acted on|leaves the code as it is|panics because the signal differs from the one consumed"
            + "|panics because no validation code is pending)$")
    public void signalAction(String phrase) {
        GoAheadAction expected = switch (phrase) {
            case "applies the pending validation code" -> GoAheadAction.APPLY_CODE;
            case "discards the pending validation code" -> GoAheadAction.DISCARD_CODE;
            case "ignores the signal it already acted on" -> GoAheadAction.IGNORE_CONSUMED;
            case "leaves the code as it is" -> GoAheadAction.NOTHING;
            case "panics because the signal differs from the one consumed" -> GoAheadAction.PANIC_SIGNAL_MISMATCH;
            default -> GoAheadAction.PANIC_NO_PENDING_CODE;
        };
        FeatureSupport.assertEquals(expected, handled().action(), "action on the signal");
    }

    @Then("the block records no signal as consumed")
    public void recordsNothing() {
        FeatureSupport.assertEquals(UpgradeSignal.NONE, handled().consumes(), "signal recorded as consumed");
    }

    @Then("the block records the {upgradeSignal} signal as consumed")
    public void records(UpgradeSignal signal) {
        FeatureSupport.assertEquals(signal, handled().consumes(), "signal recorded as consumed");
    }

    private GoAheadDecision handled() {
        if (goAhead == null) {
            throw new IllegalArgumentException("the scenario checks the signal before the block handled it");
        }
        return goAhead;
    }

    @Given("the parent was built on relay block {long}")
    public void lastRelay(long number) {
        lastRelayNumber = number;
    }

    /** Columns {@code message}, {@code from} ({@code relay chain} or a para id) and {@code sent at}. */
    @Given("the inherent offers these inbound messages:")
    public void offered(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            InboundMessage m = new InboundMessage(cell(row, "message"), Long.parseLong(cell(row, "sent at")));
            String from = cell(row, "from");
            if (from.equals("relay chain")) {
                downward.add(m);
            } else {
                inbound.computeIfAbsent(ParaId.of(Integer.parseInt(from)), p -> new ArrayList<>()).add(m);
            }
        }
    }

    @When("the block filters its inbound messages")
    public void filter() {
        toProcess = collator().inboundToProcess(new InboundRequest(lastRelayNumber, new InboundMessages(downward,
                inbound)));
    }

    @Then("it processes {parablocks} from the relay chain")
    public void processesDownward(List<String> names) {
        FeatureSupport.assertEquals(names, filtered().downward().stream().map(InboundMessage::name).toList(),
                "downward messages processed");
    }

    @Then("it processes nothing from the relay chain")
    public void processesNoDownward() {
        FeatureSupport.assertEquals(List.of(), filtered().downward().stream().map(InboundMessage::name).toList(),
                "downward messages processed");
    }

    @Then("it processes {parablocks} from para {int}")
    public void processesFrom(List<String> names, int sender) {
        FeatureSupport.assertEquals(names, filtered().horizontal().getOrDefault(ParaId.of(sender), List.of()).stream()
                .map(InboundMessage::name).toList(), "messages processed from para " + sender);
    }

    @Then("it processes nothing from para {int}")
    public void processesNothingFrom(int sender) {
        FeatureSupport.assertEquals(List.of(), filtered().horizontal().getOrDefault(ParaId.of(sender), List.of())
                .stream().map(InboundMessage::name).toList(), "messages processed from para " + sender);
    }

    private InboundMessages filtered() {
        if (toProcess == null) {
            throw new IllegalArgumentException("the scenario checks inbound messages before the block filtered them");
        }
        return toProcess;
    }

    private CollatorSubject collator() {
        Implementation implementation = FeatureSupport.forProfile(FeatureSupport.implementationFor(Subject.COLLATOR), profile, tags);
        return implementation.collator(new CollatorView(List.copyOf(relay.values()), para));
    }

    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the table has no value in column '" + column + "'");
        }
        return value.strip();
    }
}
