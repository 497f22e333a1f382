package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.conformance.ConformanceReport;
import dev.abkit.conformance.FeatureRunner;
import dev.abkit.conformance.Verdict;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import dev.abkit.vectors.ExpectedFailures;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRepository;
import dev.abkit.vectors.VectorRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abkit verify}: runs the vectors and the features against an implementation (the embedded reference by
 * default) and prints a per-area report. Exit code 0 when conformant, 1 when not, 2 for a usage or configuration
 * error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify an implementation against the vectors and the features (the embedded reference by default).")
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--implementation", paramLabel = "CLASS",
            description = "Java adapter class implementing dev.abkit.spi.Implementation (on the class path).")
    String implementationClass;

    @Option(names = "--subject", paramLabel = "SUBJECT", description = "Only cases of this subject.")
    String subject;

    @Option(names = "--rule", paramLabel = "ID", description = "Only cases pinning rules whose id starts with this.")
    String rulePrefix;

    @Option(names = "--vectors", paramLabel = "DIR", description = "Vector directory (default: vectors/ or the kit's own).")
    Path vectorDirectory;

    @Option(names = "--expected-failures", paramLabel = "FILE",
            description = "YAML mapping from vector id to the reason it is known to fail.")
    Path expectedFailures;

    @Option(names = "--no-features", description = "Skip the Gherkin features.")
    boolean noFeatures;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Implementation implementation = implementationClass == null
                ? Implementations.configured()
                : Implementations.byClassName(implementationClass);
        Subject onlySubject = subject == null ? null : Subject.fromKey(subject);
        ExpectedFailures expected = expectedFailures == null ? ExpectedFailures.none()
                : ExpectedFailures.read(expectedFailures);
        long start = System.nanoTime();
        Catalog catalog = Catalog.load();
        List<VectorCase> cases = (vectorDirectory == null ? VectorRepository.standard()
                : VectorRepository.fromDirectory(vectorDirectory)).stream()
                .filter(c -> onlySubject == null || c.subject() == onlySubject)
                .filter(c -> rulePrefix == null || c.rules().stream().anyMatch(this::selected))
                .toList();
        List<String> unmatched = List.copyOf(expected.unmatched(cases.stream().map(VectorCase::id).toList()));
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException("the expected-failures file names no vector for " + unmatched);
        }
        VectorRunner runner = new VectorRunner(implementation, catalog);
        List<Verdict> verdicts = new ArrayList<>();
        int done = 0;
        for (VectorCase c : cases) {
            verdicts.add(Verdict.of(expected.apply(runner.run(c))));
            done++;
            if (done % 100 == 0 || done == cases.size()) {
                spec.commandLine().getErr().printf(Locale.ROOT, "\rvectors %d/%d", done, cases.size());
                spec.commandLine().getErr().flush();
            }
        }
        spec.commandLine().getErr().println();
        if (!noFeatures) {
            Implementations.use(implementation);
            try {
                String tags = rulePrefix == null ? "" : rulePrefix;
                List<Verdict> features = FeatureRunner.run("");
                features.stream()
                        .filter(v -> onlySubject == null || v.rules().stream()
                                .anyMatch(r -> catalog.find(r).map(rule -> rule.subject() == onlySubject).orElse(false)))
                        .filter(v -> tags.isEmpty() || v.rules().stream().anyMatch(this::selected))
                        .forEach(verdicts::add);
                spec.commandLine().getErr().printf(Locale.ROOT, "features %d examples%n", features.size());
            } finally {
                Implementations.use(null);
            }
        }
        ConformanceReport report = new ConformanceReport(implementation.capabilities(), catalog, verdicts,
                System.nanoTime() - start);
        out.print(report.render());
        out.flush();
        return report.isConformant() ? 0 : 1;
    }

    private boolean selected(RuleId rule) {
        return rule.value().startsWith(rulePrefix.toUpperCase(Locale.ROOT));
    }
}
