package dev.abkit.features;

import dev.abkit.catalog.Subject;
import dev.abkit.reference.pipeline.Parablock;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Throughput;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.reference.pipeline.TimelineRow;
import dev.abkit.reference.pipeline.Window;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Steps of the pipeline features: parameters are set, the implementation's pipeline subject simulates the relay
 * blocks, and the rows, windows, throughput and latency of its timeline are compared with the tables of the feature.
 */
public final class PipelineSteps {
    private static final int RELAY_SLOT_SECONDS = 6;

    private PipelineParameters parameters;
    private Timeline timeline;

    @Given("the pipeline parameters are max_candidate_depth {int}, allowed_ancestry_len {int}, segment capacity {int},"
            + " velocity {int} and {int} core(s)")
    public void parameters(int depth, int ancestry, int capacity, int velocity, int cores) {
        parameters = new PipelineParameters(depth, ancestry, capacity, velocity, cores, 1);
    }

    @When("the pipeline runs over relay blocks R0 to R{int}")
    public void run(int last) {
        if (parameters == null) {
            throw new IllegalArgumentException("the scenario sets no pipeline parameters");
        }
        PipelineParameters run = parameters.withRelayBlocks(last + 1);
        timeline = FeatureSupport.implementationFor(Subject.PIPELINE).pipeline().run(run);
        FeatureSupport.assertEquals(last + 1, timeline.rows().size(), "relay blocks in the timeline");
    }

    /**
     * Compares the listed rows; columns: {@code relay block} (R0, R1, ...), and any of {@code time} ({@code 6 s}),
     * {@code authored}, {@code backed}, {@code included}, {@code abandoned} (parablocks separated by commas, or -).
     */
    @Then("the pipeline timeline reads:")
    public void timelineReads(DataTable table) {
        for (Map<String, String> line : table.asMaps()) {
            String label = cell(line, "relay block");
            TimelineRow row = timeline().row(relayBlock(label));
            for (Map.Entry<String, String> column : line.entrySet()) {
                String expected = column.getValue() == null ? "" : column.getValue().strip();
                String what = column.getKey() + " in " + label;
                switch (column.getKey()) {
                    case "relay block" -> {
                    }
                    case "time" -> FeatureSupport.assertEquals(expected, row.seconds() + " s", what);
                    case "authored" -> FeatureSupport.assertEquals(blocks(expected), labels(row.authored()), what);
                    case "backed" -> FeatureSupport.assertEquals(blocks(expected), labels(row.backed()), what);
                    case "included" -> FeatureSupport.assertEquals(blocks(expected), labels(row.included()), what);
                    case "abandoned" -> FeatureSupport.assertEquals(blocks(expected), labels(row.abandoned()), what);
                    default -> throw new IllegalArgumentException("unknown timeline column '" + column.getKey()
                            + "'; expected relay block, time, authored, backed, included or abandoned");
                }
            }
        }
    }

    @Then("every parablock is built on the relay block in which it is authored")
    public void builtOnImportedBlock() {
        for (TimelineRow row : timeline().rows()) {
            for (Parablock block : row.authored()) {
                FeatureSupport.assertEquals("R" + row.relayBlock(), "R" + block.relayParent(), "relay parent of "
                        + block.label());
            }
        }
    }

    @Then("in the {int} seconds from R{int} to R{int} the relay chain includes {pipelineBlocks} and backs"
            + " {pipelineBlocks}")
    public void window(int seconds, int from, int to, List<String> included, List<String> backed) {
        Window window = timeline().window(from, to);
        FeatureSupport.assertEquals(seconds, window.seconds(), "seconds from R" + from + " to R" + to);
        FeatureSupport.assertEquals(included, labels(window.included()), "included from R" + from + " to R" + to);
        FeatureSupport.assertEquals(backed, labels(window.backedNotIncluded()), "backed but not included by R" + to);
    }

    @Then("the pipeline includes {int} parablock(s) in every {int} seconds of steady state")
    public void throughput(int parablocks, int seconds) {
        Throughput throughput = timeline().throughput().orElseThrow(() -> new AssertionFailedError(
                "expected a steady-state throughput but fewer than two relay blocks include parablocks"));
        long expected = (long) parablocks * throughput.relayBlocks() * RELAY_SLOT_SECONDS;
        long actual = (long) throughput.parablocks() * seconds;
        if (expected != actual) {
            throw new AssertionFailedError("throughput: expected " + parablocks + " parablock(s) in " + seconds
                    + " s but was " + throughput.parablocks() + " in " + throughput.relayBlocks() * RELAY_SLOT_SECONDS
                    + " s");
        }
    }

    @Then("every parablock is included between {int} and {int} seconds after its relay parent")
    public void latency(int min, int max) {
        var latency = timeline().latency().orElseThrow(() -> new AssertionFailedError(
                "expected included parablocks but nothing is included"));
        FeatureSupport.assertEquals(min + " to " + max + " s", latency.minSeconds() + " to " + latency.maxSeconds()
                + " s",
                "time from relay parent to inclusion");
    }

    @Then("every parablock is included exactly {int} seconds after its relay parent")
    public void exactLatency(int seconds) {
        latency(seconds, seconds);
    }

    @ParameterType("nothing|P\\d+(?:(?:, | and )P\\d+)*")
    public List<String> pipelineBlocks(String text) {
        return text.equals("nothing") ? List.of() : Arrays.asList(text.split(", | and "));
    }

    private Timeline timeline() {
        if (timeline == null) {
            throw new IllegalArgumentException("the pipeline has not run in this scenario");
        }
        return timeline;
    }

    private static String cell(Map<String, String> line, String column) {
        String value = line.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the timeline table needs a '" + column + "' column");
        }
        return value.strip();
    }

    private static int relayBlock(String label) {
        if (!label.matches("R\\d+")) {
            throw new IllegalArgumentException("expected a relay block like R3 but was '" + label + "'");
        }
        return Integer.parseInt(label.substring(1));
    }

    private static List<String> blocks(String cell) {
        if (cell.isEmpty() || cell.equals("-")) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    private static List<String> labels(List<Parablock> blocks) {
        return blocks.stream().map(Parablock::label).toList();
    }

}
