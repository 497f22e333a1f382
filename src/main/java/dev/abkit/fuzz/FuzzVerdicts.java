package dev.abkit.fuzz;

import dev.abkit.catalog.Subject;
import dev.abkit.conformance.Verdict;
import dev.abkit.conformance.VerdictSource;
import dev.abkit.vectors.CaseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fuzz campaign as a source of verdicts for {@code abkit verify}: a fixed seed range per subject the implementation
 * provides and the selection allows. Every distinct disagreement becomes a failed verdict naming its rule and the
 * shrunk vector written for it; a campaign that finds nothing is one passed verdict per subject with its counts.
 */
public final class FuzzVerdicts implements VerdictSource {
    /** The first seed of the campaigns {@code verify} runs, so that a run can be repeated exactly. */
    public static final long FIRST_SEED = 1;

    private final int casesPerSubject;
    private final Path findings;
    private final List<Long> seeds = new ArrayList<>();
    private final List<String> replayArguments;

    /**
     * @param casesPerSubject generated cases per subject
     * @param findings where shrunk vectors of disagreements are written
     */
    public FuzzVerdicts(int casesPerSubject, Path findings) {
        this(casesPerSubject, findings, List.of());
    }

    /**
     * @param casesPerSubject generated cases per subject
     * @param findings where shrunk vectors of disagreements are written
     * @param replayArguments the options that name the implementation and profile to a replay, e.g.
     *     {@code --process "./node --abkit" --profile baseline}, so that a printed replay command reproduces a finding
     */
    public FuzzVerdicts(int casesPerSubject, Path findings, List<String> replayArguments) {
        this.replayArguments = List.copyOf(replayArguments);
        if (casesPerSubject < 1) {
            throw new IllegalArgumentException("expected at least 1 fuzz case per subject but was " + casesPerSubject);
        }
        this.casesPerSubject = casesPerSubject;
        this.findings = findings;
    }

    /**
     * The command that replays a finding's vector against the implementation that failed it:
     * {@code abkit vectors replay FILE} followed by the implementation's options, each quoted for a POSIX shell when
     * it needs it.
     */
    public static String replayCommand(String file, List<String> implementationArguments) {
        List<String> words = new ArrayList<>(List.of("abkit", "vectors", "replay", file));
        words.addAll(implementationArguments);
        return String.join(" ", words.stream().map(FuzzVerdicts::shellQuoted).toList());
    }

    private static String shellQuoted(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public String name() {
        return "fuzz";
    }

    @Override
    public List<Long> seeds() {
        return List.copyOf(seeds);
    }

    @Override
    public List<Verdict> run(Run run) {
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (Subject subject : FuzzSubjects.all().stream().map(FuzzSubject::subject).toList()) {
            boolean selected = run.selection().subjects().isEmpty() || run.selection().subjects().contains(subject);
            if (selected && run.implementation().capabilities().provides(subject)) {
                subjects.add(subject);
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        int done = 0;
        for (Subject subject : subjects) {
            if (run.isDone()) {
                break;
            }
            long start = System.nanoTime();
            long last = FIRST_SEED + casesPerSubject - 1;
            String id = subject.key() + " seeds " + FIRST_SEED + ".." + last;
            List<String> stopped = new ArrayList<>();
            FuzzReport report = FuzzCampaign.of(run.implementation())
                    .subjects(EnumSet.of(subject))
                    .seeds(FIRST_SEED, last)
                    .cases(casesPerSubject)
                    .writeTo(findings)
                    .listener(new FuzzCampaign.Listener() {
                        @Override
                        public void subjectStopped(Subject s, String reason) {
                            stopped.add(reason);
                        }

                        @Override
                        public boolean isStopping() {
                            return run.isDone();
                        }
                    })
                    .run();
            if (run.isStopping()) {
                break;
            }
            if (!stopped.isEmpty()) {
                verdicts.add(new Verdict(Verdict.Kind.FUZZ, id, List.of(), CaseResult.Status.SKIPPED, stopped.get(0),
                        System.nanoTime() - start, "fuzz." + subject.key(), ""));
            }
            seeds.add(FIRST_SEED);
            seeds.add(last);
            long nanos = System.nanoTime() - start;
            if (report.failures().isEmpty() && stopped.isEmpty()) {
                verdicts.add(new Verdict(Verdict.Kind.FUZZ, id, List.of(), CaseResult.Status.PASSED, "",
                        nanos, "fuzz." + subject.key(), ""));
            }
            for (FuzzFailure failure : report.failures()) {
                Finding finding = failure.shrunk();
                String file = failure.file().isEmpty() ? "" : failure.file().get(0);
                String message = "[" + finding.rule() + "] "
                        + finding.kind().name().toLowerCase(java.util.Locale.ROOT) + " disagreement: "
                        + finding.detail() + " | at: seed " + failure.seed() + " step " + finding.step() + " "
                        + finding.stepType() + " (shrunk from " + failure.originalSteps() + " to "
                        + failure.shrunkSteps() + " steps" + (file.isEmpty() ? "" : ", replay: "
                        + replayCommand(file, replayArguments)) + ")";
                verdicts.add(new Verdict(Verdict.Kind.FUZZ, id + " seed " + failure.seed(), List.of(finding.rule()),
                        CaseResult.Status.FAILED, message, nanos, "fuzz." + subject.key(), file));
                run.observer().accept(verdicts.get(verdicts.size() - 1));
            }
            run.progress().advance(name(), ++done, subjects.size(), subject.key());
        }
        return verdicts;
    }
}
