package dev.abkit.zoo;

import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.spi.Implementation;

/**
 * One faulty implementation of the zoo.
 *
 * @param name the implementation's name, after the rule it breaks (also its {@code capabilities().name()})
 * @param rule the rule the bug breaks
 * @param description the bug, in one sentence
 * @param implementation the reference with that bug, providing the one subject of the rule
 */
public record Fault(String name, RuleId rule, String description, Implementation implementation) {
    public Fault {
        if (name == null || rule == null || description == null || implementation == null) {
            throw new IllegalArgumentException("a fault needs a name, a rule, a description and an implementation");
        }
        if (!implementation.capabilities().name().equals(name) || implementation.capabilities().subjects().size() != 1) {
            throw new IllegalArgumentException("expected the implementation of " + name + " to carry its name and "
                    + "provide one subject but was " + implementation.capabilities());
        }
    }

    /** The one subject the faulty implementation provides. */
    public Subject subject() {
        return implementation.capabilities().subjects().iterator().next();
    }
}
