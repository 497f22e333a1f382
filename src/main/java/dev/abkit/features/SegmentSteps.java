package dev.abkit.features;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.ParaBlock;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.SegmentWatermark;
import dev.abkit.reference.segment.SlotInfo;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.UnincludedSegmentSubject;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps of the unincluded-segment and velocity features: a parachain runtime is configured, parablocks are described
 * with what their relay parent proves, authored one after another through the implementation's unincluded-segment
 * subject, and the segment, size_after_included and can_build_upon are observed.
 *
 * <p>A scenario may name a profile variant; the embedded reference then serves that variant, and another
 * implementation runs the scenario only if it declares that profile.
 */
public final class SegmentSteps {
    private static final String GENESIS = "genesis";

    private int capacity = 3;
    private int velocity = 1;
    private long paraSlotMillis = 6000;
    private Profile profile = Profile.BASELINE;
    private Collection<String> tags = List.of();
    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private Implementation implementation;
    private UnincludedSegmentSubject subject;

    @Before
    public void scenarioTags(Scenario scenario) {
        tags = scenario.getSourceTagNames();
    }

    @ParameterType("[a-z0-9]+(?:-[a-z0-9]+)+")
    public Variant variant(String key) {
        return Variant.fromKey(key);
    }

    @Given("a parachain runtime with unincluded segment capacity {int} and velocity {int}")
    public void runtime(int newCapacity, int newVelocity) {
        capacity = newCapacity;
        velocity = newVelocity;
    }

    @Given("parachain slots of {int} seconds and relay-chain slots of 6 seconds")
    public void paraSlotDuration(int seconds) {
        paraSlotMillis = seconds * 1000L;
    }

    @Given("the parachain runtime follows the {variant} variant")
    public void variant(Variant v) {
        profile = Profile.of(v);
    }

    @Given("parablock {word} builds on relay parent {long}")
    public void builds(String name, long relayParent) {
        drafts.put(name, new Draft(name, relayParent));
    }

    @Given("{word}'s relay parent proves {word} included")
    public void provesIncluded(String name, String included) {
        draft(name).included = IncludedHead.of(head(included));
    }

    @Given("{word}'s relay parent proves no included para head")
    public void provesNoHead(String name) {
        draft(name).included = IncludedHead.absent();
    }

    @Given("{word}'s relay parent is in relay-chain slot {long}")
    public void relaySlot(String name, long slot) {
        Draft d = draft(name);
        d.relaySlot = slot;
        d.paraSlot = slot * 6000 / paraSlotMillis;
    }

    @Given("{word} claims parachain slot {long}")
    public void paraSlot(String name, long slot) {
        draft(name).paraSlot = slot;
    }

    @Given("{word}'s relay parent leaves room for {long} upward messages and {long} upward bytes")
    public void umpLimits(String name, long messages, long bytes) {
        Draft d = draft(name);
        d.limits = new BandwidthLimits(messages, bytes, d.limits.hrmpChannels());
    }

    @Given("{word}'s relay parent leaves room for {long} messages and {long} bytes on the channel to para {int}")
    public void channelLimits(String name, long messages, long bytes, int para) {
        Draft d = draft(name);
        d.limits = d.limits.withChannel(ParaId.of(para), ChannelLimits.of(messages, bytes));
    }

    @Given("{word} sends {long} upward message(s) of {long} bytes in total")
    public void sendsUpward(String name, long messages, long bytes) {
        Draft d = draft(name);
        d.used = d.used.plus(UsedBandwidth.ump(messages, bytes));
    }

    @Given("{word} sends {long} horizontal message(s) of {long} bytes in total to para {int}")
    public void sendsHorizontal(String name, long messages, long bytes, int para) {
        Draft d = draft(name);
        d.used = d.used.plus(UsedBandwidth.hrmp(ParaId.of(para), messages, bytes));
    }

    @Given("{word} advances the HRMP watermark to relay block {long}")
    public void watermark(String name, long block) {
        draft(name).watermark = block;
    }

    @Given("{word}'s relay parent reports the upgrade {word}")
    public void reportsSignal(String name, String signal) {
        draft(name).signal = signal(signal);
    }

    @Given("{word} consumes the upgrade signal")
    public void consumesSignal(String name) {
        draft(name).consumes = true;
    }

    @Given("parablocks {parablocks} have been authored one per relay parent from relay parent {long}")
    public void authoredInTurn(List<String> names, long first) {
        long relayParent = first;
        for (String name : names) {
            builds(name, relayParent++);
            authoredAccepted(name);
        }
    }

    @Given("parablocks {parablocks} have been authored on relay parent {long}")
    public void authoredOnOne(List<String> names, long relayParent) {
        for (String name : names) {
            builds(name, relayParent);
            authoredAccepted(name);
        }
    }

    @Given("parablock {word} has been authored on relay parent {long}")
    public void authoredOn(String name, long relayParent) {
        builds(name, relayParent);
        authoredAccepted(name);
    }

    @Given("parablock {word} has been authored on relay parent {long} with {word} included")
    public void authoredWithIncluded(String name, long relayParent, String included) {
        builds(name, relayParent);
        provesIncluded(name, included);
        authoredAccepted(name);
    }

    @Given("{word} has been authored")
    public void authoredAccepted(String name) {
        authored(name);
        FeatureSupport.assertAccepted("parablock " + name, outcomes.get(name));
    }

    @When("{word} is authored")
    public void authored(String name) {
        outcomes.put(name, subject().author(draft(name).event()));
    }

    @Then("the parachain runtime accepts {word}")
    public void accepts(String name) {
        FeatureSupport.assertAccepted("parablock " + name, outcome(name));
    }

    @Then("the parachain runtime rejects {word} under {word}")
    public void rejects(String name, String rule) {
        FeatureSupport.assertRejected(implementation, "parablock " + name, rule, outcome(name));
    }

    @Then("the unincluded segment holds {parablocks}")
    public void holds(List<String> names) {
        FeatureSupport.assertEquals(names.stream().map(SegmentSteps::head).toList(), view().heads(),
                "unincluded segment");
    }

    @Then("the unincluded segment is empty")
    public void empty() {
        FeatureSupport.assertEquals(List.of(), view().heads(), "unincluded segment");
    }

    @Then("the unincluded segment's size after included {word} is {int}")
    public void sizeAfter(String included, int size) {
        FeatureSupport.assertEquals(size, subject().sizeAfterIncluded(head(included)), "size after included "
                + included);
    }

    @Then("a collator may build on the tip in slot {long} with {word} included")
    public void mayBuild(long slot, String included) {
        FeatureSupport.assertEquals(true, subject().canBuildUpon(head(included), slot), "can_build_upon in slot "
                + slot);
    }

    @Then("a collator may not build on the tip in slot {long} with {word} included")
    public void mayNotBuild(long slot, String included) {
        FeatureSupport.assertEquals(false, subject().canBuildUpon(head(included), slot), "can_build_upon in slot "
                + slot);
    }

    @Then("the unincluded segment accounts for {long} upward message(s) of {long} bytes")
    public void upwardUsage(long messages, long bytes) {
        UsedBandwidth used = view().usedBandwidth();
        FeatureSupport.assertEquals(List.of(messages, bytes), List.of(used.umpMessages(), used.umpBytes()),
                "upward usage");
    }

    @Then("the unincluded segment accounts for {long} horizontal message(s) of {long} bytes to para {int}")
    public void horizontalUsage(long messages, long bytes, int para) {
        FeatureSupport.assertEquals(ChannelUsage.of(messages, bytes),
                view().usedBandwidth().toRecipient(ParaId.of(para)),
                "horizontal usage to para " + para);
    }

    @Then("the unincluded segment accounts for no horizontal message to para {int}")
    public void noHorizontalUsage(int para) {
        FeatureSupport.assertEquals(false, view().usedBandwidth().hrmp().containsKey(ParaId.of(para)),
                "para " + para + " listed in the segment's horizontal usage");
    }

    @Then("the unincluded segment tracks the HRMP watermark at relay block {long}")
    public void trackedWatermark(long block) {
        FeatureSupport.assertEquals(SegmentWatermark.at(block), view().hrmpWatermark(), "tracked HRMP watermark");
    }

    @Then("the unincluded segment holds a consumed upgrade {word}")
    public void consumedSignal(String signal) {
        FeatureSupport.assertEquals(signal(signal), view().consumedUpgradeSignal(), "consumed upgrade signal");
    }

    @Then("the unincluded segment holds no consumed upgrade signal")
    public void noConsumedSignal() {
        FeatureSupport.assertEquals(UpgradeSignal.NONE, view().consumedUpgradeSignal(), "consumed upgrade signal");
    }

    @Then("the parachain runtime counts {long} parablock(s) in slot {long}")
    public void counted(long authored, long slot) {
        FeatureSupport.assertEquals(SlotInfo.of(slot, authored), view().slotInfo(), "recorded slot");
    }

    @Then("the parachain runtime records no slot")
    public void noSlot() {
        FeatureSupport.assertEquals(SlotInfo.unrecorded(), view().slotInfo(), "recorded slot");
    }

    @Then("the parachain runtime's latest relay-parent number is {long}")
    public void latestRelayParent(long number) {
        FeatureSupport.assertEquals(RelayBlockNumber.of(number), view().lastRelayParentNumber(),
                "latest relay-parent number");
    }

    private SegmentView view() {
        return subject().view();
    }

    private UnincludedSegmentSubject subject() {
        if (subject == null) {
            implementation = FeatureSupport.forProfile(FeatureSupport.implementationFor(Subject.UNINCLUDED_SEGMENT), profile, tags);
            SegmentParams params = new SegmentParams(capacity, velocity, 6000, paraSlotMillis,
                    implementation.capabilities().profile());
            subject = implementation.unincludedSegment(params, head(GENESIS));
        }
        return subject;
    }

    private Draft draft(String name) {
        Draft d = drafts.get(name);
        if (d == null) {
            throw new IllegalArgumentException("parablock " + name + " was not described in this scenario");
        }
        return d;
    }

    private Outcome outcome(String name) {
        Outcome outcome = outcomes.get(name);
        if (outcome == null) {
            throw new IllegalArgumentException("parablock " + name + " was not authored in this scenario");
        }
        return outcome;
    }

    private static HeadData head(String name) {
        return HeadData.ofLabel(name.equals(GENESIS) ? GENESIS : "parablock " + name);
    }

    private static UpgradeSignal signal(String word) {
        return switch (word) {
            case "go-ahead" -> UpgradeSignal.GO_AHEAD;
            case "abort" -> UpgradeSignal.ABORT;
            default -> throw new IllegalArgumentException("expected an upgrade signal (go-ahead or abort) but was '"
                    + word + "'");
        };
    }


    /** A parablock described in a scenario: by default its relay parent proves genesis included. */
    private final class Draft {
        private final String name;
        private final long relayParent;
        private long relaySlot;
        private long paraSlot;
        private long watermark;
        private IncludedHead included = IncludedHead.of(head(GENESIS));
        private UsedBandwidth used = UsedBandwidth.NONE;
        private BandwidthLimits limits = BandwidthLimits.GENEROUS;
        private UpgradeSignal signal = UpgradeSignal.NONE;
        private boolean consumes;

        Draft(String name, long relayParent) {
            this.name = name;
            this.relayParent = relayParent;
            this.relaySlot = relayParent;
            this.paraSlot = relayParent * 6000 / paraSlotMillis;
            this.watermark = relayParent;
        }

        AuthorBlock event() {
            RelayParentProof proof = new RelayParentProof(RelayBlockNumber.of(relayParent), relaySlot, included,
                    signal, limits);
            return new AuthorBlock(proof, new ParaBlock(head(name), used, RelayBlockNumber.of(watermark), paraSlot,
                    consumes));
        }
    }
}
