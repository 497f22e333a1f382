package dev.abkit.reference.pipeline;

import dev.abkit.model.DoNotMutate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of a pipeline run: one row per relay block R0 .. R(n-1), with throughput, latency and windows derived
 * from the rows.
 */
public record Timeline(PipelineParameters parameters, List<TimelineRow> rows) {
    public Timeline {
        rows = List.copyOf(rows);
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).relayBlock() != k) {
                throw new IllegalArgumentException("expected row " + k + " to be R" + k + " but was R"
                        + rows.get(k).relayBlock());
            }
        }
    }

    /** The row of relay block R(k). */
    public TimelineRow row(int relayBlock) {
        if (relayBlock < 0 || relayBlock >= rows.size()) {
            throw new IllegalArgumentException("expected a relay block in R0..R" + (rows.size() - 1) + " but was R"
                    + relayBlock);
        }
        return rows.get(relayBlock);
    }




    /**
     * Steady-state throughput (AB-PIPE-008): parablocks included after the first relay block that includes any, per
     * relay block up to the last that includes any; empty when fewer than two relay blocks include parablocks.
     */
    public Optional<Throughput> throughput() {
        List<Integer> including = rows.stream().filter(r -> !r.included().isEmpty())
                .map(TimelineRow::relayBlock).toList();
        if (including.size() < 2) {
            return Optional.empty();
        }
        int first = including.get(0);
        int last = including.get(including.size() - 1);
        int parablocks = rows.subList(first + 1, last + 1).stream().mapToInt(r -> r.included().size()).sum();
        return Optional.of(new Throughput(parablocks, last - first));
    }

    /** Relay parent to inclusion, smallest and largest over the included parablocks (AB-PIPE-007). */
    public Optional<Latency> latency() {
        List<Integer> seconds = new ArrayList<>();
        for (TimelineRow row : rows) {
            for (Parablock block : row.included()) {
                seconds.add((row.relayBlock() - block.relayParent()) * PipelineModel.RELAY_SLOT_SECONDS);
            }
        }
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Latency(seconds.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                seconds.stream().mapToInt(Integer::intValue).max().orElseThrow()));
    }

    /**
     * The window R(from) .. R(to), both ends included (AB-PIPE-008): what it includes, and what it backs without
     * including it by R(to). The seed's "in 24 seconds" is {@code window(1, 5)}.
     */
    public Window window(int fromRelayBlock, int toRelayBlock) {
        row(fromRelayBlock);
        row(toRelayBlock);
        List<TimelineRow> span = rows.subList(fromRelayBlock, toRelayBlock + 1);
        List<Parablock> included = span.stream().flatMap(r -> r.included().stream()).toList();
        Set<Parablock> includedSet = new HashSet<>(included);
        List<Parablock> pending = span.stream().flatMap(r -> r.backed().stream())
                .filter(b -> !includedSet.contains(b)).toList();
        return new Window(fromRelayBlock, toRelayBlock, included, pending);
    }

    /** The timeline as a pipelining table: a header, one line per relay block, and a summary line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(parameters.isSynchronous() ? "synchronous" : "asynchronous").append(" backing, ")
                .append(parameters).append('\n');
        for (TimelineRow row : rows) {
            text.append(row.render()).append('\n');
        }
        text.append(summary()).append('\n');
        return text.toString();
    }

    /** One line: throughput in parablocks per relay block and seconds per parablock, and latency. */
    @DoNotMutate("text rendering for the pipeline command")
    public String summary() {
        String throughputText = throughput()
                .map(t -> String.format(Locale.ROOT, "throughput %s parablocks per relay block (one per %s s)",
                        number(t.perRelayBlock()), number(t.secondsPerParablock())))
                .orElse("throughput undetermined (fewer than two relay blocks include parablocks)");
        String latencyText = latency()
                .map(l -> l.minSeconds() == l.maxSeconds()
                        ? "latency relay parent to inclusion " + l.minSeconds() + " s"
                        : "latency relay parent to inclusion " + l.minSeconds() + " to " + l.maxSeconds() + " s")
                .orElse("nothing included");
        return throughputText + "; " + latencyText;
    }

    @DoNotMutate("text rendering for the pipeline command")
    private static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    @Override
    public String toString() {
        return rows.stream().map(TimelineRow::render).collect(Collectors.joining("\n"));
    }
}
