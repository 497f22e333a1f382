package dev.abkit.reference.pipeline;

import static dev.abkit.reference.pipeline.PipelineModelTest.labels;
import static dev.abkit.reference.pipeline.PipelineModelTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapacityOneTest {
    private static final PipelineParameters ASYNC = PipelineParameters.asynchronous(9);

    @Test
    @DisplayName("AB-SYNC-005 asynchronous relay parameters with capacity 1 degenerate to the synchronous pipeline")
    void asyncWithCapacityOneIsSync() {
        Timeline degenerate = run(ASYNC.withSegmentCapacity(1));
        Timeline sync = run(PipelineParameters.synchronous(9));
        assertEquals(sync.rows(), degenerate.rows());
        assertEquals(List.of("P1", "P2", "P3", "P4"), labels(PipelineModelTest.included(degenerate)));
        assertEquals(12.0, degenerate.throughput().orElseThrow().secondsPerParablock());
    }

    @Test
    @DisplayName("AB-SYNC-005 capacity 1 includes one parablock per 12 s whatever depth, ancestry, velocity, cores")
    void capacityOneEverywhere() {
        for (int d = 0; d <= 3; d++) {
            for (int a = 0; a <= 2; a++) {
                for (int cores = 1; cores <= 2; cores++) {
                    PipelineParameters p = new PipelineParameters(d, a, 1, 3, cores, 9);
                    Timeline t = run(p);
                    assertEquals(0.5, t.throughput().orElseThrow().perRelayBlock(), p.toString());
                    for (TimelineRow row : t.rows()) {
                        assertTrue(row.included().size() <= 1, row.render());
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("AB-SYNC-005 capacity 2 is the boundary: it pipelines one parablock per 6 s")
    void capacityTwoPipelines() {
        assertEquals(6.0, run(ASYNC.withSegmentCapacity(2)).throughput().orElseThrow().secondsPerParablock());
    }
}
