package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.conformance.Kit;
import dev.abkit.spi.Capabilities;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorGenerator;
import dev.abkit.vectors.VectorRelease;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import dev.abkit.vectors.VectorSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abkit vectors}: generates the vector set from the reference, or replays single vector files. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Generate the vectors from the reference model, or replay vector files step by step.",
        subcommands = {VectorsCommand.Generate.class, VectorsCommand.Replay.class, VectorsCommand.Release.class})
final class VectorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "expected a subcommand: 'vectors generate [DIR]' or 'vectors replay FILE...'");
    }

    /** {@code abkit vectors generate [DIR]}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write every vector generated from the reference model under DIR, and its index.txt.")
    static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "vectors",
                description = "Target directory (default: ${DEFAULT-VALUE}); generated files there are replaced.")
        Path directory;

        @Override
        public Integer call() {
            int count = VectorGenerator.write(directory);
            VectorSet written = VectorSet.fromDirectory(directory);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d vectors under %s (sha256 %s)%n", count,
                    directory, written.sha256());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code abkit vectors release [DIR]}: the versioned archive of the vector set, with its SHA-256. */
    @Command(name = "release", mixinStandardHelpOptions = true,
            description = "Write abkit-vectors-VERSION.zip (index, vectors, schema, README, LICENSE and SHA256SUMS) "
                    + "and its .sha256 under DIR, for runners outside the kit.")
    static final class Release implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "target",
                description = "Where to write the archive (default: ${DEFAULT-VALUE}).")
        Path target;

        @Option(names = "--vectors", paramLabel = "DIR", defaultValue = "vectors",
                description = "The vector directory (default: ${DEFAULT-VALUE}).")
        Path vectors;

        @Option(names = "--release-version", paramLabel = "VERSION",
                description = "The version in the archive's name (default: the kit's version).")
        String version;

        @Override
        public Integer call() {
            VectorRelease.Written written = Options.parse("--vectors", () -> VectorRelease.write(vectors, target,
                    version == null ? Kit.version() : version, Path.of("LICENSE")));
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d vectors, sha256 %s) and %s%n",
                    written.archive(), written.vectors(), written.sha256(), written.checksum());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code abkit vectors replay FILE...}. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay vector files against the implementation, printing every step with its expected and "
                    + "actual result. Exit code 0 when all pass, 1 when one fails, 2 for a malformed file.")
    static final class Replay implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ImplementationOptions implementationOptions;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Vector files (YAML).")
        List<Path> files;

        @Option(names = "--keep-going", description = "Go on after a mismatching step and show every one.")
        boolean keepGoing;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<VectorCase> cases = new ArrayList<>();
            for (Path file : files) {
                cases.add(VectorRepository.file(Options.existingFile("FILE", file)));
            }
            int failed = 0;
            int skipped = 0;
            try (ImplementationUnderTest tested = implementationOptions.resolve()) {
                VectorRunner runner = new VectorRunner(tested.implementation(), Catalog.load(), keepGoing);
                Capabilities c = runner.capabilities();
                out.printf(Locale.ROOT, "implementation: %s %s (profile %s)%n", c.name(), c.version(), c.profile());
                for (VectorCase vector : cases) {
                    out.printf(Locale.ROOT, "%n%s  %s%n  %s%n  rules %s, profile %s%n", vector.id(), vector.source(),
                            vector.description(), vector.rules(), vector.profile());
                    CaseResult result = runner.run(vector, step -> out.printf(Locale.ROOT,
                            "  %s step %-2d %-5s %-28s expected %s%n  %s         %5s %-28s %s %s%n",
                            step.matches() ? "ok  " : "FAIL", step.number(), step.kind(), step.what(),
                            step.expected(), "    ", "", "", step.matches() ? "   got" : "but was", step.actual()));
                    out.printf(Locale.ROOT, "  => %s%s%n", result.status(),
                            result.message().isEmpty() ? "" : ": " + result.message());
                    failed += result.isFailure() ? 1 : 0;
                    skipped += result.status() == CaseResult.Status.SKIPPED ? 1 : 0;
                }
            }
            out.printf(Locale.ROOT, "%n%d replayed: %d passed, %d failed, %d skipped%n", cases.size(),
                    cases.size() - failed - skipped, failed, skipped);
            out.flush();
            if (skipped == cases.size()) {
                spec.commandLine().getErr().println("error: every vector was skipped; replay vectors of a subject "
                        + "and profile the implementation provides");
                return 2;
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
