package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.conformance.ConformanceReport;
import dev.abkit.report.JsonReport;
import dev.abkit.report.LivingDocumentation;
import dev.abkit.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abkit docs}: renders the living documentation (catalog and features) to one HTML file without running
 * anything, optionally with the verdicts of an earlier {@code verify} run read from its {@code report.json}.
 */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Render the living documentation (every rule and feature) to a self-contained HTML file, "
                + "without running anything; with --from, show the verdicts of an earlier verify run.")
final class DocsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "target/abkit-docs.html",
            description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--from", paramLabel = "REPORT",
            description = "A report.json, or a report directory holding one (e.g. target/abkit-report), whose "
                    + "verdicts to show.")
    Path from;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        String html;
        if (from == null) {
            html = LivingDocumentation.render(catalog);
        } else {
            Path json = Files.isDirectory(from) ? from.resolve(ReportFiles.JSON) : from;
            ConformanceReport report = JsonReport.read(Options.existingFile("--from", json), catalog);
            html = LivingDocumentation.render(report);
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--output: cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
