package dev.abkit.cli;

import dev.abkit.conformance.Kit;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code abkit} command line: verifies an implementation, generates and replays vectors, lists the rule catalog,
 * renders the living documentation and prints pipeline timelines. Exit codes: 0 success (conformant), 1 not
 * conformant, 2 usage or configuration error.
 */
@Command(
        name = "abkit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Conformance kit for Polkadot asynchronous backing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (conformant)", "1:not conformant", "2:usage or configuration error, with what "
                + "to fix", "3:a bug in the kit (please report it)", "130:stopped by a signal"},
        subcommands = {VerifyCommand.class, SmokeCommand.class, VectorsCommand.class, FuzzCommand.class,
                RulesCommand.class, ProfilesCommand.class,
                DocsCommand.class,
            PipelineCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of a usage or configuration error. */
    public static final int USAGE = 2;

    /** Exit code of a bug in the kit itself. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 not conformant, 2 usage or configuration error. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that set its output streams. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                cl.getErr().println("error: " + e.getMessage());
                cl.getErr().flush();
                return USAGE;
            }
            cl.getErr().println("internal error (a bug in the kit, please report it): " + e);
            e.printStackTrace(cl.getErr());
            cl.getErr().flush();
            return INTERNAL;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr());
            cl.getErr().println("see '" + cl.getCommandSpec().qualifiedName() + " --help'");
            cl.getErr().flush();
            return USAGE;
        });
        return commandLine;
    }

    /** {@code abkit} without a verb: the usage, on stderr, as a usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command, e.g. 'abkit verify'");
    }

    /** The kit's version, from its jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"abkit " + Kit.version()};
        }
    }
}
