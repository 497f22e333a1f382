package dev.abkit.fuzz;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.NotRunException;
import dev.abkit.vectors.VectorCase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fuzz campaign: for each seed of a range that belongs to this shard ({@code seed mod n == k}), one generated case
 * per subject, run differentially against the reference, until every subject has run its budget of cases, the range
 * ends, or the time limit passes. The first case of each distinct failure is shrunk and kept as a vector (written to
 * the output directory when one is set); later cases that fail the same way are only counted. The campaign keeps
 * counters and failures, never the cases it ran, so its memory does not grow with the number of cases.
 */
public final class FuzzCampaign {
    /** The default budget: cases per subject. */
    public static final int DEFAULT_CASES = 300;
    /** Distinct failures kept in full; further ones are not shrunk. */
    static final int MAX_FAILURES = 50;

    private final Implementation implementation;
    private final Set<Subject> subjects;
    private final long firstSeed;
    private final long lastSeed;
    private final int cases;
    private final int shardIndex;
    private final int shardCount;
    private final List<Path> output;
    private final Duration timeLimit;
    private final int shrinkTrials;
    private final Listener listener;

    /** Told about the campaign's course, for a progress line and for subjects the campaign had to give up. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** A case of {@code subject} ran: {@code done} of {@code budget}. */
        default void caseDone(Subject subject, long seed, long done, long budget) {
        }

        /** The implementation is out of service for {@code subject}; its remaining cases are not run. */
        default void subjectStopped(Subject subject, String reason) {
        }

        /** Whether the campaign is to stop now (a signal ended the run). */
        default boolean isStopping() {
            return false;
        }
    }

    private FuzzCampaign(Implementation implementation, Set<Subject> subjects, long firstSeed, long lastSeed,
            int cases, int shardIndex, int shardCount, List<Path> output, Duration timeLimit, int shrinkTrials) {
        this(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output, timeLimit,
                shrinkTrials, Listener.NONE);
    }

    private FuzzCampaign(Implementation implementation, Set<Subject> subjects, long firstSeed, long lastSeed,
            int cases, int shardIndex, int shardCount, List<Path> output, Duration timeLimit, int shrinkTrials,
            Listener listener) {
        if (firstSeed < 0 || lastSeed < firstSeed) {
            throw new IllegalArgumentException("expected a seed range 0 <= first <= last but was " + firstSeed + ".."
                    + lastSeed);
        }
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("expected a shard k/n with 0 <= k < n but was " + shardIndex + "/"
                    + shardCount);
        }
        if (cases < 0) {
            throw new IllegalArgumentException("expected a non-negative number of cases but was " + cases);
        }
        this.implementation = implementation;
        this.subjects = subjects.isEmpty() ? Set.of() : EnumSet.copyOf(subjects);
        this.firstSeed = firstSeed;
        this.lastSeed = lastSeed;
        this.cases = cases;
        this.shardIndex = shardIndex;
        this.shardCount = shardCount;
        this.output = List.copyOf(output);
        this.timeLimit = timeLimit;
        this.shrinkTrials = shrinkTrials;
        this.listener = listener;
    }

    /** Tells {@code l} about every case and every subject given up. */
    public FuzzCampaign listener(Listener l) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, l);
    }

    /** A campaign with the default budget over every fuzzed subject the implementation provides. */
    public static FuzzCampaign of(Implementation implementation) {
        Set<Subject> all = EnumSet.noneOf(Subject.class);
        FuzzSubjects.all().forEach(s -> all.add(s.subject()));
        return new FuzzCampaign(implementation, all, 0, Long.MAX_VALUE, DEFAULT_CASES, 0, 1, List.of(),
                Duration.ofDays(1), 3000);
    }

    /** Only these subjects (those the implementation lacks are skipped anyway). */
    public FuzzCampaign subjects(Set<Subject> chosen) {
        return new FuzzCampaign(implementation, chosen, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, listener);
    }

    /** Seeds {@code first .. last}, both included. */
    public FuzzCampaign seeds(long first, long last) {
        return new FuzzCampaign(implementation, subjects, first, last, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, listener);
    }

    /** The budget: cases per subject. */
    public FuzzCampaign cases(int perSubject) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, perSubject, shardIndex, shardCount,
                output, timeLimit, shrinkTrials, listener);
    }

    /** Shard {@code k} of {@code n}: only the seeds with {@code seed mod n == k}, so n machines run disjoint seeds. */
    public FuzzCampaign shard(int k, int n) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, k, n, output, timeLimit,
                shrinkTrials, listener);
    }

    /**
     * Writes every shrunk failure as a vector under {@code directory}, in a folder named after the implementation
     * and its version, with an {@code index.txt} so that the folder reads as a vector set.
     */
    public FuzzCampaign writeTo(Path directory) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount,
                List.of(directory), timeLimit, shrinkTrials, listener);
    }

    /** Stops starting new cases after {@code limit}. */
    public FuzzCampaign timeLimit(Duration limit) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                limit, shrinkTrials, listener);
    }

    public FuzzReport run() {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Capabilities capabilities = implementation.capabilities();
        Profile profile = capabilities.profile();
        List<FuzzSubject<?, ?, ?, ?>> active = FuzzSubjects.all().stream()
                .filter(s -> subjects.contains(s.subject()) && capabilities.provides(s.subject()))
                .toList();
        Tally tally = new Tally();
        active.forEach(s -> tally.cases.put(s.subject(), 0L));
        long first = firstSeed + Math.floorMod(shardIndex - firstSeed, (long) shardCount);
        Set<Subject> stopped = EnumSet.noneOf(Subject.class);
        for (long seed = first; seed <= lastSeed && seed >= 0; seed += shardCount) {
            boolean any = false;
            for (FuzzSubject<?, ?, ?, ?> subject : active) {
                if (tally.cases.get(subject.subject()) >= cases || System.nanoTime() > deadline
                        || stopped.contains(subject.subject()) || listener.isStopping()) {
                    continue;
                }
                any = true;
                try {
                    runCase(subject, seed, profile, tally, start);
                } catch (NotRunException e) {
                    stopped.add(subject.subject());
                    listener.subjectStopped(subject.subject(), e.getMessage());
                    continue;
                }
                listener.caseDone(subject.subject(), seed, tally.cases.get(subject.subject()), cases);
            }
            if (!any || lastSeed - seed < shardCount) {
                break;
            }
        }
        List<FuzzFailure> failures = new ArrayList<>();
        tally.failures.forEach((signature, failure) ->
                failures.add(failure.withOccurrences(tally.occurrences.get(signature))));
        TreeMap<RuleId, FuzzReport.Counts> coverage = new TreeMap<>();
        tally.coverage.snapshot().forEach((rule, counts) -> coverage.put(rule, counts));
        return new FuzzReport(capabilities.name(), new TreeMap<>(tally.cases), tally.steps, tally.invalid,
                tally.invalidExamples, failures, coverage, (System.nanoTime() - start) / 1_000_000);
    }

    private <P, E, Q, S> void runCase(FuzzSubject<P, E, Q, S> subject, long seed, Profile profile, Tally tally,
            long start) {
        FuzzCase<P, E, Q> c = subject.generate(seed);
        Differential.Result result = Differential.run(subject, c, implementation, tally.coverage);
        tally.cases.merge(subject.subject(), 1L, Long::sum);
        tally.steps += result.stepsRun();
        if (!result.isValid()) {
            tally.invalid++;
            if (tally.invalidExamples.size() < 5) {
                tally.invalidExamples.add(subject.generatorName() + " seed " + seed + ": " + result.invalid());
            }
            return;
        }
        if (result.finding().isEmpty()) {
            return;
        }
        Finding finding = result.finding().get();
        String signature = subject.subject() + " " + finding.signature();
        tally.occurrences.merge(signature, 1L, Long::sum);
        if (tally.failures.containsKey(signature) || tally.failures.size() >= MAX_FAILURES) {
            return;
        }
        long shrinkStart = System.nanoTime();
        Shrinker.Shrunk<P, E, Q> shrunk = new Shrinker(implementation, shrinkTrials).shrink(subject, c, finding);
        VectorCase vector = FindingVector.toVector(subject, shrunk.shrunk(), shrunk.finding(), profile);
        List<String> file = output.isEmpty() ? List.of()
                : List.of(FindingVector.write(output.get(0).resolve(directoryName(implementation)), vector)
                        .toString());
        tally.failures.put(signature, new FuzzFailure(subject.subject(), subject.generatorName(), seed, finding,
                finding.step(), shrunk.finding(), vector, file, 1, (shrinkStart - start) / 1_000_000,
                (System.nanoTime() - shrinkStart) / 1_000_000));
    }

    /** One directory per implementation, so that findings of several implementations never overwrite each other. */
    static String directoryName(Implementation implementation) {
        Capabilities c = implementation.capabilities();
        return (c.name() + "-" + c.version()).replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** The campaign's counters; nothing here grows with the number of cases. */
    private static final class Tally {
        final Map<Subject, Long> cases = new LinkedHashMap<>();
        final RuleCoverage coverage = new RuleCoverage();
        final Map<String, FuzzFailure> failures = new LinkedHashMap<>();
        final Map<String, Long> occurrences = new LinkedHashMap<>();
        final List<String> invalidExamples = new ArrayList<>();
        long steps;
        long invalid;
    }
}
