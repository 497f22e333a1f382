package dev.abkit.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Area;
import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuntimeAcceptanceCatalogTest {
    @Test
    @DisplayName("AB-RT-001 the RT catalog and RuntimeAcceptanceRules name the same contiguous rules")
    void catalogMatchesConstants() throws IllegalAccessException {
        List<RuleId> constants = new ArrayList<>();
        for (Field field : RuntimeAcceptanceRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
                constants.add((RuleId) field.get(null));
            }
        }
        List<Rule> rules = Catalog.load().inArea(Area.RT);
        List<RuleId> ids = rules.stream().map(Rule::id).toList();
        assertEquals(constants.stream().sorted().toList(), ids);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(String.format("AB-RT-%03d", i + 1), ids.get(i).value());
        }
        rules.forEach(r -> assertEquals(Subject.RUNTIME_ACCEPTANCE, r.subject(), r.id().value()));
        rules.forEach(r -> assertTrue(r.sources().stream().allMatch(s -> s.contains("@") || s.contains("PR ")),
                r.id() + " cites a source without commit or PR"));
    }
}
