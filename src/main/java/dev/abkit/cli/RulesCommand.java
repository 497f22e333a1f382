package dev.abkit.cli;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Level;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.Subject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abkit rules}: lists the catalog, filtered by area, subject, level or id. */
@Command(name = "rules", description = "List the rule catalog.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", description = "Only rules of this area (${COMPLETION-CANDIDATES}).")
    Area area;

    @Option(names = "--subject", description = "Only rules of this subject, e.g. unincluded-segment.")
    String subject;

    @Option(names = "--level", description = "Only rules of this level (${COMPLETION-CANDIDATES}).")
    Level level;

    @Option(names = "--id", description = "Only rules whose id starts with this text, e.g. AB-SEG-00.")
    String idPrefix;

    @Option(names = {"-v", "--verbose"}, description = "Print the statement, sources, profiles and hint of each rule.")
    boolean verbose;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        Subject wanted = subject == null ? null : Options.parse("--subject", () -> Subject.fromKey(subject));
        List<Rule> selected = catalog.rules().stream()
                .filter(r -> area == null || r.area() == area)
                .filter(r -> wanted == null || r.subject() == wanted)
                .filter(r -> level == null || r.level() == level)
                .filter(r -> idPrefix == null || r.id().value().startsWith(idPrefix.toUpperCase(Locale.ROOT)))
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no rule matches " + describe() + " (of " + catalog.size()
                    + " rules; 'abkit rules' lists them all)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Area current = null;
        for (Rule rule : selected) {
            if (rule.area() != current) {
                current = rule.area();
                out.printf("%n%s  %s%n", current.name(), current.title());
            }
            out.printf("  %-12s %-6s %s%s%n", rule.id(), rule.level(), rule.title(),
                    rule.retired() ? " (retired)" : "");
            if (verbose) {
                printDetails(out, rule);
            }
        }
        out.printf("%n%d of %d rules%n", selected.size(), catalog.size());
        out.flush();
        return 0;
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        if (area != null) {
            parts.add("--area " + area);
        }
        if (subject != null) {
            parts.add("--subject " + subject);
        }
        if (level != null) {
            parts.add("--level " + level);
        }
        if (idPrefix != null) {
            parts.add("--id " + idPrefix);
        }
        return String.join(" ", parts);
    }

    private static void printDetails(PrintWriter out, Rule rule) {
        out.printf("      %s%n", rule.statement());
        out.printf("      subject: %s%n", rule.subject().key());
        rule.seedSection().ifPresent(s -> out.printf("      seed: %s%n", s));
        rule.sources().forEach(s -> out.printf("      source: %s%n", s));
        rule.profiles().forEach((v, reading) -> out.printf("      profile %s: %s (%s)%n", v.key(), reading.reads(),
                reading.provenance()));
        rule.noteText().ifPresent(n -> out.printf("      note: %s%n", n));
        out.printf("      hint: %s%n", rule.hint());
    }
}
