package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.fuzz.FindingVector;
import dev.abkit.fuzz.FuzzFailure;
import dev.abkit.fuzz.FuzzReport;
import dev.abkit.fuzz.FuzzReportFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code abkit fuzz merge}: joins the reports of the shards of one campaign ({@code abkit fuzz --shard I/N --report
 * FILE} on each machine) into the report one machine would have written for all their seeds, and writes the shrunk
 * findings once, as a vector set.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the fuzz reports of the shards of one campaign into one report and one set of shrunk "
            + "findings.", "Each report is written by 'abkit fuzz --shard I/N --report FILE'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing found", "1:a disagreement found", "2:usage or configuration error (a report "
            + "that cannot be read, reports of different implementations)"})
final class FuzzMergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The shards' report files.")
    List<Path> reports;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the shrunk vectors go, in a folder named after the implementation (default: "
                    + "${DEFAULT-VALUE}).")
    Path out = FuzzCommand.DEFAULT_OUT;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the merged report as JSON to FILE.")
    Path reportFile;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        FuzzReport merged = null;
        for (Path file : reports) {
            FuzzReport report = FuzzReportFile.read(file);
            if (merged != null && !merged.implementation().equals(report.implementation())) {
                throw new IllegalArgumentException("the reports are of different implementations: "
                        + merged.implementation() + " and " + report.implementation() + " (" + file + "); merge the "
                        + "shards of one campaign");
            }
            merged = merged == null ? report : merged.merge(report);
        }
        Path folder = out.resolve(merged.implementation().replaceAll("[^A-Za-z0-9._-]+", "-"));
        List<FuzzFailure> written = merged.failures().stream().map(f -> new FuzzFailure(f.subject(), f.generator(),
                f.seed(), f.original(), f.originalSteps(), f.shrunk(), f.vector(),
                List.of(FindingVector.write(folder, f.vector()).toString()), f.occurrences(), f.foundAfterMillis(),
                f.shrinkMillis())).toList();
        merged = new FuzzReport(merged.implementation(), merged.cases(), merged.steps(), merged.invalid(),
                merged.invalidExamples(), written, merged.coverage(), merged.millis());
        stdout.println("merged " + reports.size() + " shard reports");
        stdout.print(merged.render(Catalog.load()));
        if (reportFile != null) {
            FuzzReportFile.write(reportFile, merged);
            stdout.println("report: " + reportFile);
        }
        stdout.flush();
        return merged.hasFailures() ? 1 : 0;
    }
}
