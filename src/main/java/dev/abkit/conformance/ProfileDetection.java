package dev.abkit.conformance;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Release;
import dev.abkit.catalog.Releases;
import dev.abkit.catalog.RuleId;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.ForwardingImplementation;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.CaseResult;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Tells which upstream release an implementation behaves like: the vectors run under every release profile in turn,
 * as if the implementation targeted it, and the profiles under which none fails are the ones it matches. For the
 * closest profile the result names the rules where the implementation differs and the cases that show it.
 */
public final class ProfileDetection {
    private ProfileDetection() {
    }

    /**
     * How the implementation fared under one release profile.
     *
     * @param profile the variants
     * @param releases the releases that follow this profile, oldest first
     * @param passed the cases that passed
     * @param failures the cases that failed
     */
    public record Candidate(Profile profile, List<Release> releases, int passed, List<CaseResult> failures) {
        public Candidate {
            releases = List.copyOf(releases);
            failures = List.copyOf(failures);
        }

        public boolean matches() {
            return failures.isEmpty() && passed > 0;
        }

        /** The rules the failing cases name, in id order. */
        public Set<RuleId> differingRules() {
            return failures.stream().map(CaseResult::failedRule).collect(Collectors.toCollection(TreeSet::new));
        }

        public String name() {
            return releases.stream().map(Release::name).collect(Collectors.joining(" = "));
        }
    }

    /** Every release profile's candidate, in release order. */
    public record Result(List<Candidate> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        public List<Candidate> matching() {
            return candidates.stream().filter(Candidate::matches).toList();
        }

        /** The profile with the fewest failing cases (the oldest such release where several tie). */
        public Candidate closest() {
            return candidates.stream().min(Comparator.comparingInt((Candidate c) -> c.failures().size())
                    .thenComparing(c -> -c.passed())).orElseThrow();
        }

        /** The report a reader sees: one line per profile, then the verdict. */
        public String render() {
            StringBuilder out = new StringBuilder("profile detection: the vectors under every release profile\n");
            for (Candidate c : candidates) {
                out.append(String.format(Locale.ROOT, "  %-52s %4d passed %4d failed%s%n", c.name(), c.passed(),
                        c.failures().size(), c.matches() ? "  matches" : ""));
            }
            List<Candidate> matching = matching();
            if (!matching.isEmpty()) {
                out.append("matches: ").append(matching.stream().map(Candidate::name)
                        .collect(Collectors.joining(", "))).append('\n');
                return out.toString();
            }
            Candidate closest = closest();
            out.append("matches no release profile; closest: ").append(closest.name()).append(", differs in ")
                    .append(closest.differingRules().stream().map(RuleId::value).collect(Collectors.joining(", ")))
                    .append('\n');
            for (CaseResult f : closest.failures()) {
                out.append("  ").append(f.failedRule()).append(' ').append(f.caseId()).append(": ")
                        .append(f.message().lines().findFirst().orElse("")).append('\n');
            }
            return out.toString();
        }
    }

    /** Runs {@code cases} (those {@code selected}) under every distinct release profile of {@code releases}. */
    public static Result detect(Implementation implementation, List<VectorCase> cases, Predicate<VectorCase> selected,
            Catalog catalog, Releases releases) {
        List<Candidate> candidates = new ArrayList<>();
        for (Profile profile : releases.distinctProfiles()) {
            VectorRunner runner = new VectorRunner(declaring(implementation, profile), catalog);
            int passed = 0;
            List<CaseResult> failures = new ArrayList<>();
            for (VectorCase c : cases) {
                if (!selected.test(c)) {
                    continue;
                }
                CaseResult result = runner.run(c);
                if (result.status() == CaseResult.Status.PASSED) {
                    passed++;
                } else if (result.status() == CaseResult.Status.FAILED) {
                    failures.add(result);
                }
            }
            candidates.add(new Candidate(profile, releases.following(profile), passed, failures));
        }
        return new Result(candidates);
    }

    /**
     * The implementation as the kit sees it when it targets {@code profile}: its subjects unchanged, its declared
     * profile replaced, so that the runner selects and expects the cases of that profile.
     */
    static Implementation declaring(Implementation implementation, Profile profile) {
        return new ForwardingImplementation(implementation) {
            @Override
            public Capabilities capabilities() {
                Capabilities c = implementation.capabilities();
                return new Capabilities(c.name(), c.version(), profile, c.subjects(), c.reportsReasons());
            }
        };
    }
}
