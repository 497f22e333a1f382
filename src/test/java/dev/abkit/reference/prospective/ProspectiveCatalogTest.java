package dev.abkit.reference.prospective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Checks;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProspectiveCatalogTest {
    private static final List<Area> AREAS =
            List.of(Area.SCOPE, Area.ADMIT, Area.FORK, Area.CHAIN, Area.PA, Area.LEAF, Area.QUERY);

    private static TreeSet<RuleId> constants() throws IllegalAccessException {
        TreeSet<RuleId> ids = new TreeSet<>();
        for (Field field : ProspectiveRules.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
                RuleId id = (RuleId) field.get(null);
                assertEquals(field.getName(), id.value().replace('-', '_'), "constant name of " + id);
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    @DisplayName("the catalog files of the seven areas match the rule constants one to one, with contiguous ids")
    void catalogMatchesConstants() throws IllegalAccessException {
        Catalog catalog = Catalog.load();
        TreeSet<RuleId> inCatalog = new TreeSet<>();
        for (Area area : AREAS) {
            List<Rule> rules = catalog.inArea(area);
            for (int i = 0; i < rules.size(); i++) {
                assertEquals(String.format("AB-%s-%03d", area.name(), i + 1), rules.get(i).id().value());
                assertEquals(Subject.PROSPECTIVE_PARACHAINS, rules.get(i).subject());
                inCatalog.add(rules.get(i).id());
            }
        }
        assertEquals(constants(), inCatalog);
    }

    @Test
    @DisplayName("every rule constant is decided in the model code and named by a test")
    void everyRuleIsDecidedAndTested() throws IOException, IllegalAccessException {
        String main = readAll(Path.of("src/main/java/dev/abkit/reference/prospective"), "ProspectiveRules.java");
        String tests = readAll(Path.of("src/test/java/dev/abkit/reference/prospective"), "");
        List<String> missing = new ArrayList<>();
        for (RuleId id : constants()) {
            String constant = id.value().replace('-', '_');
            if (!main.matches("(?s).*(require|report|held|fired)\\(" + constant + "\\b.*")
                    && !main.contains("put(ancestor.hash(), " + constant + ")")) {
                missing.add(id + " not decided");
            }
            if (!tests.contains("@DisplayName(\"" + id.value() + " ")) {
                missing.add(id + " not tested");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static String readAll(Path dir, String except) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                if (!file.getFileName().toString().equals(except)) {
                    text.append(Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    @Test
    @DisplayName("every kind of event is handled")
    void everyEventIsHandled() {
        Fixture f = new Fixture(1, 1);
        Candidate c = Fixture.candidate(1, Fixture.INCLUDED, Fixture.head("a"), Fixture.block(10));
        Map<Class<?>, ProspectiveEvent> samples = Map.of(
                ProspectiveEvent.ActivateLeaf.class, ProspectiveEvent.ActivateLeaf.of(Fixture.block(10), List.of(),
                        Map.of(Fixture.PARA, BackingState.of(Fixture.base(Fixture.INCLUDED, 10)))),
                ProspectiveEvent.IntroduceSeconded.class, new ProspectiveEvent.IntroduceSeconded(c),
                ProspectiveEvent.CandidateBacked.class, new ProspectiveEvent.CandidateBacked(c.para(), c.hash()),
                ProspectiveEvent.DeactivateLeaf.class, new ProspectiveEvent.DeactivateLeaf(Fixture.block(10).hash()),
                ProspectiveEvent.UpdateLeaves.class, new ProspectiveEvent.UpdateLeaves(List.of(
                        ProspectiveEvent.ActivateLeaf.of(Fixture.block(11), List.of(), Map.of(Fixture.PARA,
                                BackingState.of(Fixture.base(Fixture.INCLUDED, 11))))), List.of()));
        for (Class<?> kind : ProspectiveEvent.class.getPermittedSubclasses()) {
            assertTrue(samples.containsKey(kind), "no sample for " + kind);
        }
        for (Class<?> kind : List.of(ProspectiveEvent.ActivateLeaf.class, ProspectiveEvent.IntroduceSeconded.class,
                ProspectiveEvent.CandidateBacked.class, ProspectiveEvent.DeactivateLeaf.class,
                ProspectiveEvent.UpdateLeaves.class)) {
            assertTrue(f.model.apply(samples.get(kind)).isAccepted(), kind.getSimpleName());
        }
    }

    @Test
    @DisplayName("a rejected introduction leaves the observable state unchanged")
    void rejectionChangesNothing() {
        Fixture f = new Fixture(3, 2);
        f.activate(10, 2, Fixture.base(Fixture.INCLUDED, 8));
        f.introduceAndBack(Fixture.candidate(50, Fixture.INCLUDED, Fixture.head("a"), Fixture.block(10)));
        ProspectiveView before = f.model.view();
        Fixture.assertRejected(f.introduce(Fixture.candidate(60, Fixture.INCLUDED, Fixture.head("b"),
                Fixture.block(10))), ProspectiveRules.AB_FORK_001);
        assertEquals(before, f.model.view());
    }

    @Test
    @DisplayName("the probe sees rules evaluated: a fork-choice rejection is reported as AB-FORK-001 fired")
    void probeObservesRules() {
        List<String> seen = new ArrayList<>();
        ProspectiveParachains model = new ProspectiveParachains(new AsyncBackingParams(3, 2),
                new Checks((rule, held) -> seen.add(rule + (held ? "+" : "-"))));
        model.apply(ProspectiveEvent.ActivateLeaf.of(Fixture.block(10), Fixture.ancestors(10, 2),
                Map.of(Fixture.PARA, BackingState.of(Fixture.base(Fixture.INCLUDED, 8)))));
        Candidate a = Fixture.candidate(50, Fixture.INCLUDED, Fixture.head("a"), Fixture.block(10));
        model.apply(new ProspectiveEvent.IntroduceSeconded(a));
        model.apply(new ProspectiveEvent.CandidateBacked(a.para(), a.hash()));
        model.apply(new ProspectiveEvent.IntroduceSeconded(
                Fixture.candidate(60, Fixture.INCLUDED, Fixture.head("b"), Fixture.block(10))));
        assertTrue(seen.contains("AB-FORK-001-"), seen::toString);
        assertTrue(seen.contains("AB-ADMIT-006+"), seen::toString);
    }
}
