package dev.abkit.cli;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Release;
import dev.abkit.catalog.Releases;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.Variant;
import dev.abkit.catalog.VariantReading;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abkit profiles}: the release profiles (each upstream polkadot-sdk release that reads a rule differently) with
 * their dates, pull requests and variants, and for each variant the rules it changes and where upstream has it.
 */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = {"List the release profiles (polkadot-sdk-stableYYMM, polkadot-sdk-master) and the variants.",
            "A release name, a variant key, or both joined by + is what --profile of verify and fuzz takes."})
final class ProfilesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--release", paramLabel = "NAME", description = "Only this release, e.g. polkadot-sdk-stable2506.")
    String release;

    @Override
    public Integer call() {
        Releases releases = Releases.bundled();
        Catalog catalog = Catalog.load();
        List<Release> shown = release == null ? releases.all()
                : List.of(Options.parse("--release", () -> releases.get(release)));
        PrintWriter out = spec.commandLine().getOut();
        for (Release r : shown) {
            out.printf("%s  %s%s%s%n", r.name(), r.date(), r.commit().isEmpty() ? "" : " (up to commit " + r.commit()
                    + ")", r.baseline() ? "  [baseline]" : "");
            out.printf("  variants: %s%n", r.profile().variants().isEmpty() ? "none (the baseline's reading)"
                    : r.profile().name());
            if (!r.pullRequests().isEmpty()) {
                out.printf("  pull requests: %s%n", String.join(", ", r.pullRequests().stream().map(p -> "#" + p)
                        .toList()));
            }
            for (Variant v : r.profile().variants()) {
                out.printf("  %s changes:%n", v.key());
                changes(catalog, v).forEach((rule, reading) -> out.printf("    %s %s: %s (%s)%n", rule.id(),
                        rule.title(), reading.reads(), reading.provenance()));
            }
            for (String missing : r.unexpressed()) {
                out.printf("  not yet expressed: %s%n", missing);
            }
            if (!r.note().isEmpty()) {
                out.printf("  %s%n", r.note());
            }
            out.println();
        }
        if (release == null) {
            out.println("variants in no release (configuration choices, or readings upstream has left):");
            for (Variant v : Variant.values()) {
                if (releases.all().stream().noneMatch(r -> r.profile().has(v))) {
                    Map<Rule, VariantReading> changes = changes(catalog, v);
                    out.printf("  %s: %s%n", v.key(), changes.values().stream().findFirst()
                            .map(VariantReading::provenance).orElse("no rule reads differently"));
                    changes.keySet().forEach(rule -> out.printf("    %s %s%n", rule.id(), rule.title()));
                }
            }
            out.printf("%nthe baseline is %s; --profile takes a release, variant keys, or both joined by +%n",
                    releases.baseline().name());
        }
        out.flush();
        return 0;
    }

    private static Map<Rule, VariantReading> changes(Catalog catalog, Variant variant) {
        Map<Rule, VariantReading> result = new LinkedHashMap<>();
        for (Rule rule : catalog.rules()) {
            VariantReading reading = rule.profiles().get(variant);
            if (reading != null) {
                result.put(rule, reading);
            }
        }
        return result;
    }
}
