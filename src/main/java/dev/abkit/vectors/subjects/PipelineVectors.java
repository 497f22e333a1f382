package dev.abkit.vectors.subjects;

import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_001;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_002;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_003;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_004;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_005;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_006;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_007;
import static dev.abkit.reference.pipeline.PipelineRules.AB_PIPE_008;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_005;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.reference.pipeline.Latency;
import dev.abkit.reference.pipeline.Parablock;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Throughput;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.reference.pipeline.TimelineRow;
import dev.abkit.reference.pipeline.Window;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.CaseSource;
import java.util.Arrays;
import java.util.List;

/**
 * The vectors of area PIPE and of AB-SYNC-005: timelines of synchronous and asynchronous parameters, capacity 1,
 * several cores, the seed's 24-second window, and both sides of the backing window and of the depth limit. Every check
 * states the answer it intends (rows as {@code "authored | backed | included [| abandoned]"}); generation stops when
 * the reference disagrees.
 */
public final class PipelineVectors extends CaseSource {
    private static final PipelineDriver DRIVER = new PipelineDriver();


    public PipelineVectors() {
        super("pipeline-timelines", 1);
    }

    @Override
    protected void write() {
        relayParents();
        capacity();
        velocity();
        backingWindow();
        depth();
        cores();
        inclusion();
        throughputAndWindows();
        capacityOne();
    }

    private void relayParents() {
        pipe("pipe-001-sync-built-on-imported-block",
                "synchronous backing builds P1 on R0 and P2 on R2, each on the relay block just imported",
                sync(5), AB_PIPE_001, AB_PIPE_007)
                .rows(0, "P1 | - | -", "- | P1 | -", "P2 | - | P1", "- | P2 | -", "P3 | - | P2")
                .done();
        pipe("pipe-001-async-two-on-r0-one-on-r1",
                "asynchronous backing builds P1 and P2 on R0 and P3 on R1", async(3), AB_PIPE_001, AB_PIPE_003)
                .rows(0, "P1 P2 | - | -", "P3 | P1 | -", "P4 | P2 | P1")
                .done();
    }

    private void capacity() {
        pipe("pipe-002-capacity-2-pauses-in-r1",
                "with capacity 2 nothing is authored on R1 (P1 and P2 unincluded) and P3 follows the inclusion of P1",
                params(3, 2, 2, 1, 1, 5), AB_PIPE_002)
                .rows(0, "P1 P2 | - | -", "- | P1 | -", "P3 | P2 | P1", "P4 | P3 | P2", "P5 | P4 | P3")
                .done();
        pipe("pipe-002-capacity-3-authors-in-r1",
                "with capacity 3 two unincluded ancestors leave room for P3 on R1", async(3), AB_PIPE_002)
                .rows(0, "P1 P2 | - | -", "P3 | P1 | -", "P4 | P2 | P1")
                .done();
        pipe("pipe-002-segment-full-before-velocity",
                "with capacity 2 and velocity 2 the segment, not the velocity, stops authoring on R0 after P2",
                params(3, 2, 2, 2, 1, 3), AB_PIPE_002, AB_PIPE_003)
                .rows(0, "P1 P2 | - | -", "- | P1 | -", "P3 | P2 | P1")
                .done();
    }

    private void velocity() {
        pipe("pipe-003-velocity-1-two-per-slot",
                "with velocity 1 at most two parablocks are authored per relay slot although capacity 5 has room",
                params(3, 2, 5, 1, 1, 3), AB_PIPE_003)
                .rows(0, "P1 P2 | - | -", "P3 P4 | P1 | -", "P5 P6 | P2 | P1")
                .done();
        pipe("pipe-003-velocity-2-three-per-slot",
                "with velocity 2 three parablocks are authored on R0, then the capacity of 5 stops R1 after P5",
                params(3, 2, 5, 2, 1, 2), AB_PIPE_003, AB_PIPE_002)
                .rows(0, "P1 P2 P3 | - | -", "P4 P5 | P1 | -")
                .done();
    }

    private void backingWindow() {
        pipe("pipe-004-sync-backed-in-next-block",
                "synchronous backing backs P1, built on R0, in R1 and not in R0", sync(2), AB_PIPE_004)
                .rows(0, "P1 | - | -", "- | P1 | -")
                .done();
        pipe("pipe-004-ancestry-1-backs-at-window-end",
                "with allowed_ancestry_len 1, P2 built on R0 waits for the core and is backed in R2 = R(0 + 1 + 1)",
                params(3, 1, 3, 1, 1, 3), AB_PIPE_004)
                .rows(0, "P1 P2 | - | -", "P3 | P1 | -", "P4 | P2 | P1")
                .done();
        pipe("pipe-004-ancestry-0-abandons-after-r1",
                "with allowed_ancestry_len 0, P2 built on R0 cannot be backed after R1 and is abandoned",
                params(3, 0, 3, 1, 1, 3), AB_PIPE_004)
                .rows(0, "P1 P2 | - | -", "P3 P4 | P1 | - | P2", "P5 P6 | P3 | P1 | P4")
                .done();
        pipe("pipe-004-ancestry-2-backs-at-last-allowed-block",
                "with allowed_ancestry_len 2, P3 built on R0 is backed in R3 = R(0 + 1 + 2), the last allowed block",
                params(3, 2, 4, 2, 1, 5), AB_PIPE_004)
                .rows(0, "P1 P2 P3 | - | -", "P4 | P1 | -", "P5 | P2 | P1", "P6 | P3 | P2", "P7 | P4 | P3")
                .done();
        pipe("pipe-004-ancestry-1-abandons-with-descendants",
                "with allowed_ancestry_len 1, P3 built on R0 is not backed by R2 and is abandoned with its child P4",
                params(3, 1, 4, 2, 1, 4), AB_PIPE_004)
                .rows(0, "P1 P2 P3 | - | -", "P4 | P1 | -", "P5 P6 P7 | P2 | P1 | P3 P4", "P8 | P5 | P2")
                .done();
    }

    private void depth() {
        pipe("pipe-005-depth-1-backs-p2-in-r2",
                "with max_candidate_depth 1, P1 pending availability at R1 plus P2 is 2 <= d + 1, so R2 backs P2",
                params(1, 2, 3, 1, 1, 5), AB_PIPE_005)
                .rows(0, "P1 P2 | - | -", "P3 | P1 | -", "P4 | P2 | P1", "P5 | P3 | P2")
                .throughput(2, 2)
                .done();
        pipe("pipe-005-depth-0-waits-for-inclusion",
                "with max_candidate_depth 0, P1 pending availability at R1 blocks P2 in R2 (2 > d + 1); one per 12 s",
                params(0, 2, 3, 1, 1, 6), AB_PIPE_005, AB_PIPE_004)
                .rows(0, "P1 P2 | - | -", "P3 | P1 | -", "P4 | - | P1", "- | P2 | -", "P5 P6 | - | P2 | P3 P4",
                        "P7 | P5 | -")
                .done();
        pipe("pipe-005-two-cores-depth-2-backs-one-in-r2",
                "two cores and max_candidate_depth 2: with P1 and P2 pending at R1, R2 backs only P3 (2 + 1 = d + 1)",
                params(2, 2, 5, 2, 2, 5), AB_PIPE_005, AB_PIPE_006)
                .rows(0, "P1 P2 P3 | - | -", "P4 P5 | P1 P2 | -", "P6 P7 | P3 | P1 P2", "P8 | P4 P5 | P3",
                        "P9 P10 | P6 | P4 P5")
                .done();
        pipe("pipe-005-two-cores-depth-3-backs-two",
                "two cores and max_candidate_depth 3: with P1 and P2 pending at R1, R2 backs P3 and P4 (2 + 2 = d + 1)",
                params(3, 2, 5, 2, 2, 4), AB_PIPE_005, AB_PIPE_006)
                .rows(0, "P1 P2 P3 | - | -", "P4 P5 | P1 P2 | -", "P6 P7 | P3 P4 | P1 P2", "P8 P9 | P5 P6 | P3 P4")
                .done();
    }

    private void cores() {
        pipe("pipe-006-one-core-backs-one-per-block",
                "one core backs one parablock per relay block although three are ready", params(3, 2, 5, 2, 1, 3),
                AB_PIPE_006)
                .rows(0, "P1 P2 P3 | - | -", "P4 P5 | P1 | -", "P6 | P2 | P1")
                .done();
        pipe("pipe-006-freed-core-reused-in-same-block",
                "asynchronous backing includes P(i) and backs P(i+1) on the freed core in the same relay block",
                async(5), AB_PIPE_006, AB_PIPE_007)
                .rows(1, "P3 | P1 | -", "P4 | P2 | P1", "P5 | P3 | P2", "P6 | P4 | P3")
                .done();
        pipe("pipe-006-three-cores",
                "three cores back and include three parablocks per relay block",
                params(5, 2, 8, 3, 3, 4), AB_PIPE_006, AB_PIPE_008)
                .rows(0, "P1 P2 P3 P4 | - | -", "P5 P6 P7 P8 | P1 P2 P3 | -", "P9 P10 P11 | P4 P5 P6 | P1 P2 P3",
                        "P12 P13 P14 | P7 P8 P9 | P4 P5 P6")
                .throughput(3, 1)
                .done();
    }

    private void inclusion() {
        pipe("pipe-007-sync-latency-12s",
                "synchronous backing includes every parablock exactly 12 s after its relay parent",
                sync(7), AB_PIPE_007)
                .rows(1, "- | P1 | -", "P2 | - | P1")
                .latency(12, 12)
                .done();
        pipe("pipe-007-async-latency-12-to-18s",
                "asynchronous backing includes P1 12 s after R0 and P2, built ahead on R0, 18 s after it",
                async(6), AB_PIPE_007)
                .rows(1, "P3 | P1 | -", "P4 | P2 | P1", "P5 | P3 | P2")
                .latency(12, 18)
                .done();
    }

    private void throughputAndWindows() {
        pipe("pipe-008-sync-24-seconds",
                "in the 24 seconds R1 .. R5 synchronous backing includes P1 and P2 and backs P3",
                sync(6), AB_PIPE_008, AB_PIPE_007)
                .rows(1, "- | P1 | -", "P2 | - | P1", "- | P2 | -", "P3 | - | P2", "- | P3 | -")
                .window(1, 5, "P1 P2", "P3")
                .done();
        pipe("pipe-008-async-24-seconds",
                "in the 24 seconds R1 .. R5 asynchronous backing includes P1 to P4 and backs P5",
                async(6), AB_PIPE_008, AB_PIPE_006)
                .rows(1, "P3 | P1 | -", "P4 | P2 | P1", "P5 | P3 | P2", "P6 | P4 | P3", "P7 | P5 | P4")
                .window(1, 5, "P1 P2 P3 P4", "P5")
                .done();
        pipe("pipe-008-async-window-r0-to-r4",
                "the newer wiki's window R0 .. R4 includes only P1 to P3, which is why the kit fixes R1 .. R5",
                async(5), AB_PIPE_008)
                .window(0, 4, "P1 P2 P3", "P4")
                .done();
        pipe("pipe-008-sync-one-per-12s",
                "synchronous backing includes one parablock per two relay blocks (12 s)", sync(8), AB_PIPE_008)
                .throughput(2, 4)
                .rows(6, "P4 | - | P3", "- | P4 | -")
                .done();
        pipe("pipe-008-async-one-per-6s",
                "asynchronous backing includes one parablock per relay block (6 s)", async(8), AB_PIPE_008)
                .throughput(5, 5)
                .rows(6, "P8 | P6 | P5", "P9 | P7 | P6")
                .done();
        pipe("pipe-008-two-cores-two-per-block",
                "two cores include two parablocks per relay block (3 s each), one per core",
                params(3, 2, 5, 2, 2, 6), AB_PIPE_008, AB_PIPE_006)
                .throughput(6, 3)
                .rows(4, "P10 P11 | P7 P8 | P5 P6", "P12 P13 | P9 P10 | P7 P8")
                .done();
        pipe("pipe-008-one-including-block-undetermined",
                "with only R2 including a parablock the steady-state throughput is undetermined", sync(4),
                AB_PIPE_008)
                .throughputUndetermined()
                .rows(2, "P2 | - | P1", "- | P2 | -")
                .done();
        pipe("pipe-008-two-including-blocks",
                "with R2 and R4 including parablocks the throughput is one parablock over R3 .. R4", sync(5),
                AB_PIPE_008)
                .throughput(1, 2)
                .done();
        pipe("pipe-008-nothing-included",
                "over R0 .. R1 nothing is included: no latency and no throughput yet", sync(2), AB_PIPE_008,
                AB_PIPE_007)
                .latencyNothingIncluded()
                .throughputUndetermined()
                .done();
    }

    private void capacityOne() {
        pipe("sync-005-capacity-1-async-parameters",
                "capacity 1 with max_candidate_depth 3 and allowed_ancestry_len 2 gives the synchronous pipeline",
                params(3, 2, 1, 1, 1, 7), AB_SYNC_005, AB_PIPE_002)
                .rows(0, "P1 | - | -", "- | P1 | -", "P2 | - | P1", "- | P2 | -", "P3 | - | P2", "- | P3 | -",
                        "P4 | - | P3")
                .throughput(2, 4)
                .done();
        pipe("sync-005-capacity-1-two-cores-velocity-2",
                "capacity 1 gives one parablock per 12 s even with two cores and velocity 2",
                params(3, 2, 1, 2, 2, 7), AB_SYNC_005)
                .rows(0, "P1 | - | -", "- | P1 | -", "P2 | - | P1", "- | P2 | -")
                .throughput(2, 4)
                .done();
        pipe("sync-005-capacity-1-three-cores",
                "capacity 1 gives one parablock per 12 s with three cores and deep relay-side parameters",
                params(5, 4, 1, 3, 3, 7), AB_SYNC_005)
                .throughput(2, 4)
                .latency(12, 12)
                .done();
        pipe("sync-005-capacity-1-24-seconds",
                "with capacity 1 the 24 seconds R1 .. R5 include P1 and P2 and back P3, as synchronous backing",
                params(3, 2, 1, 1, 1, 6), AB_SYNC_005, AB_PIPE_008)
                .window(1, 5, "P1 P2", "P3")
                .done();
        pipe("sync-005-capacity-2-pipelines",
                "capacity 2 already includes one parablock per relay block: the other side of capacity 1",
                params(3, 2, 2, 1, 1, 8), AB_SYNC_005, AB_PIPE_002)
                .throughput(5, 5)
                .rows(2, "P3 | P2 | P1", "P4 | P3 | P2")
                .done();
    }

    private static PipelineParameters params(int depth, int ancestry, int capacity, int velocity, int cores,
            int relayBlocks) {
        return new PipelineParameters(depth, ancestry, capacity, velocity, cores, relayBlocks);
    }

    private static PipelineParameters sync(int relayBlocks) {
        return PipelineParameters.synchronous(relayBlocks);
    }

    private static PipelineParameters async(int relayBlocks) {
        return PipelineParameters.asynchronous(relayBlocks);
    }

    private PipeCase pipe(String id, String description, PipelineParameters parameters, RuleId... rules) {
        return new PipeCase(id, CaseBuilder.start(DRIVER, id, description, List.of(rules), Profile.BASELINE,
                parameters));
    }

    /** One case under construction: each check first asserts the answer the author intends. */
    private final class PipeCase {
        private final String id;
        private final CaseBuilder<PipelineParameters, PipelineDriver.Event, PipelineDriver.Query, Timeline> builder;

        PipeCase(String id,
                CaseBuilder<PipelineParameters, PipelineDriver.Event, PipelineDriver.Query, Timeline> builder) {
            this.id = id;
            this.builder = builder;
        }

        /** Rows from R(from) on, each {@code "authored | backed | included"} with an optional {@code "| abandoned"}. */
        PipeCase rows(int from, String... rows) {
            PipelineDriver.Rows query = new PipelineDriver.Rows(from, from + rows.length - 1);
            @SuppressWarnings("unchecked")
            List<TimelineRow> actual = (List<TimelineRow>) builder.peek(query);
            for (int i = 0; i < rows.length; i++) {
                int k = from + i;
                String[] parts = rows[i].split("\\|");
                TimelineRow row = actual.get(i);
                intend("authored in R" + k, labels(parts[0]), labels(row.authored()));
                intend("backed in R" + k, labels(parts[1]), labels(row.backed()));
                intend("included in R" + k, labels(parts[2]), labels(row.included()));
                intend("abandoned in R" + k, parts.length > 3 ? labels(parts[3]) : List.of(), labels(row.abandoned()));
                for (Parablock block : row.authored()) {
                    intend("relay parent of " + block.label(), k, block.relayParent());
                }
            }
            builder.check(query);
            return this;
        }

        PipeCase window(int from, int to, String included, String backedNotIncluded) {
            PipelineDriver.WindowOf query = new PipelineDriver.WindowOf(from, to);
            Window actual = (Window) builder.peek(query);
            intend("included in R" + from + " .. R" + to, labels(included), labels(actual.included()));
            intend("backed, not included, in R" + from + " .. R" + to, labels(backedNotIncluded),
                    labels(actual.backedNotIncluded()));
            builder.check(query);
            return this;
        }

        PipeCase throughput(int parablocks, int relayBlocks) {
            PipelineDriver.SteadyThroughput query = new PipelineDriver.SteadyThroughput();
            intend("throughput", new Throughput(parablocks, relayBlocks), builder.peek(query));
            builder.check(query);
            return this;
        }

        PipeCase throughputUndetermined() {
            PipelineDriver.SteadyThroughput query = new PipelineDriver.SteadyThroughput();
            intend("throughput", PipelineDriver.UNDETERMINED, builder.peek(query));
            builder.check(query);
            return this;
        }

        PipeCase latency(int minSeconds, int maxSeconds) {
            PipelineDriver.InclusionLatency query = new PipelineDriver.InclusionLatency();
            intend("latency", new Latency(minSeconds, maxSeconds), builder.peek(query));
            builder.check(query);
            return this;
        }

        PipeCase latencyNothingIncluded() {
            PipelineDriver.InclusionLatency query = new PipelineDriver.InclusionLatency();
            intend("latency", PipelineDriver.NOTHING_INCLUDED, builder.peek(query));
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

    private static List<String> labels(String text) {
        String t = text.strip();
        return t.equals("-") ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static List<String> labels(List<Parablock> blocks) {
        return blocks.stream().map(Parablock::label).toList();
    }
}
