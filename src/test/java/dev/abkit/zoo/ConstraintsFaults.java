package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Outcome;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.ConstraintsRules;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/** Faulty candidate-constraints implementations (area CONS). */
final class ConstraintsFaults {
    private static final ReferenceImplementation REFERENCE = new ReferenceImplementation();

    private ConstraintsFaults() {
    }

    static List<Fault> all() {
        return List.of(
                fault("ValidationCodeHashNotChecked", ConstraintsRules.AB_CONS_001,
                        "the candidate's validation code hash is never compared with the para's current one",
                        CodeHashNotChecked::new),
                fault("CodeSizeCheckedWithGreaterOrEqual", ConstraintsRules.AB_CONS_005,
                        "new code of exactly max_code_size is refused (size >= max instead of size > max)",
                        base -> new CodeSizeWithGreaterOrEqual(REFERENCE.candidateConstraints(base))),
                fault("BudgetsNotShared", ConstraintsRules.AB_CONS_019,
                        "each candidate's message budgets are the base ones, ignoring what its ancestors sent",
                        BudgetsNotShared::new),
                fault("UmpQueueCheckedWithGreaterOrEqual", ConstraintsRules.AB_CONS_015,
                        "upward messages filling the relay queue exactly are refused (sent >= ump_remaining)",
                        base -> new UmpWithGreaterOrEqual(REFERENCE.candidateConstraints(base))),
                fault("DmpAdvancementCheckedWithLessThan", ConstraintsRules.AB_CONS_008,
                        "a downward message sent at the relay parent itself does not oblige the candidate to "
                                + "process one (sent_at < relay parent instead of <=)",
                        DmpAdvancementWithLessThan::new),
                fault("CountsUmpSignals", ConstraintsRules.AB_CONS_009,
                        "the UMP separator and the signals after it are counted as upward messages and bytes (before"
                                + " PR 6178)",
                        CountsUmpSignals::new),
                fault("WatermarkKeptUnderBaseline", ConstraintsRules.AB_CONS_020,
                        "a matched trunk watermark stays valid for the candidate's descendants (the hrmp-watermark-kept"
                                + " reading of stable2506) while the baseline is declared",
                        base -> new ReferenceImplementation(Profile.of(Variant.HRMP_WATERMARK_KEPT), RuleProbe.NONE)
                                .candidateConstraints(base)));
    }

    private static Fault fault(String name, dev.abkit.catalog.RuleId rule, String description,
            Function<Constraints, CandidateConstraintsSubject> open) {
        return new Fault(name, rule, description, new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", Profile.BASELINE, EnumSet.of(Subject.CANDIDATE_CONSTRAINTS), true);
            }

            @Override
            public CandidateConstraintsSubject candidateConstraints(Constraints base) {
                return open.apply(base);
            }
        });
    }

    /** AB-CONS-001: accepts a candidate whatever its code hash; the chain then goes on as if it had matched. */
    private static final class CodeHashNotChecked implements CandidateConstraintsSubject {
        private CandidateConstraintsSubject chain;

        CodeHashNotChecked(Constraints base) {
            chain = REFERENCE.candidateConstraints(base);
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            Constraints current = chain.constraints();
            if (candidate.validationCodeHash().equals(current.validationCodeHash())) {
                return chain.append(candidate);
            }
            CandidateConstraintsSubject lenient = REFERENCE.candidateConstraints(
                    current.withValidationCodeHash(candidate.validationCodeHash()));
            Outcome outcome = lenient.append(candidate);
            if (outcome.isAccepted()) {
                Constraints after = lenient.constraints();
                chain = REFERENCE.candidateConstraints(
                        after.validationCodeHash().equals(candidate.validationCodeHash())
                                ? after.withValidationCodeHash(current.validationCodeHash()) : after);
            }
            return outcome;
        }

        @Override
        public Constraints constraints() {
            return chain.constraints();
        }
    }

    /** AB-CONS-005: code of exactly max_code_size is refused. */
    static final class CodeSizeWithGreaterOrEqual implements CandidateConstraintsSubject {
        private final CandidateConstraintsSubject inner;

        CodeSizeWithGreaterOrEqual(CandidateConstraintsSubject inner) {
            this.inner = inner;
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            if (candidate.commitments().newValidationCode() instanceof NewCode.Present p
                    && p.size() == inner.constraints().maxCodeSize()) {
                return Outcome.rejected(ConstraintsRules.AB_CONS_005, "code size " + p.size() + " >= " + p.size());
            }
            return inner.append(candidate);
        }

        @Override
        public Constraints constraints() {
            return inner.constraints();
        }
    }

    /** AB-CONS-019: children are checked against the base budgets, ignoring what their ancestors sent. */
    private static final class BudgetsNotShared implements CandidateConstraintsSubject {
        private final Constraints base;
        private CandidateConstraintsSubject chain;

        BudgetsNotShared(Constraints base) {
            this.base = base;
            this.chain = REFERENCE.candidateConstraints(base);
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            Outcome outcome = chain.append(candidate);
            if (outcome.isAccepted()) {
                Constraints after = chain.constraints();
                chain = REFERENCE.candidateConstraints(base.withRequiredParent(after.requiredParent())
                        .withValidationCodeHash(after.validationCodeHash())
                        .withValidWatermarks(after.validWatermarks())
                        .withDmpRemainingMessages(after.dmpRemainingMessages())
                        .withFutureValidationCode(after.futureValidationCode()));
            }
            return outcome;
        }

        @Override
        public Constraints constraints() {
            return chain.constraints();
        }
    }

    /** AB-CONS-015: upward messages that fill the relay dispatch queue exactly are refused. */
    private static final class UmpWithGreaterOrEqual implements CandidateConstraintsSubject {
        private final CandidateConstraintsSubject inner;

        UmpWithGreaterOrEqual(CandidateConstraintsSubject inner) {
            this.inner = inner;
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            long sent = candidate.commitments().queuedUpwardMessages().size();
            long remaining = inner.constraints().umpRemaining();
            if (sent == remaining) {
                return Outcome.rejected(ConstraintsRules.AB_CONS_015,
                        sent + " upward messages >= the " + remaining + " remaining");
            }
            return inner.append(candidate);
        }

        @Override
        public Constraints constraints() {
            return inner.constraints();
        }
    }

    /**
     * AB-CONS-008 compared with {@code <}: the reference sees every queued message as sent one block later, which
     * turns its {@code sent_at <= relay parent} into {@code sent_at < relay parent} and changes nothing else; the
     * constraints are reported with the real send times.
     */
    private static final class DmpAdvancementWithLessThan implements CandidateConstraintsSubject {
        private final CandidateConstraintsSubject inner;

        DmpAdvancementWithLessThan(Constraints base) {
            inner = REFERENCE.candidateConstraints(base.withDmpRemainingMessages(shift(base, 1)));
        }

        private static List<RelayBlockNumber> shift(Constraints constraints, long blocks) {
            return constraints.dmpRemainingMessages().stream().map(n -> RelayBlockNumber.of(n.value() + blocks))
                    .toList();
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            return inner.append(candidate);
        }

        @Override
        public Constraints constraints() {
            Constraints shifted = inner.constraints();
            return shifted.withDmpRemainingMessages(shift(shifted, -1));
        }
    }

    /**
     * AB-CONS-009, AB-CONS-015, AB-CONS-016 before upstream PR 6178: every upward message counts, the UMP separator and
     * the signals after it included, against the per-candidate limit and the relay queue, and the chain's remaining
     * budgets are reduced by them too.
     */
    private static final class CountsUmpSignals implements CandidateConstraintsSubject {
        private CandidateConstraintsSubject chain;

        CountsUmpSignals(Constraints base) {
            chain = REFERENCE.candidateConstraints(base);
        }

        @Override
        public Outcome append(ConstraintCandidate candidate) {
            List<Long> all = candidate.commitments().upwardMessages();
            long extraCount = all.size() - candidate.commitments().queuedUpwardMessages().size();
            if (extraCount == 0) {
                return chain.append(candidate);
            }
            long allBytes = all.stream().mapToLong(Long::longValue).sum();
            long extraBytes = allBytes - candidate.commitments().upwardBytes();
            Constraints current = chain.constraints();
            if (all.size() > current.maxUmpNumPerCandidate()) {
                return Outcome.rejected(ConstraintsRules.AB_CONS_009, all.size() + " upward messages exceed "
                        + current.maxUmpNumPerCandidate());
            }
            if (all.size() > current.umpRemaining()) {
                return Outcome.rejected(ConstraintsRules.AB_CONS_015, all.size() + " upward messages exceed the "
                        + current.umpRemaining() + " remaining");
            }
            if (allBytes > current.umpRemainingBytes()) {
                return Outcome.rejected(ConstraintsRules.AB_CONS_016, allBytes + " upward bytes exceed the "
                        + current.umpRemainingBytes() + " remaining");
            }
            Outcome outcome = chain.append(candidate);
            if (outcome.isAccepted()) {
                Constraints after = chain.constraints();
                chain = REFERENCE.candidateConstraints(after.withUmp(after.umpRemaining() - extraCount,
                        after.umpRemainingBytes() - extraBytes, after.maxUmpNumPerCandidate()));
            }
            return outcome;
        }

        @Override
        public Constraints constraints() {
            return chain.constraints();
        }
    }
}
