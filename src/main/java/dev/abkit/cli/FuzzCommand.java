package dev.abkit.cli;

import dev.abkit.fuzz.FuzzMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code abkit fuzz}: a fuzz campaign against an implementation, differential with the reference, each disagreement
 * shrunk to a replayable vector. The options are those of {@link FuzzMain}.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, description = {
    "Run a fuzz campaign against an implementation, step by step against the reference.",
    "Each disagreement is shrunk to a vector that 'abkit vectors replay' replays.",
    "Options: --cases N (per subject), --seeds A..B, --shard K/N, --subject KEY[,KEY],",
    "--implementation CLASS, --out DIR, --time SECONDS. Exit code 0 nothing found, 1 found, 2 usage error."})
final class FuzzCommand implements Callable<Integer> {
    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        return FuzzMain.run(arguments.toArray(String[]::new));
    }
}
