package dev.abkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The methods of the reference models that mutation testing leaves out ({@code @DoNotMutate}) decide no rule: their
 * bodies neither evaluate a rule nor reach the code that does, and each says why it is left out. A method that starts
 * to decide something then fails here instead of hiding from the mutation score.
 */
class MutationScopeTest {
    private static final Path MODELS = Path.of("src/main/java/dev/abkit/reference");
    private static final Pattern MARK = Pattern.compile(
            "@(?:[\\w.]+\\.)?DoNotMutate\\(\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*\\)");
    /** What a body must not contain: a rule evaluation, or a call into the models' deciding entry points. */
    private static final Pattern DECIDES = Pattern.compile(
            "\\bchecks\\b|\\bChecks\\b|\\bRuleViolation\\b|\\b(?:check|require|report|held|fired|decide|author|apply|"
                    + "introduce|backed|activate|deactivate|append|step|run)\\s*\\(");

    @Test
    @DisplayName("every method left out of mutation testing decides no rule and says why")
    void leftOutMethodsDecideNothing() throws IOException {
        List<String> problems = new ArrayList<>();
        int marked = 0;
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher mark = MARK.matcher(text);
            while (mark.find()) {
                marked++;
                String where = MODELS.relativize(source) + ":" + lineOf(text, mark.start());
                if (mark.group(1).isBlank()) {
                    problems.add(where + " gives no reason");
                }
                String body = bodyAfter(text, mark.end());
                Matcher decides = DECIDES.matcher(body);
                if (decides.find()) {
                    problems.add(where + " is left out of mutation testing but its body uses '" + decides.group().trim()
                            + "'");
                }
            }
        }
        assertFalse(marked == 0, "no @DoNotMutate method found under " + MODELS);
        assertEquals(List.of(), problems);
    }

    /** The body of the first method declared after {@code from}: the text between its braces. */
    private static String bodyAfter(String text, int from) {
        int open = text.indexOf('{', from);
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("unbalanced braces after offset " + from);
    }

    private static int lineOf(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MODELS)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
