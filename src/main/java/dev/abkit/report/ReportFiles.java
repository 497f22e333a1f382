package dev.abkit.report;

import dev.abkit.conformance.ConformanceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the three reports of a run into one directory: {@code junit.xml}, {@code report.json} and
 * {@code report.html}.
 */
public final class ReportFiles {
    public static final String JUNIT = "junit.xml";
    public static final String JSON = "report.json";
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /** Writes the reports, creating the directory; returns the files written. */
    public static List<Path> write(ConformanceReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Path junit = directory.resolve(JUNIT);
            Path json = directory.resolve(JSON);
            Path html = directory.resolve(HTML);
            Files.writeString(junit, JunitXmlReport.write(report), StandardCharsets.UTF_8);
            Files.writeString(json, JsonReport.write(report), StandardCharsets.UTF_8);
            Files.writeString(html, LivingDocumentation.render(report), StandardCharsets.UTF_8);
            return List.of(junit, json, html);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the reports to " + directory + ": " + e.getMessage()
                    + " (choose another --report-dir, or --no-report)", e);
        }
    }
}
