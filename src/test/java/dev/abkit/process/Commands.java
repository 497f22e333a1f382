package dev.abkit.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that start a Java main of the kit's test class path in a new JVM. */
final class Commands {
    private Commands() {
    }

    /** The test class path: surefire's own property when run by Maven, else the JVM's. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static List<String> java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived server starts faster without the optimising compiler.
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
