package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.RuleId;
import dev.abkit.spi.Implementations;
import dev.abkit.spi.NotRunException;
import dev.abkit.vectors.CaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the Gherkin features through the Cucumber engine of the JUnit Platform against an implementation and turns
 * every example into a {@link Verdict} carrying the rule ids of its tags, grouped by feature file and located at its
 * line (the example row for a Scenario Outline).
 */
public final class FeatureRunner implements VerdictSource {
    private static final Pattern RULE_TAG = Pattern.compile("AB-[A-Z]+-\\d{3}");

    private FeatureRunner() {
    }

    /** The features of the working directory's {@code features/} if it exists, else those packaged in the kit. */
    public static FeatureRunner standard() {
        return new FeatureRunner();
    }

    /** Where the features are read from, for reports. */
    public static String origin() {
        return Files.isDirectory(Path.of("features")) ? "features/" : "the kit's class path";
    }

    @Override
    public String name() {
        return "features";
    }

    /** Runs the selected examples against {@code run}'s implementation, made the configured one meanwhile. */
    @Override
    public List<Verdict> run(Run run) {
        Implementations.use(run.implementation());
        try {
            Selection selection = run.selection();
            Catalog catalog = run.catalog();
            PostDiscoveryFilter filter = descriptor -> {
                if (!descriptor.isTest()) {
                    return FilterResult.included("a container");
                }
                List<String> names = descriptor.getTags().stream().map(TestTag::getName).toList();
                return FilterResult.includedIf(selection.selects(catalog, rules(names), others(names)),
                        () -> "selected", () -> "not selected by " + selection.describe());
            };
            List<Verdict> verdicts = execute("", filter, run.progress());
            if (run.isStopping()) {
                // Examples that ran while the run was stopping may have failed because of it: keep none.
                return List.of();
            }
            verdicts.forEach(run.observer());
            return verdicts;
        } finally {
            Implementations.use(null);
        }
    }

    /**
     * Runs the features against the configured implementation.
     *
     * @param tagExpression a Cucumber tag expression selecting examples (e.g. {@code @AB-SEG-001}), or empty for all
     */
    public static List<Verdict> run(String tagExpression) {
        return execute(tagExpression, descriptor -> FilterResult.included("all"), Progress.NONE);
    }

    private static List<Verdict> execute(String tagExpression, PostDiscoveryFilter filter, Progress progress) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .filters(EngineFilter.includeEngines("cucumber"), filter)
                .configurationParameter("cucumber.glue", "dev.abkit.features")
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        Path local = Path.of("features");
        if (Files.isDirectory(local)) {
            request.selectors(DiscoverySelectors.selectDirectory(local.toFile()));
        } else {
            request.selectors(DiscoverySelectors.selectPackage("features"));
        }
        if (!tagExpression.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tagExpression);
        }
        LauncherDiscoveryRequest discovery = request.build();
        Collector collector = new Collector(progress);
        Launcher launcher = LauncherFactory.create();
        launcher.execute(discovery, collector);
        return List.copyOf(collector.verdicts);
    }

    private static List<RuleId> rules(Collection<String> tagNames) {
        return tagNames.stream()
                .map(FeatureRunner::bare)
                .filter(n -> RULE_TAG.matcher(n).matches())
                .map(RuleId::of)
                .sorted()
                .toList();
    }

    private static List<String> others(Collection<String> tagNames) {
        return tagNames.stream().map(FeatureRunner::bare).filter(n -> !RULE_TAG.matcher(n).matches()).toList();
    }

    private static String bare(String tag) {
        return tag.startsWith("@") ? tag.substring(1) : tag;
    }

    /** {@code features/seg.feature:23}, from a file or class path source; empty when the engine gives none. */
    static String location(Optional<TestSource> source) {
        if (source.isPresent() && source.get() instanceof FileSource file) {
            return "features/" + file.getFile().getName() + file.getPosition().map(FeatureRunner::line).orElse("");
        }
        if (source.isPresent() && source.get() instanceof ClasspathResourceSource resource) {
            String name = resource.getClasspathResourceName();
            return name.substring(name.lastIndexOf('/') + 1).transform(n -> "features/" + n)
                    + resource.getPosition().map(FeatureRunner::line).orElse("");
        }
        return "";
    }

    private static String line(FilePosition position) {
        return ":" + position.getLine();
    }

    private static final class Collector implements TestExecutionListener {
        private final List<Verdict> verdicts = new ArrayList<>();
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final Progress progress;
        private int total;

        Collector(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            total = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            started.put(test.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                add(test, CaseResult.Status.SKIPPED, reason, 0);
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                return;
            }
            long nanos = System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime());
            CaseResult.Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> CaseResult.Status.PASSED;
                case ABORTED -> CaseResult.Status.SKIPPED;
                case FAILED -> CaseResult.Status.FAILED;
            };
            String message = result.getThrowable().map(t -> t.getMessage() == null ? t.toString() : t.getMessage())
                    .orElse("");
            Optional<NotRunException> notRun = result.getThrowable().flatMap(Collector::notRun);
            if (notRun.isPresent()) {
                status = CaseResult.Status.SKIPPED;
                message = notRun.get().getMessage();
            }
            add(test, status, message, nanos);
        }

        private static Optional<NotRunException> notRun(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NotRunException n) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }

        private void add(TestIdentifier test, CaseResult.Status status, String message, long nanos) {
            List<String> tags = test.getTags().stream().map(TestTag::getName).toList();
            String location = location(test.getSource());
            String file = location.isEmpty() ? "features" : location.substring("features/".length(),
                    location.indexOf(".feature"));
            verdicts.add(new Verdict(Verdict.Kind.FEATURE, test.getDisplayName(), rules(tags), status, message,
                    nanos, "features." + file, location));
            progress.advance("features", verdicts.size(), total, test.getDisplayName());
        }
    }
}
