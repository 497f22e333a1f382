package dev.abkit.cli;

import dev.abkit.model.Checks;
import dev.abkit.reference.pipeline.PipelineModel;
import dev.abkit.reference.pipeline.PipelineParameters;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abkit pipeline}: prints, per relay block, which parablocks are authored, backed and included, as the seed's
 * pipelining tables do. Without options it prints synchronous and asynchronous backing side by side.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Print the pipeline timeline of the reference model (per relay block: authored, backed, "
                + "included).")
final class PipelineCommand implements Callable<Integer> {
    /** The longest timeline the command prints: a screen's worth is tens of blocks. */
    static final int MAX_BLOCKS = 10_000;
    /** The largest value of a chain parameter: production uses single digits. */
    static final int MAX_PARAMETER = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--depth", description = "max_candidate_depth (bounds the unincluded chain: d + 1 candidates).")
    Integer depth;

    @Option(names = "--ancestry",
            description = "allowed_ancestry_len (how many relay blocks old a relay parent may be).")
    Integer ancestry;

    @Option(names = "--capacity", description = "Unincluded segment capacity of the parachain.")
    Integer capacity;

    @Option(names = "--velocity", description = "Parachain blocks per relay slot beyond the first.")
    Integer velocity;

    @Option(names = "--cores", description = "Cores assigned to the parachain.")
    Integer cores;

    @Option(names = "--blocks", defaultValue = "8",
            description = "Relay blocks to simulate, 1 to " + MAX_BLOCKS + " (default ${DEFAULT-VALUE}).")
    int blocks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Options.range("--blocks", blocks, 1, MAX_BLOCKS);
        bounded("--depth", depth, 0);
        bounded("--ancestry", ancestry, 0);
        bounded("--capacity", capacity, 1);
        bounded("--velocity", velocity, 0);
        bounded("--cores", cores, 1);
        boolean custom = depth != null || ancestry != null || capacity != null || velocity != null || cores != null;
        if (custom) {
            print(out, customised(PipelineParameters.asynchronous(blocks)));
        } else {
            print(out, PipelineParameters.synchronous(blocks));
            out.println();
            print(out, PipelineParameters.asynchronous(blocks));
        }
        out.flush();
        return 0;
    }

    private static void bounded(String option, Integer value, int min) {
        if (value != null) {
            Options.range(option, value, min, MAX_PARAMETER);
        }
    }

    private PipelineParameters customised(PipelineParameters p) {
        PipelineParameters result = p;
        if (depth != null) {
            result = result.withMaxCandidateDepth(depth);
        }
        if (ancestry != null) {
            result = result.withAllowedAncestryLen(ancestry);
        }
        if (capacity != null) {
            result = result.withSegmentCapacity(capacity);
        }
        if (velocity != null) {
            result = result.withVelocity(velocity);
        }
        if (cores != null) {
            result = result.withCores(cores);
        }
        return result;
    }

    private static void print(PrintWriter out, PipelineParameters parameters) {
        out.print(new PipelineModel(Checks.unobserved(), parameters).run().render());
    }
}
