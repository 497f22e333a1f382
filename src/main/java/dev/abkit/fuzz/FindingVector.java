package dev.abkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.Outcome;
import dev.abkit.model.RuleProbe;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.Expectation;
import dev.abkit.vectors.Step;
import dev.abkit.vectors.SubjectDriver;
import dev.abkit.vectors.VectorCase;
import dev.abkit.vectors.VectorCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a (shrunk) failing case into a vector of the kit's format: expected outcomes and answers come from the
 * reference, the rules list starts with the rule the finding is attributed to, and the provenance records the
 * generator, its version and the seed. The file replays the failure through the ordinary vector runner.
 */
public final class FindingVector {
    /** The file listing the findings written to a directory, in the format of the vectors' index. */
    public static final String INDEX = "index.txt";

    private FindingVector() {
    }

    /** The vector of {@code c}, whose first disagreement is {@code finding}, under {@code profile}. */
    public static <P, E, Q, S> VectorCase toVector(FuzzSubject<P, E, Q, S> subject, FuzzCase<P, E, Q> c,
            Finding finding, Profile profile) {
        SubjectDriver<P, E, Q, S> driver = subject.driver();
        S reference = driver.open(new ReferenceImplementation(profile, RuleProbe.NONE), c.parameters());
        List<Step> steps = new ArrayList<>();
        List<RuleId> rules = new ArrayList<>(List.of(finding.rule()));
        for (FuzzStep<E, Q> step : c.steps()) {
            String location = "steps[" + steps.size() + "]";
            if (step instanceof FuzzStep.Act<E, Q> act) {
                Outcome outcome = driver.apply(reference, act.event());
                if (outcome instanceof Outcome.Rejected r && !rules.contains(r.rule())) {
                    rules.add(r.rule());
                }
                steps.add(new Step.Event(DomainJson.toTree(act.event()), Expectation.of(outcome), location, 0));
            } else if (step instanceof FuzzStep.Look<E, Q> look) {
                JsonNode answer = DomainJson.toTree(driver.answer(reference, look.query()));
                steps.add(new Step.Check(DomainJson.toTree(look.query()), answer, location, 0));
            } else {
                throw new IllegalStateException("unhandled " + step);
            }
        }
        return new VectorCase(id(c, finding), subject.subject(), rules, profile,
                "fuzz finding: " + finding, new VectorCase.Provenance(c.generator(), c.version(), c.seed()),
                DomainJson.toTree(c.parameters()), steps, "generated");
    }

    /** {@code <area>-<nnn>-fuzz-<generator>-s<seed>}, from the finding's rule: stable for one generator and seed. */
    static String id(FuzzCase<?, ?, ?> c, Finding finding) {
        String rule = finding.rule().value();
        String area = finding.rule().areaCode().toLowerCase();
        String number = rule.substring(rule.lastIndexOf('-') + 1);
        String generator = c.generator().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return area + "-" + number + "-" + generator + "-s" + c.seed();
    }

    /** Writes the vector under {@code directory} at its usual relative path and lists it in the index; returns it. */
    public static Path write(Path directory, VectorCase vector) {
        try {
            Path file = directory.resolve(vector.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, VectorCodec.write(vector), StandardCharsets.UTF_8);
            Path index = directory.resolve(INDEX);
            List<String> listed = Files.exists(index) ? Files.readAllLines(index) : List.of();
            if (!listed.contains(vector.relativePath())) {
                Files.writeString(index, vector.relativePath() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the finding " + vector.id() + " under " + directory, e);
        }
    }
}
