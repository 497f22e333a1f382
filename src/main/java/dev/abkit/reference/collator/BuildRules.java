package dev.abkit.reference.collator;

import static dev.abkit.reference.collator.CollatorRules.AB_COL_008;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_009;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_010;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_011;
import static dev.abkit.reference.collator.CollatorRules.AB_COL_012;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.Checks;

/**
 * Whether and how often the collator authors (upstream aura {@code collators/mod.rs} {@code can_build_upon},
 * {@code lookahead.rs}, {@code slot_based/slot_timer.rs}).
 *
 * <p>Order of the decision: the slot claim first (AB-COL-008), then the bypass on the included block (AB-COL-009),
 * then the runtime's answer, asked with the relay slot or the para slot by API version (AB-COL-010). The runtime's
 * own check is the unincluded-segment subject's {@code can_build_upon} (AB-VEL-007, AB-VEL-008); the bypass exists
 * because the runtime cannot know the hash of the parent it is asked about, so a parent that is itself the included
 * block would count as unincluded (PR 7205).
 */
public final class BuildRules {
    /** Upstream's lower bound on the slot-based collator's interval (BLOCK_PRODUCTION_MINIMUM_INTERVAL_MS). */
    public static final long MINIMUM_INTERVAL_MILLIS = 500;
    /** The lookahead collator builds at most two blocks per imported relay block ({@code for n_built in 0..2}). */
    public static final int LOOKAHEAD_BLOCKS_PER_IMPORT = 2;

    private final Checks checks;
    private final Profile profile;

    public BuildRules(Checks checks, Profile profile) {
        this.checks = checks;
        this.profile = profile;
    }

    /** Whether the collator builds now, and how it asked the runtime (AB-COL-008 to AB-COL-010). */
    public BuildDecision decide(BuildOpportunity o) {
        if (!checks.report(AB_COL_008, o.claimsSlot())) {
            return new BuildDecision(false, new RuntimeCall.NotCalled());
        }
        if (!profile.has(Variant.NO_INCLUDED_PARENT_BYPASS)
                && !checks.report(AB_COL_009, !o.parent().equals(o.included()))) {
            return new BuildDecision(true, new RuntimeCall.NotCalled());
        }
        if (!checks.report(AB_COL_010, o.apiVersion() > 0)) {
            return new BuildDecision(false, new RuntimeCall.NotCalled());
        }
        long slot = checks.report(AB_COL_010, o.apiVersion() > 1) ? o.relaySlot() : o.paraSlot();
        return new BuildDecision(o.runtimeAllows(), new RuntimeCall.CalledWithSlot(slot));
    }

    /** The time between two block-production attempts of the slot-based collator, whole milliseconds (AB-COL-011). */
    public long productionIntervalMillis(SlotTiming t) {
        long paraSlotsPerRelaySlot = t.relaySlotMillis() / t.paraSlotMillis();
        long interval = Math.min(t.paraSlotMillis(), t.relaySlotMillis());
        boolean moreCoresThanSlots = t.cores() > paraSlotsPerRelaySlot && t.paraSlotMillis() >= t.relaySlotMillis();
        if (!checks.report(AB_COL_011, !moreCoresThanSlots)) {
            long perCore = t.relaySlotMillis() / t.cores();
            interval = checks.report(AB_COL_011, perCore >= MINIMUM_INTERVAL_MILLIS)
                    ? perCore : MINIMUM_INTERVAL_MILLIS;
        }
        return interval;
    }

    /**
     * How long the slot-based collator waits from {@code nowMillis} for its next attempt: attempts fall on multiples
     * of the interval, counted from the time shifted back by {@code offsetMillis}; at an exact multiple it waits a
     * whole interval (upstream {@code time_until_next_attempt}, AB-COL-011).
     */
    public long waitMillis(SlotTiming t, long nowMillis, long offsetMillis) {
        long interval = productionIntervalMillis(t);
        long now = Math.max(0, nowMillis - offsetMillis);
        return (now / interval + 1) * interval - now;
    }

    /** Blocks authored per relay slot while the segment has room: the attempts, at most V + 1 (AB-COL-012). */
    public int blocksPerRelaySlot(AuthoringPace pace) {
        long attempts = pace.collator() == CollatorKind.LOOKAHEAD
                ? LOOKAHEAD_BLOCKS_PER_IMPORT
                : pace.timing().relaySlotMillis() / productionIntervalMillis(pace.timing());
        long allowed = Math.max(pace.velocity(), 1) + 1L;
        return (int) (checks.report(AB_COL_012, attempts <= allowed) ? attempts : allowed);
    }
}
