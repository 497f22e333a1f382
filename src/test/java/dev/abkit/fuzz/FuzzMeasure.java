package dev.abkit.fuzz;

import dev.abkit.catalog.Catalog;
import dev.abkit.fuzz.faults.BestChainHoldsDepthPlusTwo;
import dev.abkit.fuzz.faults.EvictionKeepsIncludedBlock;
import dev.abkit.fuzz.faults.ForkChoiceByHigherHash;
import dev.abkit.fuzz.faults.RelayParentScopeOneTooWide;
import dev.abkit.fuzz.faults.SegmentCapacityCheckedWithLessOrEqual;
import dev.abkit.fuzz.faults.UmpMessagesCheckedWithGreaterOrEqual;
import dev.abkit.fuzz.faults.VelocityAllowsVBlocksPerSlot;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.nio.file.Path;
import java.util.List;

/** A plain harness, not a test: throughput and the faults' time to be found and shrunk, printed. */
public final class FuzzMeasure {
    private FuzzMeasure() {
    }

    public static void main(String[] args) {
        Catalog catalog = Catalog.load();
        // Warm-up, then the measured throughput run.
        FuzzCampaign.of(new ReferenceImplementation()).cases(200).run();
        FuzzReport throughput = FuzzCampaign.of(new ReferenceImplementation()).seeds(10_000, Long.MAX_VALUE)
                .cases(args.length > 0 ? Integer.parseInt(args[0]) : 1000).run();
        System.out.println(throughput.render(catalog));
        for (Implementation faulty : List.<Implementation>of(new SegmentCapacityCheckedWithLessOrEqual(),
                new EvictionKeepsIncludedBlock(), new VelocityAllowsVBlocksPerSlot(),
                new UmpMessagesCheckedWithGreaterOrEqual(), new ForkChoiceByHigherHash(),
                new RelayParentScopeOneTooWide(), new BestChainHoldsDepthPlusTwo())) {
            FuzzReport report = FuzzCampaign.of(faulty).writeTo(Path.of("target/fuzz-findings")).run();
            System.out.println("== " + faulty + ": " + report.failures().size() + " distinct failures in "
                    + report.totalCases() + " cases, " + report.millis() + " ms, largest shrunk vector "
                    + report.failures().stream().mapToInt(FuzzFailure::shrunkSteps).max().orElse(0) + " steps");
            for (FuzzFailure f : report.failures()) {
                System.out.printf("  %s%n    seed %d, %d cases, found after %d ms, %d steps shrunk to %d in %d ms%n",
                        f.shrunk(), f.seed(), f.occurrences(), f.foundAfterMillis(), f.originalSteps(),
                        f.shrunkSteps(), f.shrinkMillis());
            }
        }
    }
}
