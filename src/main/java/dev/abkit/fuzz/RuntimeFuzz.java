package dev.abkit.fuzz;

import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_001;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_012;

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
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.ParaGenesis;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import dev.abkit.vectors.subjects.RuntimeDriver;
import dev.abkit.vectors.subjects.RuntimeDriver.Parameters;
import dev.abkit.vectors.subjects.RuntimeDriver.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relay chains executed block by block for the runtime's acceptance of backed candidates: session changes, the
 * allowed relay parents at and beyond the edge of the a+1 window, availability of prefixes and of later candidates
 * alone, timeouts, and inherents whose candidates build on the right or wrong parent, go back in relay-parent
 * order, repeat, carry wrong validation data, code hash or para head, and head or code sizes around the limits. Each
 * para's state is checked after every event, the allowed relay parents and the minimum relay parent after imports.
 */
public final class RuntimeFuzz extends FuzzSubject<Parameters, RuntimeEvent, Query, RuntimeAcceptanceSubject> {
    private static final List<ParaId> PARAS = List.of(ParaId.of(1), ParaId.of(2));
    /**
     * The claim queue every relay parent of every case holds: para 1 on cores 0 and 1 at depth 0 and on core 0 at
     * depth 1, para 2 on core 2 at depth 0 and on cores 1 and 2 at depth 1 (AB-RT-018 .. AB-RT-020).
     */
    private static final ClaimQueue CLAIM_QUEUE = new ClaimQueue(List.of(List.of(PARAS.get(0), PARAS.get(0)),
            List.of(PARAS.get(0), PARAS.get(1)), List.of(PARAS.get(1), PARAS.get(1))), 2);

    public RuntimeFuzz() {
        super(new RuntimeDriver(), "fuzz-runtime", 3, AB_RT_001);
    }

    @Override
    public FuzzCase<Parameters, RuntimeEvent, Query> generate(long seed) {
        return generateRecorded(seed).c();
    }

    @Override
    Generated<Parameters, RuntimeEvent, Query, RuntimeAcceptanceSubject> generateRecorded(long seed) {
        Dice d = new Dice(seed);
        int a = switch (d.weighted(2, 2, 4, 1, 1)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            default -> d.between(4, 6);
        };
        RuntimeParams params = new RuntimeParams(a, d.between(4, 32), d.between(10, 200), 5 * 1024 * 1024,
                CLAIM_QUEUE);
        long number = d.between(1, 10);
        RelayBlock genesisBlock = RelayBlock.of(number, 0);
        List<ParaGenesis> paras = new ArrayList<>();
        for (ParaId para : PARAS) {
            paras.add(new ParaGenesis(para, HeadData.ofLabel("genesis-" + para.value()),
                    Hash32.ofLabel("code-" + para.value()), RelayBlockNumber.of(d.chance(0.7) ? 0 : number - 1)));
        }
        Parameters parameters = new Parameters(params, new RuntimeGenesis(genesisBlock, paras));
        ReferenceRun<Parameters, RuntimeEvent, Query, RuntimeAcceptanceSubject> ran =
                new ReferenceRun<>(driver(), parameters);
        RuntimeAcceptanceSubject model = ran.model();
        List<FuzzStep<RuntimeEvent, Query>> steps = new ArrayList<>();
        Map<Long, RelayBlock> blocks = new HashMap<>();
        blocks.put(number, genesisBlock);
        long session = 0;
        int counter = 0;
        int relayBlocks = d.between(3, 14);
        for (int b = 0; b < relayBlocks; b++) {
            number++;
            if (d.chance(0.1)) {
                session++;
            }
            RelayBlock block = RelayBlock.of(number, session);
            blocks.put(number, block);
            apply(steps, ran, new RuntimeEvent.RelayBlockImported(block));
            ran.look(steps, new RuntimeDriver.AllowedRelayParents());
            if (d.chance(0.4)) {
                ran.look(steps, new RuntimeDriver.MinRelayParentNumber());
            }
            List<CandidateHash> pending = new ArrayList<>();
            for (ParaId para : PARAS) {
                model.para(para).pending().forEach(p -> pending.add(p.hash()));
            }
            if (!pending.isEmpty() && d.chance(0.6)) {
                List<CandidateHash> available = new ArrayList<>();
                for (CandidateHash h : pending) {
                    if (d.chance(0.6)) {
                        available.add(h);
                    }
                }
                apply(steps, ran, new RuntimeEvent.CandidatesAvailable(available));
                lookAtParas(steps, ran);
            }
            List<CandidateHash> left = new ArrayList<>();
            for (ParaId para : PARAS) {
                model.para(para).pending().forEach(p -> left.add(p.hash()));
            }
            if (!left.isEmpty() && d.chance(0.25)) {
                apply(steps, ran, new RuntimeEvent.AvailabilityTimedOut(List.of(d.pick(left))));
                lookAtParas(steps, ran);
            }
            if (d.chance(0.85)) {
                List<BackedCandidate> batch = new ArrayList<>();
                for (ParaId para : PARAS) {
                    if (d.chance(0.35)) {
                        continue;
                    }
                    ParaView view = model.para(para);
                    HeadData parent = view.latestHead();
                    int count = d.weighted(1, 4, 3, 2);
                    for (int i = 0; i < count; i++) {
                        BackedCandidate candidate = backed(d, params, model, blocks, number, para, parent, view,
                                counter++, seed);
                        batch.add(candidate);
                        if (d.chance(0.05)) {
                            batch.add(candidate);
                        }
                        parent = candidate.outputHead();
                    }
                }
                apply(steps, ran, new RuntimeEvent.CandidatesBacked(batch));
                lookAtParas(steps, ran);
            }
        }
        return new Generated<>(new FuzzCase<>(generatorName(), generatorVersion(), seed, parameters, steps), ran);
    }

    private BackedCandidate backed(Dice d, RuntimeParams params, RuntimeAcceptanceSubject model,
            Map<Long, RelayBlock> blocks, long current, ParaId para, HeadData parent, ParaView view, int counter,
            long seed) {
        List<AllowedRelayParent> allowed = model.allowedRelayParents();
        long number;
        if (allowed.isEmpty()) {
            number = current - 1;
        } else {
            number = switch (d.weighted(4, 3, 1, 1, 1)) {
                case 0 -> allowed.get(allowed.size() - 1).number().value();
                case 1 -> allowed.get(0).number().value();
                case 2 -> allowed.get(0).number().value() - 1;
                case 3 -> view.latestContext().value() + d.between(-1, 1);
                default -> d.pick(allowed).number().value();
            };
        }
        RelayBlock relayParent = blocks.get(number);
        RelayHash relayHash;
        Hash32 stateRoot;
        if (relayParent == null || d.chance(0.03)) {
            relayHash = RelayHash.ofLabel("unknown-" + number);
            stateRoot = Hash32.ofLabel("state-root-unknown");
        } else {
            relayHash = relayParent.hash();
            stateRoot = relayParent.stateRoot();
        }
        number = Math.max(0, number);
        int size = (int) Math.max(1, d.chance(0.3) ? d.around(params.maxHeadDataSize()) : d.between(1, 4));
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) d.between(0, 255);
        }
        bytes[0] = (byte) counter;
        HeadData output = new HeadData("0x" + HexFormat.of().formatHex(bytes));
        HeadData claimedParent = d.weighted(20, 1) == 0 ? parent : HeadData.ofLabel("elsewhere");
        long pov = d.weighted(20, 1) == 0 ? params.maxPovSize() : params.maxPovSize() - 1;
        Hash32 root = d.weighted(30, 1) == 0 ? stateRoot : Hash32.ofLabel("another root");
        PersistedValidationData data = new PersistedValidationData(claimedParent, RelayBlockNumber.of(number), root,
                pov);
        Hash32 code = d.weighted(20, 1) == 0 ? Hash32.ofLabel("code-" + para.value()) : Hash32.ofLabel("old code");
        Hash32 paraHead = d.weighted(20, 1) == 0 ? BackedCandidate.headHash(output) : Hash32.ofLabel("wrong head");
        long newCode = d.chance(0.85) ? 0 : d.around(params.maxCodeSize());
        BackedCandidate candidate = new BackedCandidate(CandidateHash.ofLabel("c" + counter), para, relayHash, data,
                output, paraHead, code, newCode);
        // One candidate in 8, chosen by its ordinal so that no extra randomness is drawn, carries a committed receipt
        // (its shape turns with the ordinal, from a start the seed gives):
        // a V2 descriptor of the current or the next session, or signals well-formed or not, with either descriptor,
        // or a V2 descriptor whose core the claim queue does not give it
        // (AB-RT-015 .. AB-RT-020, decided under candidate-descriptor-v2 and ignored by the baseline).
        // A receipt that breaks one of them goes only to a candidate given a defect above, which every profile drops:
        // the baseline steers the generation, and a candidate only candidate-descriptor-v2 drops would make the
        // later steps name candidates that are not pending under that profile.
        boolean isDefective = !claimedParent.equals(parent) || pov != params.maxPovSize() || !root.equals(stateRoot)
                || !code.equals(Hash32.ofLabel("code-" + para.value())) || !paraHead.equals(
                        BackedCandidate.headHash(output)) || relayParent == null || !relayHash.equals(
                        relayParent.hash());
        int shape = (int) Math.floorMod(counter / 8 + seed, 10L);
        if (!isDefective) {
            shape = switch (shape) {
                case 1, 7, 9 -> 0;
                case 3, 4, 8 -> 2;
                case 5 -> 6;
                default -> shape;
            };
        }
        return counter % 8 == 3 ? withReceipt(candidate, shape, blocks.get(current).session()) : candidate;
    }

    private static BackedCandidate withReceipt(BackedCandidate c, int shape, long session) {
        Bytes separator = Bytes.EMPTY;
        Bytes xcm = Bytes.ofHex("0x050c0000");
        Bytes selectCore = new UmpSignal.SelectCore(0, 0).encode();
        Bytes approvedPeer = new UmpSignal.ApprovedPeer(Bytes.ofHex(Hash32.ofLabel("fuzz peer").hex())).encode();
        // The para's first core at depth 0, which selector 0 (or no selector) picks.
        int core = c.para().equals(PARAS.get(0)) ? 0 : 2;
        Receipts.DescriptorChoice v2 = new Receipts.V2(core, session);
        Receipts.DescriptorChoice descriptor = switch (shape) {
            case 1 -> new Receipts.V2(core, session + 1);
            case 5, 6 -> Receipts.BASELINE;
            case 8 -> new Receipts.V2((core + 1) % 3, session);
            case 9 -> new Receipts.V2((core + 2) % 3, session);
            default -> v2;
        };
        List<Bytes> upward = switch (shape) {
            case 2, 8 -> List.of(xcm, separator, selectCore, approvedPeer);
            case 7 -> List.of(separator, new UmpSignal.SelectCore(0, 2).encode());
            case 3 -> List.of(separator, selectCore, selectCore);
            case 4 -> List.of(separator, xcm);
            case 5 -> List.of(separator, selectCore);
            case 6 -> List.of(xcm, separator);
            default -> List.of();
        };
        Receipts.Built receipt = Receipts.forBacked(c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                c.paraHead(), c.validationCodeHash(), c.newCodeSize(), c.hash().hash(), descriptor, upward);
        return new BackedCandidate(new CandidateHash(receipt.candidateHash()), c.para(), c.relayParent(),
                c.validationData(), c.outputHead(), c.paraHead(), c.validationCodeHash(), c.newCodeSize(),
                receipt.receipt());
    }

    private static void apply(List<FuzzStep<RuntimeEvent, Query>> steps,
            ReferenceRun<Parameters, RuntimeEvent, Query, RuntimeAcceptanceSubject> ran, RuntimeEvent e) {
        ran.act(steps, e);
    }

    private static void lookAtParas(List<FuzzStep<RuntimeEvent, Query>> steps,
            ReferenceRun<Parameters, RuntimeEvent, Query, RuntimeAcceptanceSubject> ran) {
        PARAS.forEach(p -> ran.look(steps, new RuntimeDriver.ParaState(p)));
    }

    @Override
    public Invariants<RuntimeEvent, Query> invariants(Parameters parameters) {
        int a = parameters.params().allowedAncestryLen();
        return new Invariants<>() {
            private long current = parameters.genesis().block().number().value();

            @Override
            public void afterEvent(RuntimeEvent event, Outcome outcome) {
                if (event instanceof RuntimeEvent.RelayBlockImported imported) {
                    current = imported.block().number().value();
                }
            }

            @Override
            public Optional<Violation> check(Query query, Object answer) {
                if (answer instanceof List<?> allowed && query instanceof RuntimeDriver.AllowedRelayParents) {
                    if (allowed.size() > a + 1) {
                        return Optional.of(new Violation(AB_RT_001, allowed.size()
                                + " allowed relay parents, more than a + 1 = " + (a + 1)));
                    }
                    for (Object entry : allowed) {
                        long n = ((AllowedRelayParent) entry).number().value();
                        if (n >= current || n < current - 1 - a) {
                            return Optional.of(new Violation(AB_RT_001, "relay parent #" + n
                                    + " allowed in block #" + current + " outside #" + (current - 1 - a) + " .. #"
                                    + (current - 1)));
                        }
                    }
                }
                if (answer instanceof RelayBlockNumber min && min.value() < current - a) {
                    return Optional.of(new Violation(AB_RT_012, "min_relay_parent_number " + min + " at block #"
                            + current + " is below #" + (current - a)));
                }
                return Optional.empty();
            }
        };
    }

    @Override
    public List<RuntimeEvent> simplerEvents(RuntimeEvent event) {
        if (event instanceof RuntimeEvent.CandidatesBacked backed && backed.candidates().size() > 1) {
            List<RuntimeEvent> simpler = new ArrayList<>();
            for (int i = backed.candidates().size() - 1; i >= 0; i--) {
                List<BackedCandidate> fewer = new ArrayList<>(backed.candidates());
                fewer.remove(i);
                simpler.add(new RuntimeEvent.CandidatesBacked(fewer));
            }
            return simpler;
        }
        return List.of();
    }
}
