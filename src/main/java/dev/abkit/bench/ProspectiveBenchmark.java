package dev.abkit.bench;

import dev.abkit.bench.ProspectiveWorkload.Op;
import dev.abkit.bench.ProspectiveWorkload.Result;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Benchmark of the prospective-parachains reference model. Run it with
 * {@code java -cp target/abkit.jar dev.abkit.bench.ProspectiveBenchmark [--quick] [--only size,...] [--rounds n]
 * [--warmup n]}. It warms up (at least three seconds), then runs measured rounds on the same deterministic workload,
 * the sizes taking turns, and prints per size the median per operation class, the leaf-activation cost and the heap
 * after a run, then how the cost per operation grows when one chain holds ten times the candidates.
 */
public final class ProspectiveBenchmark {
    /** Production parameters on 100 paras. */
    static final BenchSize REALISTIC = new BenchSize("realistic", 100, 3, 2, 1, 0x5EED_0001L, 200);
    /** 1000 paras, deep chains, long ancestry and three siblings per position. */
    static final BenchSize STRESS = new BenchSize("stress", 1000, 16, 8, 3, 0x5EED_0002L, 10);
    /** {@link #REALISTIC} with ten times the best-chain candidates (depth 39 instead of 3). */
    static final BenchSize DEPTH_10X = new BenchSize("depth-10x", 100, 39, 2, 1, 0x5EED_0003L, 60);
    /** {@link #REALISTIC} with ten siblings seconded per chain position instead of one. */
    static final BenchSize FORKS_10X = new BenchSize("forks-10x", 100, 3, 2, 10, 0x5EED_0004L, 200);

    private static final List<BenchSize> SIZES = List.of(REALISTIC, STRESS, DEPTH_10X, FORKS_10X);
    /** Warm-up lasts at least this long (and at least the rounds asked for), so that the JIT has settled. */
    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final double MIB = 1024.0 * 1024.0;

    private ProspectiveBenchmark() {
    }

    /** The medians of one size over its measured rounds, and the heap after the last run. */
    private record Summary(BenchSize size, Map<String, Row> rows, Result sample, long heapUsed, long heapOfRun) {
    }

    /**
     * One table row: operations per measured round, the median microseconds per operation and the rule evaluations
     * per operation (the same in every round, as the workload is deterministic).
     */
    private record Row(long opsPerRound, double micros, double checks) {
        double perSecond() {
            return micros == 0 ? 0 : 1_000_000.0 / micros;
        }
    }

    public static void main(String[] args) {
        int warmup = 2;
        int rounds = 5;
        boolean quick = false;
        List<BenchSize> selected = new ArrayList<>(SIZES);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick", "quick" -> quick = true;
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--only" -> selected = select(value(args, ++i));
                case "--help", "-h" -> {
                    System.out.println("usage: ProspectiveBenchmark [--quick] [--only "
                            + String.join(",", SIZES.stream().map(BenchSize::name).toList())
                            + "] [--rounds n] [--warmup n]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "' at position " + i);
            }
        }
        if (quick) {
            warmup = Math.min(warmup, 1);
            rounds = Math.min(rounds, 3);
            selected = selected.stream().map(s -> s.withMeasuredBlocks(Math.max(3, s.measuredBlocks() / 4))).toList();
        }
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("expected at least one measured round and no negative warm-up but was "
                    + rounds + " and " + warmup);
        }
        printHeader(warmup, rounds);
        Map<String, Summary> summaries = measure(selected, warmup, rounds);
        summaries.values().forEach(ProspectiveBenchmark::printSize);
        printGrowth(summaries);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value after '" + args[i - 1] + "'");
        }
        return args[i];
    }

    private static List<BenchSize> select(String names) {
        List<BenchSize> result = new ArrayList<>();
        for (String name : names.split(",")) {
            result.add(SIZES.stream().filter(s -> s.name().equals(name.trim())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown size '" + name + "', expected one of "
                            + SIZES.stream().map(BenchSize::name).toList())));
        }
        return result;
    }

    /**
     * Warms up, then runs the measured rounds. The sizes take turns within each round, so that a change in the load
     * of the machine affects them alike and the growth ratios stay comparable.
     */
    private static Map<String, Summary> measure(List<BenchSize> sizes, int warmup, int rounds) {
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < warmup || (warmup > 0 && System.nanoTime() < warmupEnd); i++) {
            for (BenchSize size : sizes) {
                new ProspectiveWorkload(size).run();
            }
        }
        Map<String, List<Result>> results = new LinkedHashMap<>();
        Map<String, long[]> heaps = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (BenchSize size : sizes) {
                ProspectiveWorkload workload = new ProspectiveWorkload(size);
                results.computeIfAbsent(size.name(), k -> new ArrayList<>()).add(workload.run());
                if (round == rounds - 1) {
                    long used = usedHeap();
                    Reference.reachabilityFence(workload);
                    workload = null;
                    heaps.put(size.name(), new long[] {used, used - usedHeap()});
                }
            }
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        for (BenchSize size : sizes) {
            long[] heap = heaps.get(size.name());
            summaries.put(size.name(), summarize(size, results.get(size.name()), heap[0], heap[1]));
        }
        return summaries;
    }

    private static Summary summarize(BenchSize size, List<Result> results, long heapUsed, long heapOfRun) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Result sample = results.get(0);
        for (Op op : Op.values()) {
            if (op == Op.ACTIVATION) {
                rows.put("leaf activation, per leaf", new Row(sample.leaves(),
                        median(results, Result::activationMicrosPerLeaf), sample.activationChecksPerLeaf()));
                rows.put("leaf activation, per para", new Row(sample.paraActivations(),
                        median(results, Result::activationMicrosPerPara), sample.activationChecksPerPara()));
                rows.put("leaf activation, per candidate", new Row(sample.carriedCandidates(),
                        median(results, Result::activationMicrosPerCandidate), sample.activationChecksPerCandidate()));
            } else {
                rows.put(op.label, new Row(sample.count(op), median(results, r -> r.micros(op)), sample.checks(op)));
            }
            if (op == Op.BACKABLE) {
                rows.put("backable query, per candidate", new Row(sample.backableReturned(),
                        median(results, Result::backableMicrosPerCandidate), sample.backableChecksPerCandidate()));
            }
        }
        return new Summary(size, rows, sample, heapUsed, heapOfRun);
    }

    private static double median(List<Result> results, ToDoubleFunction<Result> metric) {
        double[] values = results.stream().mapToDouble(metric).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** Heap in use after garbage collection has settled. */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static void printHeader(int warmup, int rounds) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Prospective-parachains reference model benchmark%n");
        System.out.printf(Locale.ROOT, "java %s (%s), %d processors, max heap %.0f MiB, %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.availableProcessors(), runtime.maxMemory() / MIB,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "at least %d warm-up rounds (3 s) and %d measured rounds per size; medians over"
                + " the measured rounds%n", warmup, rounds);
    }

    private static void printSize(Summary summary) {
        BenchSize size = summary.size();
        Result sample = summary.sample();
        System.out.printf(Locale.ROOT, "%n== %s: %d paras, max_candidate_depth %d, allowed_ancestry_len %d, %d fork(s)"
                        + " per position, %d candidate(s) per para and block, %d measured blocks%n",
                size.name(), size.paras(), size.depth(), size.ancestry(), size.forks(), size.perBlock(),
                size.measuredBlocks());
        System.out.printf(Locale.ROOT, "   best chain after backing: mean %.2f, min %d (target %d); unconnected mean"
                        + " %.2f; retained relay parents %d%n",
                (double) sample.bestChainSum() / sample.chainSamples(), sample.bestChainMin(), size.depth() + 1,
                (double) sample.unconnectedSum() / sample.chainSamples(), sample.retainedRelayParents());
        System.out.printf(Locale.ROOT, "   %-32s %12s %14s %12s %12s%n", "operation", "ops/round", "ops/s", "µs/op",
                "checks/op");
        for (Map.Entry<String, Row> row : summary.rows().entrySet()) {
            Row r = row.getValue();
            System.out.printf(Locale.ROOT, "   %-32s %12d %14.0f %12.3f %12.1f%n", row.getKey(), r.opsPerRound(),
                    r.perSecond(), r.micros(), r.checks());
        }
        System.out.printf(Locale.ROOT, "   heap used after a run: %.1f MiB (of which the run's model and workload: %.1f"
                + " MiB)%n", summary.heapUsed() / MIB, summary.heapOfRun() / MIB);
    }

    private static void printGrowth(Map<String, Summary> summaries) {
        Summary base = summaries.get(REALISTIC.name());
        List<Summary> grown = new ArrayList<>();
        for (BenchSize size : List.of(DEPTH_10X, FORKS_10X)) {
            if (summaries.containsKey(size.name())) {
                grown.add(summaries.get(size.name()));
            }
        }
        if (base == null || grown.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n== growth: cost per operation with 10x the candidates of one chain, same"
                + " paras; ratios of µs/op and of checks/op (10 is linear)%n");
        System.out.printf(Locale.ROOT, "   %-32s", "operation");
        for (Summary g : grown) {
            System.out.printf(Locale.ROOT, " %28s", base.size().name() + " -> " + g.size().name());
        }
        System.out.println();
        for (String row : base.rows().keySet()) {
            System.out.printf(Locale.ROOT, "   %-32s", row);
            for (Summary g : grown) {
                System.out.printf(Locale.ROOT, " %13s %14s", ratio(g.rows().get(row).micros(),
                        base.rows().get(row).micros()) + " µs", ratio(g.rows().get(row).checks(),
                        base.rows().get(row).checks()) + " checks");
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "   %-32s", "candidates per chain");
        for (Summary g : grown) {
            System.out.printf(Locale.ROOT, " %28s", base.size().candidatesPerChain() + " -> "
                    + g.size().candidatesPerChain());
        }
        System.out.println();
        System.out.println("   verdict (checks/op): " + verdict(base, grown));
    }

    private static String ratio(double grown, double base) {
        return base == 0 ? (grown == 0 ? "1.00x" : "-") : String.format(Locale.ROOT, "%.2fx", grown / base);
    }

    private static String verdict(Summary base, List<Summary> grown) {
        List<String> superlinear = new ArrayList<>();
        for (Summary g : grown) {
            double factor = (double) g.size().candidatesPerChain() / base.size().candidatesPerChain();
            for (String row : base.rows().keySet()) {
                double ratio = g.rows().get(row).checks() / Math.max(1, base.rows().get(row).checks());
                if (ratio > factor * 1.25) {
                    superlinear.add(row + " in " + g.size().name() + String.format(Locale.ROOT, " (%.1fx)", ratio));
                }
            }
        }
        return superlinear.isEmpty()
                ? "every operation grows at most linearly in the candidates of one chain"
                : "faster than linear: " + String.join(", ", superlinear);
    }
}
