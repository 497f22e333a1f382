package dev.abkit.bench;

import dev.abkit.bench.ProspectiveWorkload.Op;
import dev.abkit.bench.ProspectiveWorkload.Result;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The prospective-parachains benchmark: runs {@link ModelBenchmarks} on JMH for each workload size, then prints how the
 * cost per operation grows when one chain holds ten times the candidates ({@code depth-10x}: max_candidate_depth 39
 * instead of 3; {@code forks-10x}: ten siblings per position instead of one), in time (JMH's averages) and in rule
 * evaluations per operation (counted on one untimed run of the workload: the model's work, independent of the machine
 * and its load). Run it with {@code java -cp target/abkit.jar:<JMH> dev.abkit.bench.ProspectiveBenchmark [--quick]
 * [--only size,...]}.
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

    static final List<BenchSize> SIZES = List.of(REALISTIC, STRESS, DEPTH_10X, FORKS_10X);

    /** The JMH benchmarks of {@link ModelBenchmarks}, with the workload operation whose checks they count. */
    private static final Map<String, Op> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("leafActivation", Op.ACTIVATION);
        BENCHMARKS.put("backableQuery", Op.BACKABLE);
        BENCHMARKS.put("membershipQuery", Op.MEMBERSHIP);
        BENCHMARKS.put("constraintCheck", null);
        BENCHMARKS.put("relayBlock", null);
    }

    private ProspectiveBenchmark() {
    }

    /** The size of that name. */
    static BenchSize size(String name) {
        return SIZES.stream().filter(s -> s.name().equals(name.trim())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown size '" + name + "', expected one of "
                        + SIZES.stream().map(BenchSize::name).toList()));
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = false;
        List<BenchSize> selected = List.of(REALISTIC, DEPTH_10X, FORKS_10X);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick", "quick" -> quick = true;
                case "--only" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value after '--only'");
                    }
                    selected = new ArrayList<>();
                    for (String name : args[++i].split(",")) {
                        selected.add(size(name));
                    }
                }
                case "--help", "-h" -> {
                    System.out.println("usage: ProspectiveBenchmark [--quick] [--only "
                            + String.join(",", SIZES.stream().map(BenchSize::name).toList()) + "]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "' at position " + i);
            }
        }
        Options options = new OptionsBuilder()
                .include(ModelBenchmarks.class.getName() + "\\.")
                .param("size", selected.stream().map(BenchSize::name).toArray(String[]::new))
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .forks(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, Double>> micros = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            micros.computeIfAbsent(r.getParams().getParam("size"), k -> new LinkedHashMap<>())
                    .put(benchmark, r.getPrimaryResult().getScore());
        }
        Map<String, Result> checks = new LinkedHashMap<>();
        for (BenchSize size : selected) {
            checks.put(size.name(), ProspectiveWorkload.countChecks(quick ? size.withMeasuredBlocks(
                    Math.max(3, size.measuredBlocks() / 4)) : size));
        }
        printGrowth(micros, checks);
    }

    private static void printGrowth(Map<String, Map<String, Double>> micros, Map<String, Result> checks) {
        Map<String, Double> base = micros.get(REALISTIC.name());
        Result baseChecks = checks.get(REALISTIC.name());
        List<BenchSize> grown = new ArrayList<>();
        for (BenchSize size : List.of(DEPTH_10X, FORKS_10X)) {
            if (micros.containsKey(size.name())) {
                grown.add(size);
            }
        }
        if (base == null || grown.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n== growth: cost per operation with 10x the candidates of one chain, same"
                + " paras; ratios of µs/op (JMH) and of checks/op (counted; 10 is linear)%n");
        System.out.printf(Locale.ROOT, "   %-18s %10s", "operation", "µs/op");
        for (BenchSize g : grown) {
            System.out.printf(Locale.ROOT, " %34s", "realistic -> " + g.name());
        }
        System.out.println();
        for (Map.Entry<String, Op> row : BENCHMARKS.entrySet()) {
            System.out.printf(Locale.ROOT, "   %-18s %10.3f", row.getKey(), base.get(row.getKey()));
            for (BenchSize g : grown) {
                String time = ratio(micros.get(g.name()).get(row.getKey()), base.get(row.getKey()));
                String work = row.getValue() == null ? "-" : ratio(checks.get(g.name()).checks(row.getValue()),
                        baseChecks.checks(row.getValue()));
                System.out.printf(Locale.ROOT, " %14s %19s", time + " µs", work + " checks");
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "   %-29s", "candidates per chain");
        for (BenchSize g : grown) {
            System.out.printf(Locale.ROOT, " %34s", REALISTIC.candidatesPerChain() + " -> " + g.candidatesPerChain());
        }
        System.out.println();
        System.out.println("   verdict (checks/op): " + verdict(baseChecks, grown, checks));
    }

    private static String ratio(double grown, double base) {
        return base == 0 ? (grown == 0 ? "1.00x" : "-") : String.format(Locale.ROOT, "%.2fx", grown / base);
    }

    private static String verdict(Result base, List<BenchSize> grown, Map<String, Result> checks) {
        List<String> superlinear = new ArrayList<>();
        for (BenchSize g : grown) {
            double factor = (double) g.candidatesPerChain() / REALISTIC.candidatesPerChain();
            for (Op op : Op.values()) {
                double ratio = checks.get(g.name()).checks(op) / Math.max(1, base.checks(op));
                if (ratio > factor * 1.25) {
                    superlinear.add(op.label + " in " + g.name() + String.format(Locale.ROOT, " (%.1fx)", ratio));
                }
            }
        }
        return superlinear.isEmpty()
                ? "every operation grows at most linearly in the candidates of one chain"
                : "faster than linear: " + String.join(", ", superlinear);
    }
}
