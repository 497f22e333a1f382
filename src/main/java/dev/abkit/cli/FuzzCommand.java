package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.fuzz.FuzzCampaign;
import dev.abkit.fuzz.FuzzFailure;
import dev.abkit.fuzz.FuzzReport;
import dev.abkit.fuzz.FuzzReportFile;
import dev.abkit.fuzz.FuzzVerdicts;
import dev.abkit.spi.Implementation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code abkit fuzz}: a fuzz campaign against an implementation (a Java adapter or a process), differential with the
 * reference, each disagreement shrunk to a vector and printed with the command that replays it against the same
 * implementation and profile.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false, subcommands = FuzzMergeCommand.class,
        description = {"Run a fuzz campaign against an implementation, step by step against the reference.",
            "Each disagreement is shrunk to a vector under --out and printed with the command that replays it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing found", "1:a disagreement found (each printed with its replay command)",
            "2:usage or configuration error", "3:a bug in the kit (please report it)",
            "130:stopped by a signal; the findings so far are written"})
final class FuzzCommand implements Callable<Integer> {
    static final Path DEFAULT_OUT = Path.of("target", "abkit-fuzz");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ImplementationOptions implementationOptions;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "" + FuzzCampaign.DEFAULT_CASES,
            description = "Cases per subject, 1 to 10000000 (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seeds", paramLabel = "FROM..TO",
            description = "Seed range, both included (default: 0.., as far as --cases needs).")
    String seeds = "0..";

    @Option(names = "--shard", paramLabel = "I/N", description = "Run shard I of N (0 <= I < N): only the seeds "
            + "whose index is I modulo N, so N machines run disjoint cases (default: 0/1).")
    String shard = "0/1";

    @Option(names = "--subject", paramLabel = "SUBJECT", split = ",",
            description = "Only these subjects (default: every fuzzed subject the implementation provides).")
    List<String> subjects = List.of();

    @Option(names = "--time", paramLabel = "SECONDS",
            description = "Start no case after this many seconds, 1 to 604800 (default: no limit).")
    Integer seconds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the shrunk vectors go, one folder per implementation (default: ${DEFAULT-VALUE}).")
    Path out = DEFAULT_OUT;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Run the cases on N threads, 1 "
            + "to 64, each with its own implementation (a --process is started N + 1 times: one more shrinks the "
            + "failures); the report is the one of a single job (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE, for "
            + "'abkit fuzz merge' to join the reports of shards.")
    Path reportFile;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress line on stderr (default: only when the terminal is interactive).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options.range("--cases", cases, 1, 10_000_000);
        Options.range("--jobs", jobs, 1, 64);
        if (seconds != null) {
            Options.range("--time", seconds, 1, 604_800);
        }
        long[] range = seedRange();
        int[] shardOf = shardOf();
        Set<Subject> chosen = EnumSet.noneOf(Subject.class);
        for (String key : subjects) {
            chosen.add(Options.parse("--subject", () -> Subject.fromKey(key.strip())));
        }
        ProgressLine line = new ProgressLine(err);
        boolean shown = ProgressLine.wanted(progress);
        Stopping stopping = Stopping.onSignal(err);
        List<ImplementationUnderTest> more = new ArrayList<>();
        try (ImplementationUnderTest tested = implementationOptions.resolve()) {
            // With several jobs each has an implementation of its own; the first one shrinks the failures meanwhile.
            List<Implementation> perJob = new ArrayList<>(jobs > 1 ? List.of() : List.of(tested.implementation()));
            while (perJob.size() < jobs) {
                ImplementationUnderTest another = implementationOptions.resolve();
                more.add(another);
                perJob.add(another.implementation());
            }
            List<String> stoppedSubjects = new ArrayList<>();
            FuzzCampaign campaign = FuzzCampaign.of(tested.implementation())
                    .seeds(range[0], range[1])
                    .cases(cases)
                    .shard(shardOf[0], shardOf[1])
                    .writeTo(out)
                    .listener(new FuzzCampaign.Listener() {
                        @Override
                        public void caseDone(Subject subject, long seed, long done, long budget) {
                            if (shown) {
                                line.advance("fuzz " + subject.key(), (int) done, (int) budget, "seed " + seed);
                            }
                        }

                        @Override
                        public void subjectStopped(Subject subject, String reason) {
                            stoppedSubjects.add(subject.key() + ": " + reason);
                        }

                        @Override
                        public boolean isStopping() {
                            return stopping.requested();
                        }
                    });
            if (seconds != null) {
                campaign = campaign.timeLimit(Duration.ofSeconds(seconds));
            }
            if (!chosen.isEmpty()) {
                campaign = campaign.subjects(chosen);
            }
            if (jobs > 1) {
                campaign = campaign.jobs(perJob);
            }
            FuzzReport report;
            try {
                report = campaign.run();
            } finally {
                line.clear();
            }
            if (report.totalCases() == 0 && stoppedSubjects.isEmpty()) {
                throw new IllegalArgumentException("nothing to fuzz: " + tested.implementation().capabilities().name()
                        + " provides none of the fuzzed subjects" + (chosen.isEmpty() ? "" : " selected by --subject")
                        + " (" + tested.implementation().capabilities().subjects() + ")");
            }
            stdout.print(report.render(Catalog.load()));
            if (reportFile != null) {
                FuzzReportFile.write(reportFile, report);
                stdout.println("report: " + reportFile);
            }
            stoppedSubjects.forEach(s -> stdout.println("not run: " + s));
            List<String> replay = implementationOptions.replayArguments();
            for (FuzzFailure failure : report.failures()) {
                if (!failure.file().isEmpty()) {
                    stdout.println("replay: " + FuzzVerdicts.replayCommand(failure.file().get(0), replay));
                }
            }
            stdout.flush();
            if (stopping.requested()) {
                stdout.println("INTERRUPTED: stopped by a signal; the findings above are written");
                stdout.flush();
                return 130;
            }
            return report.hasFailures() || !stoppedSubjects.isEmpty() ? 1 : 0;
        } finally {
            more.forEach(ImplementationUnderTest::close);
            stopping.done();
        }
    }

    private long[] seedRange() {
        String[] parts = seeds.split("\\.\\.", -1);
        if (parts.length > 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("--seeds: expected FROM..TO or FROM.. (e.g. 0..999) but was '" + seeds
                    + "'");
        }
        long first = number("--seeds", parts[0]);
        long last = parts.length == 2 && !parts[1].isBlank() ? number("--seeds", parts[1]) : Long.MAX_VALUE;
        if (last < first) {
            throw new IllegalArgumentException("--seeds: the range " + seeds + " is empty (TO is below FROM)");
        }
        return new long[] {first, last};
    }

    private int[] shardOf() {
        String[] parts = shard.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--shard: expected I/N, e.g. 0/4, but was '" + shard + "'");
        }
        long index = number("--shard", parts[0]);
        long count = number("--shard", parts[1]);
        if (count < 1 || count > 1_000_000 || index >= count) {
            throw new IllegalArgumentException("--shard: expected I/N with 0 <= I < N <= 1000000 but was '" + shard
                    + "'");
        }
        return new int[] {(int) index, (int) count};
    }

    private static long number(String option, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": expected a non-negative whole number but was '" + text
                    + "'");
        }
    }
}
