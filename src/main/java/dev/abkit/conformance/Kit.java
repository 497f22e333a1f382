package dev.abkit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's own identity for reports: its version, from the jar's Maven metadata. */
public final class Kit {
    private static final String POM_PROPERTIES = "META-INF/maven/dev.abkit/async-backing-tck/pom.properties";

    private Kit() {
    }

    /** The kit version, e.g. {@code 0.1.0-SNAPSHOT}; {@code development} when run from compiled classes. */
    public static String version() {
        try (InputStream in = Kit.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
