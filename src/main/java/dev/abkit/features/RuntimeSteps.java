package dev.abkit.features;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.UmpSignal;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaGenesis;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.PendingCandidate;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps of the runtime acceptance feature: a relay chain is executed block by block through the implementation's
 * runtime-acceptance subject; parablocks are described, backed in a block's inherent, made available or timed out,
 * and the runtime's verdicts and state are compared.
 *
 * <p>A scenario may name a profile variant; the embedded reference then serves that variant, and another
 * implementation runs the scenario only if it declares that profile. A parablock whose receipt the scenario shapes (its
 * descriptor, its upward messages) carries that committed receipt and the candidate hash it gives.
 */
public final class RuntimeSteps {
    private static final long GENESIS = 0;

    private int allowedAncestryLen = 2;
    private int maxHeadDataSize = 32;
    private long maxCodeSize = 1024;
    private final long maxPovSize = 5 * 1024 * 1024;
    private final Map<ParaId, RelayBlockNumber> genesisContexts = new TreeMap<>();
    private final TreeMap<Integer, List<ParaId>> claims = new TreeMap<>();
    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, Outcome> verdicts = new HashMap<>();
    private Implementation implementation;
    private RuntimeAcceptanceSubject runtime;
    private long executed = GENESIS;
    private long session;
    private Profile profile = Profile.BASELINE;
    private Collection<String> tags = List.of();

    @Before
    public void scenarioTags(Scenario scenario) {
        tags = scenario.getSourceTagNames();
    }

    @Given("the relay runtime follows the {variant} variant")
    public void variant(Variant v) {
        profile = Profile.of(v);
    }

    private static HeadData genesisHead(int para) {
        return HeadData.ofLabel("genesis head of para " + para);
    }

    private static HeadData headOf(String parablock) {
        return HeadData.ofLabel("head of " + parablock);
    }

    private static Hash32 codeOf(int para) {
        return Hash32.ofLabel("code of para " + para);
    }

    private RuntimeAcceptanceSubject runtime() {
        if (runtime == null) {
            implementation = FeatureSupport.forProfile(FeatureSupport.implementationFor(Subject.RUNTIME_ACCEPTANCE),
                    profile, tags);
            List<ParaGenesis> paras = genesisContexts.entrySet().stream()
                    .map(e -> new ParaGenesis(e.getKey(), genesisHead(e.getKey().value()), codeOf(e.getKey().value()),
                            e.getValue()))
                    .toList();
            runtime = implementation.runtimeAcceptance(
                    new RuntimeParams(allowedAncestryLen, maxHeadDataSize, maxCodeSize, maxPovSize, claimQueue()),
                    new RuntimeGenesis(RelayBlock.of(GENESIS, session), paras));
        }
        return runtime;
    }

    /** The cores as stated, in order from core 0; the lookahead is the longest list of claims. */
    private ClaimQueue claimQueue() {
        if (claims.isEmpty()) {
            return ClaimQueue.NOT_STATED;
        }
        List<List<ParaId>> cores = new ArrayList<>();
        for (int core = 0; core <= claims.lastKey(); core++) {
            cores.add(claims.getOrDefault(core, List.of()));
        }
        return new ClaimQueue(cores, cores.stream().mapToInt(List::size).max().orElseThrow());
    }

    private Draft draft(String name) {
        Draft d = drafts.get(name);
        if (d == null) {
            throw new IllegalArgumentException("parablock " + name + " was not described in this scenario");
        }
        return d;
    }

    private void executeNext(long sessionIndex) {
        RuntimeAcceptanceSubject r = runtime();
        executed++;
        session = sessionIndex;
        r.importBlock(RelayBlock.of(executed, sessionIndex));
    }

    @Given("a relay runtime with allowed_ancestry_len {int}")
    public void ancestry(int a) {
        allowedAncestryLen = a;
    }

    @Given("the relay runtime takes head data of at most {int} bytes and new code of at most {long} bytes")
    public void sizeLimits(int head, long code) {
        maxHeadDataSize = head;
        maxCodeSize = code;
    }

    @Given("paras {ints} are registered")
    public void registered(List<Integer> paras) {
        paras.forEach(p -> genesisContexts.put(ParaId.of(p), RelayBlockNumber.of(0)));
    }

    @Given("para {int} last included a parablock with relay parent {long}")
    public void lastIncluded(int para, long relayParent) {
        genesisContexts.put(ParaId.of(para), RelayBlockNumber.of(relayParent));
    }

    @Given("the relay chain has executed blocks up to {long}")
    @When("the relay chain executes blocks up to {long}")
    public void executeUpTo(long number) {
        runtime();
        while (executed < number) {
            executeNext(session);
        }
    }

    @When("relay block {long} starts a new session")
    @Given("relay block {long} started a new session")
    public void newSession(long number) {
        executeUpTo(number - 1);
        executeNext(session + 1);
    }

    @When("the next relay block is executed")
    public void executeNextBlock() {
        executeNext(session);
    }

    @Given("parablock {word} of para {int} builds on the included head with relay parent {long}")
    public void onIncluded(String name, int para, long relayParent) {
        drafts.put(name, new Draft(name, para, genesisHead(para), relayParent));
    }

    @Given("parablock {word} of para {int} builds on {word} with relay parent {long}")
    public void onParent(String name, int para, String parent, long relayParent) {
        drafts.put(name, new Draft(name, para, headOf(parent), relayParent));
    }

    @Given("parablock {word} repeats the head it builds on")
    public void repeatsHead(String name) {
        draft(name).output = draft(name).parentHead;
    }

    @Given("parablock {word} names a relay parent of that number off the relay chain")
    public void offChain(String name) {
        draft(name).relayParentHash = RelayHash.ofLabel("a fork block " + draft(name).relayParent);
    }

    @Given("parablock {word} states relay-parent number {long} in its validation data")
    public void statesNumber(String name, long number) {
        draft(name).statedNumber = number;
    }

    @Given("parablock {word} states the state root of relay block {long} in its validation data")
    public void statesRoot(String name, long number) {
        draft(name).statedRootOf = number;
    }

    @Given("parablock {word} states a PoV limit of {long} bytes in its validation data")
    public void statesPov(String name, long size) {
        draft(name).statedPov = size;
    }

    @Given("parablock {word} was validated with the code of para {int}")
    public void validatedWith(String name, int para) {
        draft(name).code = codeOf(para);
    }

    @Given("the descriptor of parablock {word} names the head of another parablock")
    public void foreignParaHead(String name) {
        draft(name).foreignParaHead = true;
    }

    @Given("parablock {word} outputs a head of {int} bytes")
    public void outputSize(String name, int size) {
        draft(name).output = HeadData.of("0x" + "ab".repeat(size));
    }

    @Given("parablock {word} upgrades to new code of {long} bytes")
    public void newCode(String name, long size) {
        draft(name).newCodeSize = size;
    }

    /** One core of the claim queue every allowed relay parent holds: the para claimed at each depth, in order. */
    @Given("the claim queue at the relay parent claims core {int} for paras {ints}")
    public void claimQueue(int core, List<Integer> paras) {
        claims.put(core, paras.stream().map(ParaId::of).toList());
    }

    @Given("the receipt of parablock {word} carries a V2 descriptor of core {int}")
    public void v2DescriptorOfCore(String name, int core) {
        draft(name).descriptor = new Receipts.V2(core, session);
        draft(name).hasReceipt = true;
    }

    @Given("the receipt of parablock {word} carries a V2 descriptor of session {long}")
    public void v2Descriptor(String name, long sessionIndex) {
        draft(name).descriptor = new Receipts.V2(0, sessionIndex);
        draft(name).hasReceipt = true;
    }

    /**
     * The upward messages, in order, from a list joined by commas and a final "and": "an XCM message", "the UMP
     * separator", and signals written "a SelectCore" (selector 0, offset 0), "a SelectCore picking S at offset O",
     * "an ApprovedPeer", the last one optionally followed by "signal".
     */
    @Given("parablock {word} sends upward {}")
    public void upward(String name, String list) {
        List<Bytes> messages = new ArrayList<>();
        Pattern picking = Pattern.compile("a SelectCore picking (\\d+) at offset (\\d+)");
        for (String item : list.replaceAll(" signal$", "").split(", | and ")) {
            Matcher select = picking.matcher(item.trim());
            if (select.matches()) {
                messages.add(new UmpSignal.SelectCore(Integer.parseInt(select.group(1)),
                        Integer.parseInt(select.group(2))).encode());
                continue;
            }
            messages.add(switch (item.trim()) {
                case "an XCM message" -> Bytes.ofHex("0x050c0000");
                case "the UMP separator" -> Bytes.EMPTY;
                case "a SelectCore" -> new UmpSignal.SelectCore(0, 0).encode();
                case "an ApprovedPeer" -> new UmpSignal.ApprovedPeer(Bytes.ofHex(Hash32.ofLabel("peer").hex()))
                        .encode();
                default -> throw new IllegalArgumentException("expected an XCM message, the UMP separator, a"
                        + " SelectCore or an ApprovedPeer but was '" + item.trim() + "' in '" + list + "'");
            });
        }
        draft(name).upward = messages;
        draft(name).hasReceipt = true;
    }

    @When("{parablocks} {word} backed in the inherent of relay block {long}")
    public void backedAt(List<String> names, String isOrAre, long block) {
        executeUpTo(block);
        if (executed != block) {
            throw new IllegalArgumentException("relay block " + block + " is already behind; executed up to "
                    + executed);
        }
        List<CandidateVerdict> result = runtime().candidatesBacked(names.stream().map(n -> draft(n).build()).toList());
        for (int i = 0; i < names.size(); i++) {
            // A repeated name keeps the verdict on its last occurrence.
            verdicts.put(names.get(i), result.get(i).outcome());
        }
    }

    @When("{parablocks} {word} available in relay block {long}")
    public void availableAt(List<String> names, String becomeOrBecame, long block) {
        executeUpTo(block);
        runtime().candidatesAvailable(names.stream().map(CandidateHash::ofLabel).toList());
    }

    @When("the availability of {parablocks} times out in relay block {long}")
    public void timedOutAt(List<String> names, long block) {
        executeUpTo(block);
        runtime().availabilityTimedOut(names.stream().map(CandidateHash::ofLabel).toList());
    }

    @Then("the relay runtime accepts {parablocks}")
    public void accepts(List<String> names) {
        names.forEach(n -> FeatureSupport.assertAccepted("parablock " + n, verdict(n)));
    }

    @Then("the relay runtime drops {parablocks} under {word}")
    public void drops(List<String> names, String rule) {
        names.forEach(n -> FeatureSupport.assertRejected(implementation, "parablock " + n, rule, verdict(n)));
    }

    @Then("the relay runtime drops the repeat of {word} under {word}")
    public void dropsRepeat(String name, String rule) {
        FeatureSupport.assertRejected(implementation, "the repeat of parablock " + name, rule, verdict(name));
    }

    @Then("the allowed relay parents are relay blocks {longs}")
    public void allowed(List<Long> numbers) {
        FeatureSupport.assertEquals(numbers,
                runtime().allowedRelayParents().stream().map(rp -> rp.number().value()).toList(),
                "allowed relay parents");
    }

    @Then("the minimum relay parent reported to collators is relay block {long}")
    public void minimum(long number) {
        FeatureSupport.assertEquals(RelayBlockNumber.of(number), runtime().minRelayParentNumber(),
                "min relay parent number");
    }

    @Then("the head of para {int} is the output of {word}")
    public void headIs(int para, String parablock) {
        FeatureSupport.assertEquals(headOf(parablock), paraView(para).head(), "head of para " + para);
    }

    @Then("the head of para {int} is still its genesis head")
    public void headIsGenesis(int para) {
        FeatureSupport.assertEquals(genesisHead(para), paraView(para).head(), "head of para " + para);
    }

    @Then("the most recent context of para {int} is relay block {long}")
    public void contextIs(int para, long number) {
        FeatureSupport.assertEquals(RelayBlockNumber.of(number), paraView(para).mostRecentContext(),
                "most recent context");
    }

    @Then("{parablocks} of para {int} {word} pending availability")
    public void pending(List<String> names, int para, String isOrAre) {
        FeatureSupport.assertEquals(names.stream().map(CandidateHash::ofLabel).toList(),
                paraView(para).pending().stream().map(PendingCandidate::hash).toList(), "pending availability");
    }

    @Then("nothing of para {int} is pending availability")
    public void nothingPending(int para) {
        FeatureSupport.assertEquals(List.of(), paraView(para).pending(), "pending availability of para " + para);
    }

    private ParaView paraView(int para) {
        return runtime().para(ParaId.of(para));
    }

    private Outcome verdict(String name) {
        Outcome outcome = verdicts.get(name);
        if (outcome == null) {
            throw new IllegalArgumentException("parablock " + name + " was not backed in this scenario");
        }
        return outcome;
    }


    private final class Draft {
        private final String name;
        private final int para;
        private final HeadData parentHead;
        private final long relayParent;
        private HeadData output;
        private RelayHash relayParentHash;
        private long statedNumber;
        private long statedRootOf;
        private long statedPov = maxPovSize;
        private Hash32 code;
        private boolean foreignParaHead;
        private long newCodeSize;
        private boolean hasReceipt;
        private Receipts.DescriptorChoice descriptor = Receipts.BASELINE;
        private List<Bytes> upward = List.of();

        Draft(String name, int para, HeadData parentHead, long relayParent) {
            this.name = name;
            this.para = para;
            this.parentHead = parentHead;
            this.relayParent = relayParent;
            this.output = headOf(name);
            this.relayParentHash = RelayBlock.of(relayParent, 0).hash();
            this.statedNumber = relayParent;
            this.statedRootOf = relayParent;
            this.code = codeOf(para);
        }

        BackedCandidate build() {
            PersistedValidationData data = new PersistedValidationData(parentHead, RelayBlockNumber.of(statedNumber),
                    RelayBlock.of(statedRootOf, 0).stateRoot(), statedPov);
            BackedCandidate plain = new BackedCandidate(CandidateHash.ofLabel(name), ParaId.of(para), relayParentHash,
                    data, output, BackedCandidate.headHash(foreignParaHead ? headOf(name + "'s sibling") : output), code,
                    newCodeSize);
            if (!hasReceipt) {
                return plain;
            }
            Receipts.Built receipt = Receipts.forBacked(plain.para(), relayParentHash, data, output, plain.paraHead(),
                    code, newCodeSize, plain.hash().hash(), descriptor, upward);
            return new BackedCandidate(new CandidateHash(receipt.candidateHash()), plain.para(), relayParentHash, data,
                    output, plain.paraHead(), code, newCodeSize, receipt.receipt());
        }
    }
}
