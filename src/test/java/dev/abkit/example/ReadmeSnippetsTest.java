package dev.abkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile as shown, imports and all, against the kit: an integrator copies them into a
 * build. The only class they leave to the reader, the adapter that calls into the reader's own code, is stubbed.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

    @TempDir
    Path sources;

    @Test
    @DisplayName("every ```java block of the README compiles against the kit")
    void snippetsCompile() throws Exception {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> files = new ArrayList<>();
        while (block.find()) {
            String code = block.group(1);
            assertTrue(code.startsWith("package com.example;"), "a snippet names its package: " + code);
            Matcher type = TYPE.matcher(code);
            assertTrue(type.find(), "a snippet declares a class: " + code);
            files.add(write(type.group(1), code));
        }
        assertEquals(2, files.size(), "the implementation and its conformance test");
        files.add(write("MyConstraintsAdapter", """
                package com.example;

                import dev.abkit.model.Outcome;
                import dev.abkit.reference.constraints.ConstraintCandidate;
                import dev.abkit.reference.constraints.Constraints;
                import dev.abkit.spi.CandidateConstraintsSubject;

                final class MyConstraintsAdapter implements CandidateConstraintsSubject {
                    private final Constraints base;

                    MyConstraintsAdapter(Constraints base) {
                        this.base = base;
                    }

                    @Override
                    public Outcome append(ConstraintCandidate candidate) {
                        return Outcome.accepted();
                    }

                    @Override
                    public Constraints constraints() {
                        return base;
                    }
                }
                """));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("-d", sources.resolve("classes").toString(), "-cp", classPath,
                "--release", "17"));
        args.addAll(files);
        int result = compiler.run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, result, "the README's snippets do not compile (the compiler's messages are above)");
    }

    private String write(String type, String code) throws Exception {
        Path file = sources.resolve("com/example/" + type + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
        return file.toString();
    }
}
