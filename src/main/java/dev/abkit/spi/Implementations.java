package dev.abkit.spi;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the implementation under test: one chosen with {@link #use}, else a class named by the system property
 * {@code abkit.implementation}, else the single {@link Implementation} registered with {@link ServiceLoader} (other
 * than the reference), else the embedded reference.
 */
public final class Implementations {
    /** The system property that names an implementation class. */
    public static final String PROPERTY = "abkit.implementation";

    private static volatile Implementation chosen;

    private Implementations() {
    }

    /**
     * Makes {@code implementation} the configured one for this JVM, ahead of the system property and ServiceLoader;
     * the command line uses it. {@code null} clears the choice.
     */
    public static void use(Implementation implementation) {
        chosen = implementation;
    }

    public static Implementation configured() {
        Implementation fixed = chosen;
        if (fixed != null) {
            return fixed;
        }
        String name = System.getProperty(PROPERTY, "").trim();
        if (!name.isEmpty()) {
            return byClassName(name);
        }
        List<Implementation> found = ServiceLoader.load(Implementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(i -> !(i instanceof ReferenceImplementation))
                .toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("several implementations are registered with ServiceLoader ("
                    + found.stream().map(i -> i.getClass().getName()).toList()
                    + "); choose one with -D" + PROPERTY + "=<class name>");
        }
        return found.isEmpty() ? new ReferenceImplementation() : found.get(0);
    }

    /** Instantiates an implementation class through its public no-argument constructor. */
    public static Implementation byClassName(String name) {
        try {
            Class<?> type = Class.forName(name);
            if (!Implementation.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("expected a class implementing " + Implementation.class.getName()
                        + " but was " + name);
            }
            return (Implementation) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("implementation class " + name + " is not on the class path", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot instantiate " + name
                    + " (it needs a public no-argument constructor): " + e, e);
        }
    }
}
