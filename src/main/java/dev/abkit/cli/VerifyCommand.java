package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Releases;
import dev.abkit.catalog.Subject;
import dev.abkit.conformance.ConformanceReport;
import dev.abkit.conformance.FeatureRunner;
import dev.abkit.conformance.Kit;
import dev.abkit.conformance.ProfileDetection;
import dev.abkit.conformance.Progress;
import dev.abkit.conformance.RunProvenance;
import dev.abkit.conformance.Selection;
import dev.abkit.conformance.Verdict;
import dev.abkit.conformance.VerdictSource;
import dev.abkit.fuzz.FuzzVerdicts;
import dev.abkit.conformance.VectorVerdicts;
import dev.abkit.report.ReportFiles;
import dev.abkit.spi.Capabilities;
import dev.abkit.vectors.ExpectedFailures;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code abkit verify}: runs the vectors and the feature examples against an implementation (the embedded reference
 * by default), prints a summary per area and rule, and writes the reports. Exit code 0 when conformant, 1 when not,
 * 2 for a usage or configuration error.
 *
 * <p>Where the cases come from is a list of {@link VerdictSource}s ({@link #sources}); how the implementation is
 * found is {@link ImplementationOptions}. Another source of either is one option and a few lines there.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Verify an implementation against the vectors and the feature examples (the embedded reference "
                + "by default).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:conformant (every selected case passed, was skipped with a reason, or failed as listed)",
            "1:not conformant", "2:usage or configuration error, or nothing verified (every case skipped)",
            "3:a bug in the kit (please report it)",
            "130:stopped by a signal (SIGINT, SIGTERM); the reports cover the cases that ran"})
final class VerifyCommand implements Callable<Integer> {
    static final Path DEFAULT_REPORT_DIR = Path.of("target", "abkit-report");
    /** The most generated cases per subject one run takes: a million runs for hours. */
    static final int MAX_FUZZ_CASES = 1_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ImplementationOptions implementationOptions;

    @Option(names = "--subject", paramLabel = "SUBJECT", split = ",",
            description = "Only cases of these subjects (unincluded-segment, prospective-parachains, "
                    + "candidate-constraints, runtime-acceptance, pipeline).")
    List<String> subjects = List.of();

    @Option(names = "--tag", paramLabel = "EXPR",
            description = "Cucumber tag expression over the rule ids a case pins, e.g. '@AB-SEG-001 or @AB-VEL'; a "
                    + "rule tag matches by prefix, for vectors and examples alike.")
    String tagExpression = "";

    @Option(names = "--rule", paramLabel = "PREFIX", description = "Only cases pinning a rule whose id starts with "
            + "this, e.g. AB-SEG-00.")
    String rulePrefix = "";

    @Option(names = "--vectors", paramLabel = "DIR",
            description = "Vector directory holding index.txt (default: ./vectors if present, else the kit's own).")
    Path vectorDirectory;

    @Option(names = "--expected-failures", paramLabel = "FILE",
            description = "YAML mapping from vector id to the reason the implementation is known to fail it.")
    Path expectedFailures;

    @Option(names = "--case", paramLabel = "ID", split = ",",
            description = "Only these vectors, by id (e.g. cons-002-head-over-limit); the feature examples and "
                    + "fuzzing are left out.")
    List<String> caseIds = List.of();

    @Option(names = "--list", description = "List the selected vectors (id, subject, rules, file) and exit, "
            + "running nothing.")
    boolean list;

    @Option(names = "--fail-fast", description = "Stop at the first failure (the same as --max-failures 1).")
    boolean failFast;

    @Option(names = "--max-failures", paramLabel = "N",
            description = "Stop starting cases after N failures; the reports hold the cases that ran.")
    Integer maxFailures;

    @Option(names = "--keep-going", description = "Go on after a mismatching step of a vector and report every "
            + "mismatching step (a crash or hang still ends the case); by default a case stops at its first.")
    boolean keepGoing;

    @Option(names = "--no-features", description = "Skip the feature examples.")
    boolean noFeatures;

    @Option(names = "--fuzz-cases", paramLabel = "N", defaultValue = "200",
            description = "Generated fuzz cases per subject (0 to 1000000), compared with the reference step by "
                    + "step; 0 skips fuzzing (default: ${DEFAULT-VALUE}). Shrunk vectors of disagreements go to "
                    + "<report dir>/fuzz.")
    int fuzzCases;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Where to write junit.xml, report.json and report.html (default: ${DEFAULT-VALUE}).")
    Path reportDirectory = DEFAULT_REPORT_DIR;

    @Option(names = "--no-report", description = "Write no report files.")
    boolean noReport;

    @Option(names = "--detect-profile", description = "Run the vectors under every release profile (abkit profiles "
            + "lists them) and report the ones the implementation matches, or the closest one with the rules and "
            + "cases where it differs; writes no report files. Exit 0 when a profile matches, 1 when none does.")
    boolean detectProfile;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress line on stderr (default: only when the terminal is interactive).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options.range("--fuzz-cases", fuzzCases, 0, MAX_FUZZ_CASES);
        if (noReport && spec.commandLine().getParseResult().hasMatchedOption("--report-dir")) {
            throw new IllegalArgumentException("--no-report and --report-dir contradict each other; give one");
        }
        Set<Subject> selectedSubjects = selectedSubjects();
        Selection selection = Options.parse("--tag", () -> new Selection(selectedSubjects, tagExpression, rulePrefix));
        ExpectedFailures expected = expectedFailures == null ? ExpectedFailures.none()
                : Options.parse("--expected-failures", () -> ExpectedFailures.read(
                        Options.existingFile("--expected-failures", expectedFailures)));
        // A --process implementation starts (its runtime, its hello) while the kit reads the vectors and the catalog.
        EarlyStart early = implementationOptions.processCommand != null && !list && !detectProfile
                ? EarlyStart.of(implementationOptions::resolve) : null;
        try {
            return verify(out, err, selection, expected, early);
        } finally {
            if (early != null) {
                early.discard();
            }
        }
    }

    private Integer verify(PrintWriter out, PrintWriter err, Selection selection, ExpectedFailures expected,
            EarlyStart early) throws Exception {
        VectorSet vectors = vectorDirectory == null ? VectorSet.standard()
                : Options.parse("--vectors", () -> VectorSet.fromDirectory(vectorDirectory));
        if (!caseIds.isEmpty()) {
            vectors = onlyCases(vectors);
        }
        int failureLimit = failureLimit();
        if (list) {
            return list(out, vectors, selection);
        }
        Catalog catalog = Catalog.load();
        if (detectProfile) {
            return detect(out, vectors, selection, catalog);
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        long start = System.nanoTime();
        ProgressLine line = new ProgressLine(err);
        Progress shown = ProgressLine.wanted(progress) ? line : Progress.NONE;
        List<Verdict> verdicts = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        Stopping stopping = Stopping.onSignal(err);
        try (ImplementationUnderTest tested = early != null ? early.take() : implementationOptions.resolve()) {
            AtomicInteger failures = new AtomicInteger();
            VerdictSource.Run run = new VerdictSource.Run(tested.implementation(), catalog, selection, expected, shown,
                    stopping::requested, () -> failureLimit > 0 && failures.get() >= failureLimit,
                    v -> failures.addAndGet(v.isFailure() ? 1 : 0));
            try {
                for (VerdictSource source : sources(vectors)) {
                    if (run.isDone()) {
                        break;
                    }
                    verdicts.addAll(source.run(run));
                    seeds.addAll(source.seeds());
                }
            } finally {
                line.clear();
            }
            ConformanceReport report = new ConformanceReport(provenance(tested, vectors, selection, seeds, started),
                    catalog, verdicts, System.nanoTime() - start);
            if (stopping.requested()) {
                report = report.interrupted();
            } else if (verdicts.isEmpty()) {
                throw new IllegalArgumentException("the selection (" + selection.describe() + ") matches no vector "
                        + "and no feature example; check --subject, --tag and --rule (abkit rules lists the ids)");
            }
            out.print(report.render());
            if (failureLimit > 0 && failures.get() >= failureLimit && !report.isInterrupted()) {
                out.println("stopped after " + failures.get() + " failure(s) (" + (failFast ? "--fail-fast"
                        : "--max-failures " + failureLimit) + "); the other selected cases did not run");
            }
            if (!noReport) {
                List<Path> files = ReportFiles.write(report, reportDirectory);
                out.println("reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
            }
            out.flush();
            if (report.isInterrupted()) {
                return 130;
            }
            if (!report.verifiedAnything()) {
                err.println("error: nothing verified: every selected case was skipped ("
                        + report.skipReasons().keySet().iterator().next() + ")");
                return 2;
            }
            return report.isConformant() ? 0 : 1;
        } finally {
            stopping.done();
        }
    }

    /**
     * The sources of cases, in the order they run. Generated cases join here as one more source (with their
     * option on this command), their seeds going into the report's provenance.
     */
    private List<VerdictSource> sources(VectorSet vectors) {
        List<VerdictSource> sources = new ArrayList<>();
        sources.add(new VectorVerdicts(vectors, keepGoing));
        if (!noFeatures) {
            sources.add(FeatureRunner.standard());
        }
        if (fuzzCases > 0 && rulePrefix.isEmpty() && tagExpression.isEmpty()) {
            sources.add(new FuzzVerdicts(fuzzCases, noReport ? temporaryFindings() : reportDirectory.resolve("fuzz"),
                    implementationOptions.replayArguments()));
        }
        return sources;
    }

    private int failureLimit() {
        if (failFast && maxFailures != null) {
            throw new IllegalArgumentException("--fail-fast and --max-failures say the same; give one");
        }
        return failFast ? 1 : maxFailures == null ? 0 : Options.range("--max-failures", maxFailures, 1, 1_000_000);
    }

    /** The vectors named by --case, in the order given; an id naming no vector is an error with the nearest ids. */
    private VectorSet onlyCases(VectorSet vectors) {
        List<VectorCase> chosen = new ArrayList<>();
        for (String raw : caseIds) {
            String id = raw.strip();
            VectorCase found = vectors.cases().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--case: no vector has the id '" + id + "'"
                            + nearest(vectors, id) + " (--list shows the ids)"));
            chosen.add(found);
        }
        noFeatures = true;
        fuzzCases = 0;
        return new VectorSet(chosen, vectors.sha256(), vectors.origin());
    }

    private static String nearest(VectorSet vectors, String id) {
        String prefix = id.length() >= 8 ? id.substring(0, 8) : id;
        List<String> near = vectors.cases().stream().map(VectorCase::id).filter(c -> c.startsWith(prefix)).limit(5)
                .toList();
        return near.isEmpty() ? "" : "; ids starting like it: " + String.join(", ", near);
    }

    private int list(PrintWriter out, VectorSet vectors, Selection selection) {
        List<VectorCase> selected = vectors.cases().stream()
                .filter(c -> selection.selects(c.subject(), c.rules(), List.of())).toList();
        for (VectorCase c : selected) {
            out.printf(Locale.ROOT, "%-52s %-22s %-28s %s%n", c.id(), c.subject().key(),
                    String.join(",", c.rules().stream().map(r -> r.value()).toList()), c.source());
        }
        out.printf(Locale.ROOT, "%d of %d vectors selected (%s)%s%n", selected.size(), vectors.cases().size(),
                selection.describe(), noFeatures ? "" : "; the feature examples with the same rule tags run too");
        out.flush();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("the selection (" + selection.describe() + ") matches no vector");
        }
        return 0;
    }

    /** --detect-profile: the vectors under every release profile, and which the implementation matches. */
    private int detect(PrintWriter out, VectorSet vectors, Selection selection, Catalog catalog) {
        if (implementationOptions.profile != null) {
            throw new IllegalArgumentException("--detect-profile tries every release profile; drop --profile");
        }
        try (ImplementationUnderTest tested = implementationOptions.resolve()) {
            ProfileDetection.Result result = ProfileDetection.detect(tested.implementation(), vectors.cases(),
                    c -> selection.selects(c.subject(), c.rules(), List.of()), catalog, Releases.bundled());
            out.print(result.render());
            out.flush();
            return result.matching().isEmpty() ? 1 : 0;
        }
    }

    /** With --no-report, shrunk findings go to a fresh temporary directory, never next to a user's own report. */
    private static Path temporaryFindings() {
        try {
            return Files.createTempDirectory("abkit-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for fuzz findings: " + e.getMessage(), e);
        }
    }

    private Set<Subject> selectedSubjects() {
        Set<Subject> selected = EnumSet.noneOf(Subject.class);
        for (String key : subjects) {
            selected.add(Options.parse("--subject", () -> Subject.fromKey(key.strip())));
        }
        return selected;
    }

    private RunProvenance provenance(ImplementationUnderTest tested, VectorSet vectors, Selection selection,
            List<Long> seeds, String started) {
        Capabilities c = tested.implementation().capabilities();
        return new RunProvenance(Kit.version(), c.name(), c.version(), tested.origin(), tested.protocolVersion(),
                c.profile().name(), c.subjects().stream().map(Subject::key).toList(), c.reportsReasons(),
                vectors.sha256(), vectors.cases().size(), vectors.origin(),
                noFeatures ? "(not run)" : FeatureRunner.origin(), selection.describe(), seeds, started);
    }
}
