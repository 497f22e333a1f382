package dev.abkit.reference.pipeline;

import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_001;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_002;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_003;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_004;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_005;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_006;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_007;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_008;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_005;

import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The discrete timing model of parablock production for one parachain (assumptions A1-A6 of the pipelining
 * tables). Each relay block R(k) is processed in a fixed order: parablocks backed in R(k-1) are included
 * (AB-PIPE-007); the next parablocks of the chain are backed on free cores while the backing window, the depth
 * bound and the cores allow (AB-PIPE-004..006); parablocks whose relay parent has aged out are abandoned
 * (AB-PIPE-004); then the collator, having imported R(k), authors on it while the segment capacity and the velocity
 * allow (AB-PIPE-001..003). The happy path only: every backed parablock becomes available in the next block.
 */
public final class PipelineModel {
    /** The relay chain's block time. */
    public static final int RELAY_SLOT_SECONDS = 6;

    private final Checks checks;
    private final PipelineParameters parameters;

    public PipelineModel(Checks checks, PipelineParameters parameters) {
        this.checks = checks;
        this.parameters = parameters;
    }

    /** Runs the model over relay blocks R0 .. R(n-1). */
    public Timeline run() {
        return new Run().all();
    }

    /** One parablock's progress; the list of entries is the parachain's chain in authoring order. */
    private static final class Entry {
        /** A relay block that has not happened to this parablock yet, and the core of a parablock not backed. */
        static final int NONE = -1;

        final Parablock block;
        int backedAt = NONE;
        int includedAt = NONE;
        int core = NONE;

        Entry(Parablock block) {
            this.block = block;
        }

        boolean isBacked() {
            return backedAt != NONE;
        }

        boolean isIncluded() {
            return includedAt != NONE;
        }
    }

    private final class Run {
        private final List<Entry> chain = new ArrayList<>();
        private final int[] coreOccupant;
        private int nextNumber = 1;

        Run() {
            coreOccupant = new int[parameters.cores()];
            Arrays.fill(coreOccupant, Entry.NONE);
        }

        Timeline all() {
            List<TimelineRow> rows = new ArrayList<>();
            for (int k = 0; k < parameters.relayBlocks(); k++) {
                List<Parablock> included = include(k);
                List<Parablock> backed = back(k);
                List<Parablock> abandoned = abandon(k);
                List<Parablock> authored = author(k);
                checkInvariants(k, included);
                rows.add(new TimelineRow(k, included, backed, authored, abandoned));
            }
            return new Timeline(parameters, rows);
        }

        private List<Parablock> include(int k) {
            List<Parablock> included = new ArrayList<>();
            for (Entry entry : chain) {
                if (entry.isBacked() && !entry.isIncluded() && entry.backedAt == k - 1) {
                    checks.require(AB_PIPE_007, k - entry.block.relayParent() >= 2,
                            "%s included in R%d, less than two relay blocks after its relay parent", entry.block, k);
                    entry.includedAt = k;
                    coreOccupant[entry.core] = Entry.NONE;
                    included.add(entry.block);
                }
            }
            return included;
        }

        private List<Parablock> back(int k) {
            int pendingAtParent = (int) chain.stream().filter(e -> e.isBacked() && e.backedAt == k - 1).count();
            List<Parablock> backed = new ArrayList<>();
            Optional<Entry> next = firstUnbacked();
            while (next.isPresent()) {
                Entry entry = next.get();
                int relayParent = entry.block.relayParent();
                int backedSoFar = backed.size();
                int earliest = relayParent + 1;
                int latest = earliest + parameters.allowedAncestryLen();
                int inFlight = pendingAtParent + backedSoFar + 1;
                int inFlightLimit = parameters.maxCandidateDepth() + 1;
                Outcome outcome = Checks.decide(() -> {
                    checks.require(AB_PIPE_004, k >= earliest,
                            "%s built on R%d cannot be backed in R%d, before R%d", entry.block, relayParent, k,
                            earliest);
                    checks.require(AB_PIPE_004, k <= latest,
                            "%s built on R%d cannot be backed in R%d, after R%d", entry.block, relayParent, k, latest);
                    checks.require(AB_PIPE_005, inFlight <= inFlightLimit,
                            "%d pending availability + %d backed in R%d + %s = %d > max_candidate_depth + 1 = %d",
                            pendingAtParent, backedSoFar, k, entry.block, inFlight, inFlightLimit);
                    checks.require(AB_PIPE_006, freeCore().isPresent(),
                            "%s cannot be backed in R%d: all %d cores hold a candidate pending availability",
                            entry.block, k, parameters.cores());
                });
                if (!outcome.isAccepted()) {
                    break;
                }
                int core = freeCore().orElseThrow();
                coreOccupant[core] = entry.block.number();
                entry.core = core;
                entry.backedAt = k;
                backed.add(entry.block);
                next = firstUnbacked();
            }
            return backed;
        }

        /** Drops the first unbacked parablock and its unbacked descendants once no later relay block may back it. */
        private List<Parablock> abandon(int k) {
            Optional<Entry> first = firstUnbacked();
            if (first.isEmpty()
                    || first.get().block.relayParent() + 1 + parameters.allowedAncestryLen() >= k + 1) {
                return List.of();
            }
            checks.fired(AB_PIPE_004);
            List<Parablock> abandoned = chain.stream().filter(e -> !e.isBacked()).map(e -> e.block).toList();
            chain.removeIf(e -> !e.isBacked());
            return abandoned;
        }

        private List<Parablock> author(int k) {
            List<Parablock> authored = new ArrayList<>();
            while (true) {
                int unincludedAncestors = (int) chain.stream().filter(e -> !e.isIncluded()).count();
                int authoring = authored.size() + 1;
                int perSlot = parameters.velocity() + 1;
                Outcome outcome = Checks.decide(() -> {
                    checks.require(AB_PIPE_003, authoring <= perSlot,
                            "%d parablocks authored on R%d, velocity %d allows %d per relay slot", authoring,
                            k, parameters.velocity(), perSlot);
                    checks.require(AB_PIPE_002, unincludedAncestors < parameters.segmentCapacity(),
                            "new_len %d < capacity %d does not hold on R%d", unincludedAncestors,
                            parameters.segmentCapacity(), k);
                });
                if (!outcome.isAccepted()) {
                    return authored;
                }
                Parablock block = new Parablock(nextNumber++, k);
                checks.require(AB_PIPE_001, block.relayParent() == k, "%s authored in relay slot %d", block, k);
                chain.add(new Entry(block));
                authored.add(block);
            }
        }

        private void checkInvariants(int k, List<Parablock> included) {
            checks.require(AB_PIPE_008, included.size() <= parameters.cores(),
                    "R%d includes %d parablocks with %d cores", k, included.size(), parameters.cores());
            if (parameters.segmentCapacity() == 1) {
                long unincluded = chain.stream().filter(e -> !e.isIncluded()).count();
                checks.require(AB_SYNC_005, unincluded <= 1 && included.size() <= 1,
                        "capacity 1 but %d parablocks unincluded and %d included after R%d", unincluded,
                        included.size(), k);
            }
        }

        private Optional<Entry> firstUnbacked() {
            return chain.stream().filter(e -> !e.isBacked()).findFirst();
        }

        private Optional<Integer> freeCore() {
            for (int core = 0; core < coreOccupant.length; core++) {
                if (coreOccupant[core] == Entry.NONE) {
                    return Optional.of(core);
                }
            }
            return Optional.empty();
        }
    }
}
