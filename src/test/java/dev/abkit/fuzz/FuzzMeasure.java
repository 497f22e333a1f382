package dev.abkit.fuzz;

import dev.abkit.catalog.Catalog;
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
        for (Implementation faulty : dev.abkit.zoo.Zoo.all().stream().map(dev.abkit.zoo.Fault::implementation)
                .filter(i -> !i.capabilities().provides(dev.abkit.catalog.Subject.PIPELINE)).toList()) {
            FuzzReport report = FuzzCampaign.of(faulty).writeTo(Path.of("target/fuzz-findings")).run();
            System.out.println("== " + faulty.capabilities().name() + ": " + report.failures().size() + " distinct failures in "
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
