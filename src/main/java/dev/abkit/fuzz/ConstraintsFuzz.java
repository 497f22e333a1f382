package dev.abkit.fuzz;

import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_018;
import static dev.abkit.reference.constraints.ConstraintsRules.AB_CONS_019;

import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpChannelLimits;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.ConstraintsDriver.Append;
import dev.abkit.vectors.subjects.ConstraintsDriver.Event;
import dev.abkit.vectors.subjects.ConstraintsDriver.Parameters;
import dev.abkit.vectors.subjects.ConstraintsDriver.Query;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chains of candidates against small base constraints, each input at, one under or one over the limit it meets:
 * head and code sizes, upward message count and bytes, horizontal messages per candidate, per channel and in
 * recipient order, downward messages processed against the queue and its oldest message, watermarks in and out of
 * the valid list, relay parents around the minimum, code hashes before and after a scheduled upgrade, and validation
 * data that does not match. The current constraints are checked after every candidate.
 */
public final class ConstraintsFuzz extends FuzzSubject<Parameters, Event, Query, CandidateConstraintsSubject> {
    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    private static final ValidationCodeHash UPGRADE = ValidationCodeHash.ofLabel("upgrade");
    private static final List<ParaId> RECIPIENTS = List.of(ParaId.of(2000), ParaId.of(2001), ParaId.of(2002));

    public ConstraintsFuzz() {
        super(new ConstraintsDriver(), "fuzz-constraints", 2, AB_CONS_018);
    }

    @Override
    public FuzzCase<Parameters, Event, Query> generate(long seed) {
        return generateRecorded(seed).c();
    }

    @Override
    Generated<Parameters, Event, Query, CandidateConstraintsSubject> generateRecorded(long seed) {
        Dice d = new Dice(seed);
        long min = d.between(5, 20);
        List<RelayBlockNumber> dmp = new ArrayList<>();
        long sentAt = min - d.between(0, 3);
        for (int i = d.between(0, 4); i > 0; i--) {
            dmp.add(RelayBlockNumber.of(Math.max(0, sentAt)));
            sentAt += d.between(0, 3);
        }
        List<RelayBlockNumber> watermarks = new ArrayList<>();
        for (long w = min - d.between(0, 2); w < min + 8; w += d.between(1, 3)) {
            watermarks.add(RelayBlockNumber.of(Math.max(0, w)));
        }
        TreeMap<ParaId, HrmpChannelLimits> channels = new TreeMap<>();
        for (ParaId recipient : RECIPIENTS.subList(0, 2)) {
            if (d.chance(0.8)) {
                channels.put(recipient, new HrmpChannelLimits(d.between(0, 120), d.between(0, 4)));
            }
        }
        Constraints base = new Constraints(RelayBlockNumber.of(min), d.between(1000, 5000), d.between(10, 100),
                d.between(4, 40), d.between(0, 6), d.between(0, 200), d.between(0, 4),
                dmp.stream().distinct().toList(), watermarks.stream().distinct().toList(), channels, d.between(0, 3),
                HeadData.ofLabel("included"), CODE, d.chance(0.2),
                d.chance(0.3) ? new FutureCode.Scheduled(RelayBlockNumber.of(min + d.between(0, 5)), UPGRADE)
                        : FutureCode.NONE);
        Parameters params = new Parameters(base);
        ReferenceRun<Parameters, Event, Query, CandidateConstraintsSubject> ran = new ReferenceRun<>(driver(), params);
        CandidateConstraintsSubject model = ran.model();
        List<FuzzStep<Event, Query>> steps = new ArrayList<>();
        long relayParent = min;
        int candidates = d.between(1, 8);
        for (int i = 0; i < candidates; i++) {
            Constraints current = model.constraints();
            relayParent = Math.max(0, switch (d.weighted(4, 3, 2, 1)) {
                case 0 -> relayParent;
                case 1 -> relayParent + d.between(1, 3);
                case 2 -> d.around(current.minRelayParentNumber().value());
                default -> relayParent - 1;
            });
            Append append = new Append(candidate(d, current, relayParent, i));
            ran.act(steps, append);
            ran.look(steps, new ConstraintsDriver.CurrentConstraints());
        }
        return new Generated<>(new FuzzCase<>(generatorName(), generatorVersion(), seed, params, steps), ran);
    }

    private static ConstraintCandidate candidate(Dice d, Constraints c, long number, int index) {
        RelayParentInfo relayParent = new RelayParentInfo(RelayHash.ofLabel("rp" + number), RelayBlockNumber.of(number),
                Hash32.ofLabel("state:rp" + number));
        int headSize = (int) Math.max(1, d.chance(0.5) ? d.around(c.maxHeadDataSize()) : d.between(1, 4));
        byte[] bytes = new byte[headSize];
        for (int i = 0; i < headSize; i++) {
            bytes[i] = (byte) d.between(0, 255);
        }
        bytes[0] = (byte) index;
        HeadData head = new HeadData("0x" + HexFormat.of().formatHex(bytes));
        List<Long> upward = new ArrayList<>();
        int upwardCount = d.chance(0.4) ? 0 : (int) d.around(Math.min(c.maxUmpNumPerCandidate(), c.umpRemaining()));
        long bytesLeft = d.chance(0.5) ? d.around(c.umpRemainingBytes()) : d.between(0, 20) * (long) upwardCount;
        for (int i = 0; i < upwardCount; i++) {
            long size = i == upwardCount - 1 ? bytesLeft : Math.min(bytesLeft, d.between(1, 20));
            upward.add(Math.max(1, size));
            bytesLeft -= size;
        }
        if (d.chance(0.3)) {
            // The UMP separator, then a SelectCore signal (3 bytes) and sometimes an ApprovedPeer signal.
            upward.add(0L);
            upward.add(3L);
            if (d.chance(0.3)) {
                upward.add((long) d.between(2, 66));
            }
        }
        List<OutboundHrmpMessage> horizontal = new ArrayList<>();
        if (d.chance(0.5)) {
            int count = (int) Math.min(3, d.around(c.maxHrmpNumPerCandidate()));
            List<ParaId> recipients = new ArrayList<>(RECIPIENTS.subList(0, Math.min(3, count)));
            if (recipients.size() > 1 && d.chance(0.15)) {
                recipients.set(recipients.size() - 1, recipients.get(0));
            }
            for (ParaId recipient : recipients) {
                HrmpChannelLimits limits = c.hrmpChannelsOut().get(recipient);
                long size = limits == null ? d.between(0, 20) : d.around(limits.bytesRemaining());
                horizontal.add(new OutboundHrmpMessage(recipient, size));
            }
        }
        NewCode code = d.chance(0.8) ? NewCode.NONE : NewCode.of(d.around(c.maxCodeSize()));
        List<RelayBlockNumber> queue = c.dmpRemainingMessages();
        int processed = queue.isEmpty() ? (d.chance(0.9) ? 0 : 1)
                : (int) Math.min(Integer.MAX_VALUE, d.chance(0.3) ? 0 : d.around(queue.size()));
        RelayBlockNumber watermark = switch (d.weighted(5, 3, 1)) {
            case 0 -> RelayBlockNumber.of(number);
            case 1 -> c.validWatermarks().isEmpty() ? RelayBlockNumber.of(number) : d.pick(c.validWatermarks());
            default -> RelayBlockNumber.of(Math.max(0, number - d.between(1, 3)));
        };
        CandidateCommitments commitments = new CandidateCommitments(head, upward, horizontal, code, processed,
                watermark);
        ValidationCodeHash codeHash = switch (d.weighted(12, 1, 1)) {
            case 0 -> c.validationCodeHash();
            case 1 -> CODE;
            default -> UPGRADE;
        };
        HeadData parent = d.weighted(15, 1) == 0 ? c.requiredParent() : HeadData.ofLabel("elsewhere");
        long pov = d.weighted(15, 1) == 0 ? c.maxPovSize() : c.maxPovSize() + 1;
        return new ConstraintCandidate(relayParent, commitments, codeHash,
                PersistedValidationData.of(parent, relayParent, pov));
    }

    @Override
    public Invariants<Event, Query> invariants(Parameters parameters) {
        return new Invariants<>() {
            private Optional<HeadData> lastOutput = Optional.empty();
            private long umpSent;

            @Override
            public void afterEvent(Event event, Outcome outcome) {
                if (outcome.isAccepted() && event instanceof Append a) {
                    lastOutput = Optional.of(a.candidate().commitments().headData());
                    umpSent += a.candidate().commitments().queuedUpwardMessages().size();
                }
            }

            @Override
            public Optional<Violation> check(Query query, Object answer) {
                if (!(answer instanceof Constraints c)) {
                    return Optional.empty();
                }
                if (lastOutput.isPresent() && !c.requiredParent().equals(lastOutput.get())) {
                    return Optional.of(new Violation(AB_CONS_018, "the next candidate must build on "
                            + c.requiredParent() + " but the last accepted candidate output " + lastOutput.get()));
                }
                if (c.umpRemaining() != parameters.base().umpRemaining() - umpSent) {
                    return Optional.of(new Violation(AB_CONS_019, c.umpRemaining() + " upward messages remain, but "
                            + parameters.base().umpRemaining() + " minus " + umpSent + " sent along the chain"));
                }
                return Optional.empty();
            }
        };
    }

    @Override
    public List<Event> simplerEvents(Event event) {
        if (!(event instanceof Append a)) {
            return List.of();
        }
        ConstraintCandidate c = a.candidate();
        CandidateCommitments m = c.commitments();
        List<Event> simpler = new ArrayList<>();
        if (!m.upwardMessages().isEmpty()) {
            simpler.add(new Append(new ConstraintCandidate(c.relayParent(), m.withUpwardMessages(List.of()),
                    c.validationCodeHash(), c.validationData())));
        }
        if (!m.horizontalMessages().isEmpty()) {
            simpler.add(new Append(new ConstraintCandidate(c.relayParent(), m.withHorizontalMessages(List.of()),
                    c.validationCodeHash(), c.validationData())));
        }
        if (m.newValidationCode() instanceof NewCode.Present) {
            simpler.add(new Append(new ConstraintCandidate(c.relayParent(), m.withNewCode(NewCode.NONE),
                    c.validationCodeHash(), c.validationData())));
        }
        return simpler;
    }
}
