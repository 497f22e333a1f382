package dev.abkit.reference.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.model.Checks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PipelineModelTest {
    /** Every included parablock, in inclusion order. */
    static List<Parablock> included(Timeline t) {
        return t.rows().stream().flatMap(r -> r.included().stream()).toList();
    }

    /** The relay block that included the parablock, if any. */
    private static Optional<Integer> inclusionOf(Timeline t, Parablock block) {
        return t.rows().stream().filter(r -> r.included().contains(block)).map(TimelineRow::relayBlock).findFirst();
    }

    /** The relay block that backed the parablock, if any. */
    private static Optional<Integer> backingOf(Timeline t, Parablock block) {
        return t.rows().stream().filter(r -> r.backed().contains(block)).map(TimelineRow::relayBlock).findFirst();
    }

    private static final PipelineParameters SYNC = PipelineParameters.synchronous(7);
    private static final PipelineParameters ASYNC = PipelineParameters.asynchronous(7);
    /** Elastic scaling with two cores: capacity 2V + 1 with V = 2. */
    private static final PipelineParameters TWO_CORES = ASYNC.withCores(2).withVelocity(2).withSegmentCapacity(5);

    static Timeline run(PipelineParameters parameters) {
        return new PipelineModel(Checks.unobserved(), parameters).run();
    }

    static List<String> labels(List<Parablock> blocks) {
        return blocks.stream().map(Parablock::label).toList();
    }

    static List<String> authored(Timeline timeline, int k) {
        return labels(timeline.row(k).authored());
    }

    static List<String> backed(Timeline timeline, int k) {
        return labels(timeline.row(k).backed());
    }

    static List<String> included(Timeline timeline, int k) {
        return labels(timeline.row(k).included());
    }

    @Nested
    class ScheduleTable {
        @Test
        @DisplayName("AB-PIPE-007 synchronous column of the schedule table: one parablock every two relay blocks")
        void synchronousColumn() {
            Timeline t = run(SYNC);
            List<List<List<String>>> expected = List.of(
                    List.of(List.of("P1"), List.of(), List.of()),
                    List.of(List.of(), List.of("P1"), List.of()),
                    List.of(List.of("P2"), List.of(), List.of("P1")),
                    List.of(List.of(), List.of("P2"), List.of()),
                    List.of(List.of("P3"), List.of(), List.of("P2")),
                    List.of(List.of(), List.of("P3"), List.of()));
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k).get(0), authored(t, k), "authored in R" + k);
                assertEquals(expected.get(k).get(1), backed(t, k), "backed in R" + k);
                assertEquals(expected.get(k).get(2), included(t, k), "included in R" + k);
            }
            assertEquals(List.of(), backed(t, 6));
            assertEquals(List.of("P3"), included(t, 6));
        }

        @Test
        @DisplayName("AB-PIPE-006 asynchronous column of the schedule table: from R2 include P(i), back P(i+1)")
        void asynchronousColumn() {
            for (int capacity : new int[] {2, 3}) {
                Timeline t = run(ASYNC.withSegmentCapacity(capacity));
                assertEquals(List.of("P1", "P2"), authored(t, 0), "C=" + capacity);
                assertEquals(List.of("P1"), backed(t, 1), "C=" + capacity);
                assertEquals(List.of(), included(t, 1), "C=" + capacity);
                for (int k = 2; k <= 6; k++) {
                    assertEquals(List.of("P" + (k - 1)), included(t, k), "C=" + capacity + " included in R" + k);
                    assertEquals(List.of("P" + k), backed(t, k), "C=" + capacity + " backed in R" + k);
                }
            }
            assertEquals(List.of("P3"), authored(run(ASYNC), 1));
            assertEquals(List.of(), authored(run(ASYNC.withSegmentCapacity(2)), 1));
        }

        @Test
        @DisplayName("AB-PIPE-001 relay block R(k) is at 6k seconds and the text rendering shows each row")
        void rendering() {
            Timeline t = run(SYNC);
            assertEquals(12, t.row(2).seconds());
            assertEquals("R0 0s | authored P1 | backed - | included -", t.row(0).render());
            assertEquals("R2 12s | authored P2 | backed - | included P1", t.row(2).render());
            String text = t.render();
            assertTrue(text.startsWith("synchronous backing"), text);
            assertTrue(text.contains("R1 6s | authored - | backed P1 | included -"), text);
            assertTrue(text.contains("one per 12 s"), text);
            assertTrue(run(ASYNC).render().contains("R0 0s | authored P1 P2 | backed - | included -"));
        }
    }

    @Nested
    class RelayParent {
        @Test
        @DisplayName("AB-PIPE-001 every parablock authored in relay slot k is built on R(k)")
        void authoredOnCurrentRelayBlock() {
            for (PipelineParameters p : List.of(SYNC, ASYNC, TWO_CORES)) {
                for (TimelineRow row : run(p).rows()) {
                    for (Parablock block : row.authored()) {
                        assertEquals(row.relayBlock(), block.relayParent(), block + " in " + p);
                    }
                }
            }
        }
    }

    @Nested
    class SegmentCapacity {
        @Test
        @DisplayName("AB-PIPE-002 on R0 capacity 1 refuses a second parablock (new_len 1) and capacity 2 accepts it")
        void secondBlockOnR0() {
            assertEquals(List.of("P1"), authored(run(ASYNC.withSegmentCapacity(1)), 0));
            assertEquals(List.of("P1", "P2"), authored(run(ASYNC.withSegmentCapacity(2)), 0));
        }

        @Test
        @DisplayName("AB-PIPE-002 on R1 with two unincluded ancestors capacity 2 refuses and capacity 3 authors P3")
        void thirdBlockOnR1() {
            assertEquals(List.of(), authored(run(ASYNC.withSegmentCapacity(2)), 1));
            assertEquals(List.of("P3"), authored(run(ASYNC.withSegmentCapacity(3)), 1));
        }

        @Test
        @DisplayName("AB-PIPE-002 a parablock included in R(k) no longer counts when building on R(k)")
        void inclusionFreesRoomInSameBlock() {
            Timeline t = run(SYNC);
            assertEquals(List.of("P1"), included(t, 2));
            assertEquals(List.of("P2"), authored(t, 2));
        }
    }

    @Nested
    class Velocity {
        @Test
        @DisplayName("AB-PIPE-003 velocity 1 authors V + 1 = 2 parablocks on R0, velocity 2 authors 3")
        void velocityBoundary() {
            PipelineParameters roomy = ASYNC.withSegmentCapacity(10);
            assertEquals(List.of("P1", "P2"), authored(run(roomy.withVelocity(1)), 0));
            assertEquals(List.of("P1", "P2", "P3"), authored(run(roomy.withVelocity(2)), 0));
        }
    }

    @Nested
    class BackingWindow {
        @Test
        @DisplayName("AB-PIPE-004 synchronous backing backs a parablock exactly one block after its relay parent")
        void synchronousExactlyNextBlock() {
            Timeline t = run(SYNC);
            for (Parablock block : included(t)) {
                assertEquals(block.relayParent() + 1, backingOf(t, block).orElseThrow(), block.label());
            }
        }

        @Test
        @DisplayName("AB-PIPE-004 P2 built on R0 waits for the core: backed in R2 with a = 1, abandoned with a = 0")
        void ancestryBoundary() {
            Timeline one = run(ASYNC.withAllowedAncestryLen(1));
            assertEquals(List.of("P2"), backed(one, 2));
            assertEquals(0, one.row(2).backed().get(0).relayParent());
            Timeline zero = run(ASYNC.withAllowedAncestryLen(0));
            assertEquals(List.of("P2"), labels(zero.row(1).abandoned()));
            assertTrue(backingOf(zero, new Parablock(2, 0)).isEmpty());
        }

        @Test
        @DisplayName("AB-PIPE-004 no parablock is backed before R(r+1) nor after R(r+1+a)")
        void windowHoldsEverywhere() {
            for (PipelineParameters p : List.of(SYNC, ASYNC, TWO_CORES, ASYNC.withMaxCandidateDepth(0),
                    ASYNC.withAllowedAncestryLen(0), SYNC.withSegmentCapacity(2))) {
                for (TimelineRow row : run(p).rows()) {
                    for (Parablock block : row.backed()) {
                        assertTrue(row.relayBlock() >= block.relayParent() + 1, block + " in " + p);
                        assertTrue(row.relayBlock() <= block.relayParent() + 1 + p.allowedAncestryLen(),
                                block + " in " + p);
                    }
                }
            }
        }
    }

    @Nested
    class Depth {
        @Test
        @DisplayName("AB-PIPE-005 P1 pending: depth 1 backs P2 in R2 (1 + 1 <= 2), depth 0 does not (1 + 1 > 1)")
        void depthBoundary() {
            assertEquals(List.of("P2"), backed(run(ASYNC.withMaxCandidateDepth(1)), 2));
            Timeline zero = run(ASYNC.withMaxCandidateDepth(0));
            assertEquals(List.of("P1"), included(zero, 2));
            assertEquals(List.of(), backed(zero, 2));
            assertEquals(List.of("P2"), backed(zero, 3));
        }

        @Test
        @DisplayName("AB-PIPE-005 depth 0 gives one parablock per 12 s even with capacity 3")
        void depthZeroIsSynchronousThroughput() {
            Throughput throughput = run(ASYNC.withMaxCandidateDepth(0).withRelayBlocks(12)).throughput().orElseThrow();
            assertEquals(12.0, throughput.secondsPerParablock());
        }

        @Test
        @DisplayName("AB-PIPE-005 two cores need depth 3: depth 2 backs fewer than two parablocks per relay block")
        void depthBoundsElasticScaling() {
            assertEquals(2.0, run(TWO_CORES).throughput().orElseThrow().perRelayBlock());
            assertTrue(run(TWO_CORES.withMaxCandidateDepth(2)).throughput().orElseThrow().perRelayBlock() < 2.0);
        }
    }

    @Nested
    class Cores {
        @Test
        @DisplayName("AB-PIPE-006 with one core R1 backs only P1; with two cores R1 backs P1 and P2")
        void coreBoundary() {
            assertEquals(List.of("P1"), backed(run(ASYNC.withVelocity(2).withSegmentCapacity(5)), 1));
            assertEquals(List.of("P1", "P2"), backed(run(TWO_CORES), 1));
        }

        @Test
        @DisplayName("AB-PIPE-006 asynchronous backing includes P1 and backs P2 in the same relay block R2")
        void includeAndBackInSameBlock() {
            Timeline t = run(ASYNC);
            assertEquals(List.of("P1"), included(t, 2));
            assertEquals(List.of("P2"), backed(t, 2));
        }

        @Test
        @DisplayName("AB-PIPE-006 with two cores throughput doubles: two per relay block, one parablock per 3 s")
        void twoCoresDouble() {
            Timeline t = run(TWO_CORES);
            for (int k = 2; k <= 6; k++) {
                assertEquals(List.of("P" + (2 * k - 3), "P" + (2 * k - 2)), included(t, k), "R" + k);
            }
            Throughput one = run(ASYNC).throughput().orElseThrow();
            Throughput two = t.throughput().orElseThrow();
            assertEquals(2 * one.perRelayBlock(), two.perRelayBlock());
            assertEquals(3.0, two.secondsPerParablock());
        }
    }

    @Nested
    class InclusionAndLatency {
        @Test
        @DisplayName("AB-PIPE-007 every parablock backed in R(b) is included in R(b+1)")
        void includedOneBlockAfterBacking() {
            for (PipelineParameters p : List.of(SYNC, ASYNC, TWO_CORES, ASYNC.withMaxCandidateDepth(0))) {
                Timeline t = run(p);
                for (TimelineRow row : t.rows()) {
                    for (Parablock block : row.backed()) {
                        if (row.relayBlock() + 1 < p.relayBlocks()) {
                            assertEquals(row.relayBlock() + 1, inclusionOf(t, block).orElseThrow(), block + " " + p);
                        }
                    }
                }
            }
        }

        @Test
        @DisplayName("AB-PIPE-007 latency relay parent to inclusion is 12 s in both: exactly in sync, at best in async")
        void latency() {
            assertEquals(new Latency(12, 12), run(SYNC).latency().orElseThrow());
            Latency async = run(ASYNC).latency().orElseThrow();
            assertEquals(12, async.minSeconds());
            Timeline t = run(ASYNC);
            assertEquals(2, inclusionOf(t, new Parablock(1, 0)).orElseThrow());
            assertEquals(18, async.maxSeconds());
            assertEquals(4, inclusionOf(t, new Parablock(3, 1)).orElseThrow());
        }

        @Test
        @DisplayName("AB-PIPE-007 a run too short to include anything has no latency and no throughput")
        void tooShort() {
            Timeline t = run(SYNC.withRelayBlocks(2));
            assertTrue(t.latency().isEmpty());
            assertTrue(t.throughput().isEmpty());
            assertTrue(t.summary().contains("nothing included"));
        }
    }

    @Nested
    class ThroughputAndWindow {
        @Test
        @DisplayName("AB-PIPE-008 synchronous parameters include one parablock per 12 s, asynchronous one per 6 s")
        void throughput() {
            Throughput sync = run(SYNC).throughput().orElseThrow();
            assertEquals(0.5, sync.perRelayBlock());
            assertEquals(12.0, sync.secondsPerParablock());
            Throughput async = run(ASYNC).throughput().orElseThrow();
            assertEquals(1.0, async.perRelayBlock());
            assertEquals(6.0, async.secondsPerParablock());
        }

        @Test
        @DisplayName("AB-PIPE-008 over R1..R5 (24 s) sync includes P1, P2, backs P3; async includes P1..P4, backs P5")
        void seedWindow() {
            Window sync = run(SYNC).window(1, 5);
            assertEquals(24, sync.seconds());
            assertEquals(List.of("P1", "P2"), labels(sync.included()));
            assertEquals(List.of("P3"), labels(sync.backedNotIncluded()));
            Window async = run(ASYNC).window(1, 5);
            assertEquals(List.of("P1", "P2", "P3", "P4"), labels(async.included()));
            assertEquals(List.of("P5"), labels(async.backedNotIncluded()));
        }

        @Test
        @DisplayName("AB-PIPE-008 the newer wiki's window R0..R4 includes only P1 to P3 asynchronously")
        void newerWikiWindow() {
            Window async = run(ASYNC).window(0, 4);
            assertEquals(24, async.seconds());
            assertEquals(List.of("P1", "P2", "P3"), labels(async.included()));
        }

        @Test
        @DisplayName("AB-PIPE-008 no relay block includes more parablocks than there are cores")
        void atMostOnePerCore() {
            for (PipelineParameters p : List.of(SYNC, ASYNC, TWO_CORES, TWO_CORES.withCores(3).withVelocity(3)
                    .withSegmentCapacity(7))) {
                for (TimelineRow row : run(p).rows()) {
                    assertTrue(row.included().size() <= p.cores(), row.render() + " " + p);
                }
            }
        }

        @Test
        @DisplayName("AB-PIPE-008 a window must lie inside the simulated relay blocks")
        void windowOutside() {
            assertThrows(IllegalArgumentException.class, () -> run(SYNC).window(1, 7));
            assertThrows(IllegalArgumentException.class, () -> run(SYNC).window(3, 2));
        }
    }

    @Nested
    class Parameters {
        @Test
        @DisplayName("parameters reject values below their minimum with the name of the parameter")
        void invalid() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new PipelineParameters(0, 0, 0, 1, 1, 5));
            assertTrue(e.getMessage().contains("segment capacity"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new PipelineParameters(-1, 0, 1, 1, 1, 5));
            assertThrows(IllegalArgumentException.class, () -> new PipelineParameters(0, 0, 1, 0, 1, 5));
            assertThrows(IllegalArgumentException.class, () -> new PipelineParameters(0, 0, 1, 1, 0, 5));
            assertThrows(IllegalArgumentException.class, () -> new PipelineParameters(0, 0, 1, 1, 1, 0));
        }

        @Test
        @DisplayName("AB-SYNC-001 zero for both relay-side parameters is synchronous backing")
        void synchronousFlag() {
            assertTrue(SYNC.isSynchronous());
            assertTrue(!ASYNC.withMaxCandidateDepth(0).isSynchronous());
            assertTrue(!ASYNC.withAllowedAncestryLen(0).isSynchronous());
            assertTrue(ASYNC.withMaxCandidateDepth(0).withAllowedAncestryLen(0).isSynchronous());
        }
    }
}
