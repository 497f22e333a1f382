package dev.abkit.cli;

import dev.abkit.catalog.Profile;
import dev.abkit.model.RuleProbe;
import dev.abkit.process.ProcessFaultException;
import dev.abkit.process.ProcessImplementation;
import dev.abkit.process.ProcessSettings;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import dev.abkit.spi.ReferenceImplementation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose the implementation under test, shared by {@code verify} and {@code vectors replay}. Each
 * source of an implementation is one option and one branch of {@link #resolve()}; the embedded reference is the
 * fallback.
 */
final class ImplementationOptions {
    @Option(names = "--implementation", paramLabel = "CLASS",
            description = "Java adapter class implementing dev.abkit.spi.Implementation, on the class path "
                    + "(default: the one registered with ServiceLoader or -Dabkit.implementation, else the embedded "
                    + "reference).")
    String implementationClass;

    @Option(names = "--process", paramLabel = "COMMAND",
            description = "An implementation in another process, speaking the kit's JSON-lines protocol "
                    + "(docs/protocol.md): the command and its arguments, split on spaces (quote an argument with "
                    + "\"...\"); no shell is involved.")
    String processCommand;

    @Option(names = "--process-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long the kit waits for each answer of a --process implementation, 1 to 3600 "
                    + "(default: ${DEFAULT-VALUE}).")
    int processTimeoutSeconds;

    @Option(names = "--process-startup-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long the kit waits for the hello answer of a --process implementation after starting "
                    + "it, 1 to 3600 (default: ${DEFAULT-VALUE}).")
    int processStartupSeconds;

    @Option(names = "--max-process-faults", paramLabel = "N", defaultValue = "3",
            description = "After N cases of one subject in a row end in a crash, hang or garbage of the --process "
                    + "implementation, its other cases of that subject are reported as not run; 0 never gives up "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxProcessFaults;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Profile: baseline, a release (polkadot-sdk-stable2506, ...; abkit profiles lists them), "
                    + "variant keys, or these joined by + (polkadot-sdk-stable2506+expect-parent-included). The "
                    + "reference runs with it; another implementation must declare it.")
    String profile;

    /** The implementation the options name; a bad option is an IllegalArgumentException saying what to fix. */
    ImplementationUnderTest resolve() {
        Profile wanted = profile == null ? null : Options.parse("--profile", () -> Profile.parse(profile));
        ImplementationUnderTest chosen;
        if (processCommand != null && implementationClass != null) {
            throw new IllegalArgumentException("--process and --implementation name two implementations; give one");
        }
        if (processCommand != null) {
            ProcessSettings settings = processSettings();
            ProcessImplementation process;
            try {
                process = ProcessImplementation.start(settings);
            } catch (ProcessFaultException e) {
                throw new IllegalArgumentException("--process: " + e.getMessage(), e);
            }
            List<String> command = settings.command();
            chosen = new ImplementationUnderTest(process, "process " + String.join(" ", command),
                    Integer.toString(process.protocolVersion()));
        } else if (implementationClass != null) {
            chosen = new ImplementationUnderTest(Options.parse("--implementation",
                    () -> Implementations.byClassName(implementationClass)), "class " + implementationClass, "");
        } else {
            Implementation configured = Implementations.configured();
            chosen = configured instanceof ReferenceImplementation
                    ? new ImplementationUnderTest(configured, "embedded reference", "")
                    : new ImplementationUnderTest(configured, "configured class " + configured.getClass().getName(),
                            "");
        }
        return withProfile(chosen, wanted);
    }

    /** The settings --process and its options give; a bad value is an error naming its option. */
    ProcessSettings processSettings() {
        Options.range("--process-timeout", processTimeoutSeconds, 1, 3600);
        Options.range("--process-startup-timeout", processStartupSeconds, 1, 3600);
        Options.range("--max-process-faults", maxProcessFaults, 0, 1_000_000);
        List<String> command = Options.parse("--process", () -> CommandWords.split(processCommand));
        return Options.parse("--process", () -> ProcessSettings.of(command, Duration.ofSeconds(processTimeoutSeconds))
                .withStartupTimeout(Duration.ofSeconds(processStartupSeconds))
                .withMaxConsecutiveFaults(maxProcessFaults));
    }

    /** How the implementation is named in a command that replays a case against it, e.g. --process 'x y'. */
    List<String> replayArguments() {
        List<String> args = new ArrayList<>();
        if (processCommand != null) {
            args.add("--process");
            args.add(processCommand);
            if (processTimeoutSeconds != 5) {
                args.add("--process-timeout");
                args.add(Integer.toString(processTimeoutSeconds));
            }
        } else if (implementationClass != null) {
            args.add("--implementation");
            args.add(implementationClass);
        }
        if (profile != null) {
            args.add("--profile");
            args.add(profile);
        }
        return args;
    }

    private static ImplementationUnderTest withProfile(ImplementationUnderTest chosen, Profile wanted) {
        if (wanted == null) {
            return chosen;
        }
        if (chosen.implementation() instanceof ReferenceImplementation) {
            return new ImplementationUnderTest(new ReferenceImplementation(wanted, RuleProbe.NONE), chosen.origin(),
                    chosen.protocolVersion());
        }
        Profile declared = chosen.implementation().capabilities().profile();
        if (!declared.equals(wanted)) {
            throw new IllegalArgumentException("--profile " + wanted + " does not match the profile "
                    + chosen.implementation().capabilities().name() + " declares (" + declared
                    + "); drop --profile or pass --profile " + declared);
        }
        return chosen;
    }
}
