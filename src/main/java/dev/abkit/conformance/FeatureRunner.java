package dev.abkit.conformance;

import dev.abkit.catalog.RuleId;
import dev.abkit.vectors.CaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.EngineFilter;

/**
 * Runs the Gherkin features through the Cucumber engine of the JUnit Platform against the configured implementation
 * and turns every example into a {@link Verdict} carrying the rule ids of its tags.
 */
public final class FeatureRunner {
    private static final Pattern RULE_TAG = Pattern.compile("AB-[A-Z]+-\\d{3}");

    private FeatureRunner() {
    }

    /**
     * Runs the features of the working directory's {@code features/} if it exists, else those packaged in the kit.
     *
     * @param tagExpression a Cucumber tag expression selecting examples (e.g. {@code @AB-SEG-001}), or empty for all
     */
    public static List<Verdict> run(String tagExpression) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.abkit.features")
                .configurationParameter("cucumber.publish.quiet", "true");
        Path local = Path.of("features");
        if (Files.isDirectory(local)) {
            request.selectors(DiscoverySelectors.selectDirectory(local.toFile()));
        } else {
            request.selectors(DiscoverySelectors.selectClasspathResource("features"));
        }
        if (!tagExpression.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tagExpression);
        }
        LauncherDiscoveryRequest discovery = request.build();
        Collector collector = new Collector();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(discovery, collector);
        return collector.verdicts;
    }

    private static final class Collector implements TestExecutionListener {
        private final List<Verdict> verdicts = new ArrayList<>();
        private final Map<String, Long> started = new ConcurrentHashMap<>();

        @Override
        public void executionStarted(TestIdentifier test) {
            started.put(test.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                verdicts.add(new Verdict(Verdict.Kind.FEATURE, test.getDisplayName(), rules(test),
                        CaseResult.Status.SKIPPED, reason, 0));
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
            verdicts.add(new Verdict(Verdict.Kind.FEATURE, test.getDisplayName(), rules(test), status, message,
                    nanos));
        }

        private static List<RuleId> rules(TestIdentifier test) {
            return test.getTags().stream()
                    .map(t -> t.getName().startsWith("@") ? t.getName().substring(1) : t.getName())
                    .filter(n -> RULE_TAG.matcher(n).matches())
                    .map(RuleId::of)
                    .sorted()
                    .toList();
        }
    }
}
