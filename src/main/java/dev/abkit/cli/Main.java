package dev.abkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code abkit} command line: lists the rule catalog and prints pipeline timelines. */
@Command(
        name = "abkit",
        mixinStandardHelpOptions = true,
        version = "abkit 0.1.0",
        description = "Conformance kit for Polkadot asynchronous backing.",
        subcommands = {VerifyCommand.class, RulesCommand.class, PipelineCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 2 usage or configuration error. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cl.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        commandLine.setExitCodeExceptionMapper(e -> 2);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
