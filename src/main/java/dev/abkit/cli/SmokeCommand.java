package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.spi.Capabilities;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRunner;
import dev.abkit.vectors.VectorSet;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code abkit smoke}: is the implementation plugged in right? The handshake (for a process), then the shortest
 * vector of each subject it declares, with every step shown. Seconds, before a full {@code verify}.
 */
@Command(name = "smoke", mixinStandardHelpOptions = true,
        description = "Check that an implementation is plugged in right: its handshake, then the shortest vector of "
                + "each subject it declares, every step shown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every subject answered its case right", "1:a case failed",
            "2:usage or configuration error (a process that fails the hello, no subject declared)",
            "3:a bug in the kit (please report it)"})
final class SmokeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ImplementationOptions implementationOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        VectorSet vectors = VectorSet.standard();
        int failed = 0;
        try (ImplementationUnderTest tested = implementationOptions.resolve()) {
            Capabilities c = tested.implementation().capabilities();
            out.printf(Locale.ROOT, "handshake: %s %s, profile %s, subjects %s, %s (%s)%n", c.name(), c.version(),
                    c.profile(), c.subjects().stream().map(Subject::key).toList(),
                    c.reportsReasons() ? "reports reasons" : "no reasons", tested.origin());
            if (c.subjects().isEmpty()) {
                throw new IllegalArgumentException(c.name() + " declares no subject; declare at least one");
            }
            VectorRunner runner = new VectorRunner(tested.implementation(), Catalog.load(), true);
            for (Subject subject : c.subjects()) {
                Optional<VectorCase> shortest = vectors.cases().stream()
                        .filter(v -> v.subject() == subject && v.profile().equals(c.profile()))
                        .min(Comparator.comparingInt((VectorCase v) -> v.steps().size()).thenComparing(VectorCase::id));
                if (shortest.isEmpty()) {
                    out.printf(Locale.ROOT, "%-24s no vector for profile %s%n", subject.key(), c.profile());
                    continue;
                }
                CaseResult result = runner.run(shortest.get(), step -> out.printf(Locale.ROOT,
                        "  %s step %d %s %s: expected %s, got %s%n", step.matches() ? "ok  " : "FAIL", step.number(),
                        step.kind(), step.what(), step.expected(), step.actual()));
                boolean ok = result.status() == CaseResult.Status.PASSED;
                failed += ok ? 0 : 1;
                out.printf(Locale.ROOT, "%-24s %s %s%s%n", subject.key(), ok ? "ok  " : result.status(),
                        shortest.get().id(), ok ? "" : ": " + result.message());
            }
        }
        out.println(failed == 0 ? "SMOKE OK: run 'abkit verify' for the full verdict"
                : "SMOKE FAILED: " + failed + " subject(s); fix these first");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
