package dev.abkit.fuzz;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Futures;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.NotRunException;
import dev.abkit.vectors.Lookahead;
import dev.abkit.vectors.VectorCase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final List<Implementation> workers;

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
                shrinkTrials, Listener.NONE, List.of());
    }

    private FuzzCampaign(Implementation implementation, Set<Subject> subjects, long firstSeed, long lastSeed,
            int cases, int shardIndex, int shardCount, List<Path> output, Duration timeLimit, int shrinkTrials,
            Listener listener, List<Implementation> workers) {
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
        this.workers = List.copyOf(workers);
    }

    /** Tells {@code l} about every case and every subject given up. */
    public FuzzCampaign listener(Listener l) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, l, workers);
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
                timeLimit, shrinkTrials, listener, workers);
    }

    /** Seeds {@code first .. last}, both included. */
    public FuzzCampaign seeds(long first, long last) {
        return new FuzzCampaign(implementation, subjects, first, last, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, listener, workers);
    }

    /** The budget: cases per subject. */
    public FuzzCampaign cases(int perSubject) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, perSubject, shardIndex, shardCount,
                output, timeLimit, shrinkTrials, listener, workers);
    }

    /** Shard {@code k} of {@code n}: only the seeds with {@code seed mod n == k}, so n machines run disjoint seeds. */
    public FuzzCampaign shard(int k, int n) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, k, n, output, timeLimit,
                shrinkTrials, listener, workers);
    }

    /**
     * Writes every shrunk failure as a vector under {@code directory}, in a folder named after the implementation
     * and its version, with an {@code index.txt} so that the folder reads as a vector set.
     */
    public FuzzCampaign writeTo(Path directory) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount,
                List.of(directory), timeLimit, shrinkTrials, listener, workers);
    }

    /**
     * Spreads the cases over one thread per implementation given (each thread calls only its own; they may be one
     * thread-safe implementation given several times, or one process each). The report is the one a single job gives
     * for the same seeds: cases run ahead in parallel, and their results are counted, and failures shrunk, in seed
     * order. Only a time limit or a signal can make it run more or fewer cases than one job.
     */
    public FuzzCampaign jobs(List<Implementation> perJob) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                timeLimit, shrinkTrials, listener, perJob);
    }

    /** Stops starting new cases after {@code limit}. */
    public FuzzCampaign timeLimit(Duration limit) {
        return new FuzzCampaign(implementation, subjects, firstSeed, lastSeed, cases, shardIndex, shardCount, output,
                limit, shrinkTrials, listener, workers);
    }

    public FuzzReport run() {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Capabilities capabilities = implementation.capabilities();
        Profile profile = capabilities.profile();
        List<FuzzSubject<?, ?, ?, ?>> active = FuzzSubjects.all(profile).stream()
                .filter(s -> subjects.contains(s.subject()) && capabilities.provides(s.subject()))
                .toList();
        Tally tally = new Tally();
        active.forEach(s -> tally.cases.put(s.subject(), 0L));
        long first = firstSeed + Math.floorMod(shardIndex - firstSeed, (long) shardCount);
        Set<Subject> stopped = EnumSet.noneOf(Subject.class);
        if (workers.size() > 1) {
            runInParallel(active, first, profile, tally, start, deadline, stopped);
        }
        for (long seed = first; workers.size() <= 1 && seed <= lastSeed && seed >= 0; seed += shardCount) {
            boolean any = false;
            for (FuzzSubject<?, ?, ?, ?> subject : active) {
                if (tally.cases.get(subject.subject()) >= cases || System.nanoTime() > deadline
                        || stopped.contains(subject.subject()) || listener.isStopping()) {
                    continue;
                }
                any = true;
                try {
                    runCase(subject, seed, profile, tally, start, nextCases(active, subject, seed, tally, stopped));
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
        failures.sort(Comparator.comparingLong(FuzzFailure::seed).thenComparing(FuzzFailure::subject));
        TreeMap<RuleId, FuzzReport.Counts> coverage = new TreeMap<>();
        tally.coverage.snapshot().forEach((rule, counts) -> coverage.put(rule, counts));
        return new FuzzReport(capabilities.name(), new TreeMap<>(tally.cases), tally.steps, tally.invalid,
                tally.invalidExamples, failures, coverage, (System.nanoTime() - start) / 1_000_000);
    }

    private <P, E, Q, S> void runCase(FuzzSubject<P, E, Q, S> subject, long seed, Profile profile, Tally tally,
            long start, List<Upcoming> next) {
        Upcoming first = upcoming.poll();
        if (first == null || first.subject() != subject || first.seed() != seed) {
            upcoming.clear();
            first = null;
        }
        @SuppressWarnings("unchecked")
        FuzzSubject.Generated<P, E, Q, S> g = first != null ? (FuzzSubject.Generated<P, E, Q, S>) first.c()
                : subject.generateRecorded(seed);
        FuzzCase<P, E, Q> c = g.c();
        Differential.Result result = Differential.run(subject, c, implementation, tally.coverage,
                next.isEmpty() ? null : lookahead -> announce(lookahead, next), g.run());
        count(subject, seed, c, result, profile, tally, start);
    }

    /** A case after the current one, generated ahead so that an implementation working ahead is told it. */
    private record Upcoming(FuzzSubject<?, ?, ?, ?> subject, long seed, FuzzSubject.Generated<?, ?, ?, ?> c) {
        boolean is(Upcoming other) {
            return subject == other.subject && seed == other.seed;
        }
    }

    /** The cases announced ahead, generated, in the order they will run. */
    private final ArrayDeque<Upcoming> upcoming = new ArrayDeque<>();

    /**
     * Announces the cases of {@code next} not announced yet, up to the number the implementation takes ahead. The
     * cases announced earlier must be the first of {@code next}; if the plan changed, nothing more is announced and
     * the next case that is not the one announced drops them.
     */
    private void announce(Lookahead lookahead, List<Upcoming> next) {
        int want = Math.min(lookahead.casesAhead(), next.size());
        int i = 0;
        for (Upcoming announced : upcoming) {
            if (i >= next.size() || !announced.is(next.get(i))) {
                return;
            }
            i++;
        }
        for (; i < want; i++) {
            Upcoming n = next.get(i);
            FuzzSubject.Generated<?, ?, ?, ?> g = n.subject().generateRecorded(n.seed());
            upcoming.add(new Upcoming(n.subject(), n.seed(), g));
            lookahead.expectNext(n.subject().subject(), g.c().parameters(), Differential.plan(g.c()));
        }
    }

    /**
     * The cases the single-job loop runs after {@code current} at {@code seed}, as many as the implementation takes
     * announced ahead, if the budgets stay as they are (the current case counted); empty for an implementation that
     * does not work ahead.
     */
    private List<Upcoming> nextCases(List<FuzzSubject<?, ?, ?, ?>> active, FuzzSubject<?, ?, ?, ?> current,
            long seed, Tally tally, Set<Subject> stopped) {
        if (!(implementation instanceof Lookahead lookahead) || lookahead.casesAhead() <= 0) {
            return List.of();
        }
        int want = lookahead.casesAhead();
        List<Upcoming> next = new ArrayList<>(want);
        Map<Subject, Long> done = new EnumMap<>(Subject.class);
        done.put(current.subject(), tally.cases.get(current.subject()) + 1);
        int at = active.indexOf(current);
        for (long s = seed; s <= lastSeed && s >= 0 && next.size() < want; s += shardCount) {
            boolean any = false;
            for (int i = s == seed ? at + 1 : 0; i < active.size() && next.size() < want; i++) {
                Subject subject = active.get(i).subject();
                long d = done.computeIfAbsent(subject, tally.cases::get);
                if (d < cases && !stopped.contains(subject)) {
                    next.add(new Upcoming(active.get(i), s, null));
                    done.put(subject, d + 1);
                    any = true;
                }
            }
            if ((!any && s != seed) || lastSeed - s < shardCount) {
                break;
            }
        }
        return next;
    }

    /** A case run ahead by a job: its result, or the reason it was not run. */
    private record Ran(FuzzSubject<?, ?, ?, ?> subject, long seed, FuzzCase<?, ?, ?> c, Differential.Result result,
            String notRun, boolean late) {
    }

    private static final int BATCH = 256;

    /**
     * Cases in batches of seeds, each batch run by the jobs in parallel and then counted in seed order, so that the
     * budget per subject, the first failing seed of each failure and the failures' shrinking are a single job's.
     */
    private void runInParallel(List<FuzzSubject<?, ?, ?, ?>> active, long first, Profile profile, Tally tally,
            long start, long deadline, Set<Subject> stopped) {
        ThreadLocal<Implementation> own = new ThreadLocal<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(), r -> {
            Implementation job = workers.get(threads.getAndIncrement());
            Thread t = new Thread(() -> {
                own.set(job);
                r.run();
            }, "abkit-fuzz-job-" + threads.get());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Subject, Long> scheduled = new EnumMap<>(Subject.class);
            boolean[] more = {true};
            long[] next = {first};
            // The next batch runs while this one is counted (and its failures shrunk) on this thread.
            List<Future<Ran>> batch = schedule(active, scheduled, stopped, next, more, pool, own, tally, deadline);
            while (!batch.isEmpty()) {
                List<Future<Ran>> following = more[0] && System.nanoTime() <= deadline && !listener.isStopping()
                        ? schedule(active, scheduled, stopped, next, more, pool, own, tally, deadline) : List.of();
                for (Future<Ran> future : batch) {
                    Ran ran = join(future);
                    if (ran.late() || stopped.contains(ran.subject().subject())) {
                        continue;
                    }
                    if (ran.notRun() != null) {
                        stopped.add(ran.subject().subject());
                        listener.subjectStopped(ran.subject().subject(), ran.notRun());
                        continue;
                    }
                    countRan(ran, profile, tally, start);
                    listener.caseDone(ran.subject().subject(), ran.seed(), tally.cases.get(ran.subject().subject()),
                            cases);
                }
                batch = following;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submits the cases of the next seeds, up to {@link #BATCH}, in seed order, each subject within its budget. */
    private List<Future<Ran>> schedule(List<FuzzSubject<?, ?, ?, ?>> active, Map<Subject, Long> scheduled,
            Set<Subject> stopped, long[] seed, boolean[] more, ExecutorService pool, ThreadLocal<Implementation> own,
            Tally tally, long deadline) {
        List<Future<Ran>> batch = new ArrayList<>();
        while (batch.size() < BATCH && more[0]) {
            boolean any = false;
            for (FuzzSubject<?, ?, ?, ?> subject : active) {
                if (scheduled.getOrDefault(subject.subject(), 0L) >= cases || stopped.contains(subject.subject())) {
                    continue;
                }
                any = true;
                scheduled.merge(subject.subject(), 1L, Long::sum);
                long s = seed[0];
                batch.add(pool.submit(() -> runAhead(subject, s, own.get(), tally, deadline)));
            }
            more[0] = any && lastSeed - seed[0] >= shardCount && seed[0] + shardCount >= 0;
            seed[0] += shardCount;
        }
        return batch;
    }

    private Ran runAhead(FuzzSubject<?, ?, ?, ?> subject, long seed, Implementation job, Tally tally, long deadline) {
        if (System.nanoTime() > deadline || listener.isStopping()) {
            return new Ran(subject, seed, null, null, null, true);
        }
        FuzzSubject.Generated<?, ?, ?, ?> g = subject.generateRecorded(seed);
        FuzzCase<?, ?, ?> c = g.c();
        try {
            return new Ran(subject, seed, c, differential(subject, g, job, tally.coverage), null, false);
        } catch (NotRunException e) {
            return new Ran(subject, seed, c, null, e.getMessage(), false);
        }
    }

    @SuppressWarnings("unchecked")
    private static <P, E, Q, S> Differential.Result differential(FuzzSubject<P, E, Q, S> subject,
            FuzzSubject.Generated<?, ?, ?, ?> g, Implementation job, RuleProbe coverage) {
        FuzzSubject.Generated<P, E, Q, S> typed = (FuzzSubject.Generated<P, E, Q, S>) g;
        return Differential.run(subject, typed.c(), job, coverage, null, typed.run());
    }

    @SuppressWarnings("unchecked")
    private <P, E, Q, S> void countRan(Ran ran, Profile profile, Tally tally, long start) {
        count((FuzzSubject<P, E, Q, S>) ran.subject(), ran.seed(), (FuzzCase<P, E, Q>) ran.c(), ran.result(),
                profile, tally, start);
    }

    private static Ran join(Future<Ran> future) {
        return Futures.get(future, "a fuzz job ran");
    }

    /** Counts one case that ran and, the first time its failure shows, shrinks it. */
    private <P, E, Q, S> void count(FuzzSubject<P, E, Q, S> subject, long seed, FuzzCase<P, E, Q> c,
            Differential.Result result, Profile profile, Tally tally, long start) {
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
