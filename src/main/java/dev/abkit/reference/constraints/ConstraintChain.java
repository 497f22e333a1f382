package dev.abkit.reference.constraints;

import dev.abkit.catalog.Profile;
import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of unincluded candidates of one para checked one after another against the constraints of the relay
 * chain: each candidate is checked against the base constraints with its accepted ancestors' modifications applied
 * (areas CONS). A rejected candidate leaves the chain unchanged.
 */
public final class ConstraintChain {
    private final InclusionEmulator emulator;
    private final Constraints base;
    private final List<ConstraintModifications> accepted = new ArrayList<>();
    private ConstraintModifications cumulative;
    private Constraints current;

    public ConstraintChain(Checks checks, Constraints base) {
        this(checks, base, Profile.BASELINE);
    }

    /** The chain of a profile's emulator (see {@link InclusionEmulator#InclusionEmulator(Checks, Profile)}). */
    public ConstraintChain(Checks checks, Constraints base, Profile profile) {
        this.emulator = new InclusionEmulator(checks, profile);
        this.base = base;
        this.current = base;
    }

    /** Checks the next candidate of the chain; on success it becomes the parent of the next one. */
    public Outcome append(ConstraintCandidate candidate) {
        try {
            ConstraintModifications own = emulator.check(candidate.relayParent(), current, candidate.commitments(),
                    candidate.validationCodeHash(), candidate.validationData());
            ConstraintModifications stacked = cumulative == null ? own : cumulative.stack(own);
            Constraints next = emulator.apply(base, stacked);
            accepted.add(own);
            cumulative = stacked;
            current = next;
            return Outcome.accepted();
        } catch (RuleViolation violation) {
            return violation.toOutcome();
        }
    }

    /** The constraints the next candidate is checked against. */
    public Constraints constraints() {
        return current;
    }
}
